import { describe, expect, it } from 'vitest';
import { classifySession, commandsOf } from './console.ts';

describe('terminal sessions', () => {
  it('tells commands from output by their prompt, for a user ($) and for root (#)', () => {
    expect(classifySession(['$ ls /', 'bin  etc', '# id', 'uid=0(root)'])).toEqual([
      { kind: 'command', prompt: 2 },
      { kind: 'output', prompt: 0 },
      { kind: 'command', prompt: 2 },
      { kind: 'output', prompt: 0 },
    ]);
  });

  it('follows a command continued with a backslash onto its next line', () => {
    expect(classifySession(['$ docker run \\', '    --rm alpine', 'hello']).map((l) => l.kind)).toEqual([
      'command',
      'command',
      'output',
    ]);
  });

  it('copies the commands without their prompts or output', () => {
    const session = '# unshare --uts sh -c hostname\nbox1\n$ echo "$HOME" \\\n  done\n/root';
    expect(commandsOf(session)).toBe('unshare --uts sh -c hostname\necho "$HOME" \\\n  done');
  });

  it('does not take a comment or a dollar inside output for a prompt', () => {
    expect(classifySession(['#comment', '$HOME is set', '  $ indented']).map((l) => l.kind)).toEqual([
      'output',
      'output',
      'output',
    ]);
  });
});
