/**
 * The density model imports content/figures.yaml, which Vite turns into data for the site and
 * Vitest; Playwright's specs and npm run stale import the same model under plain Node, so Node
 * gets the same transform here.
 */
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';
import { yamlData } from './yaml-data.ts';

const plugin = yamlData();
registerHooks({
  load(url, context, nextLoad) {
    if (!url.startsWith('file:') || !/\.ya?ml$/.test(url)) return nextLoad(url, context);
    const path = fileURLToPath(url);
    const out = plugin.transform(readFileSync(path, 'utf8'), path);
    return { format: 'module', source: out?.code ?? 'export default null;', shortCircuit: true };
  },
});
