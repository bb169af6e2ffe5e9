/** Stops a post-build check from reading a dist/ that a failed build left. Usage: node src/tooling/require-build.ts [dist] */
import { requireCompleteBuild } from '../lib/dist-state.ts';

requireCompleteBuild(process.argv[2] ?? 'dist');
