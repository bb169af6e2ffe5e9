/**
 * A terminal session as the pages write it (```console): a line that starts with a prompt,
 * `$ ` for a user or `# ` for root, is a command; a command that ends in `\` continues on the
 * next line; every other line is output. The copy button copies the commands only, without
 * their prompts, so what lands on the clipboard runs as it is.
 */
export type LineKind = 'command' | 'output';

export interface ConsoleLine {
  kind: LineKind;
  /** Characters of prompt at the start of the line (0 for output and continuations). */
  prompt: number;
}

const PROMPT = /^[$#] /;

/** Languages whose blocks are sessions: prompts, commands and output. */
export const sessionLanguages = new Set(['console', 'shell-session', 'shellsession']);

export function classifySession(lines: readonly string[]): ConsoleLine[] {
  let continues = false;
  return lines.map((line) => {
    const prompt = PROMPT.exec(line)?.[0].length ?? 0;
    const kind: LineKind = prompt > 0 || continues ? 'command' : 'output';
    continues = kind === 'command' && /\\\s*$/.test(line);
    return { kind, prompt: continues && prompt === 0 ? 0 : prompt };
  });
}

/** What the copy button puts on the clipboard for a session: its commands, prompts removed. */
export function commandsOf(code: string): string {
  const lines = code.split('\n');
  const kinds = classifySession(lines);
  return lines
    .flatMap((line, i) => {
      const k = kinds[i];
      return k && k.kind === 'command' ? [line.slice(k.prompt)] : [];
    })
    .join('\n');
}
