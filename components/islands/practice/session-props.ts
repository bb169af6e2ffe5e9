import type { ClientQuestion } from '@lib/questions/bank.ts';
import type { Progress } from '@lib/questions/leitner.ts';
import type { Mode } from '@lib/questions/params.ts';

/** What the form (Practice.svelte) hands to the lazily loaded session (Session.svelte). */
export interface SessionProps {
  questions: ClientQuestion[];
  mode: Mode;
  progress: Progress;
  titles: Map<string, string>;
  onsave: (progress: Progress) => void;
  /** Back to the form; with `weak`, straight into a weak-topics session. */
  onrestart: (weak: boolean) => void;
}
