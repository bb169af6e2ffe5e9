import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './problem.ts';
import type { SourceFile } from './site.ts';
import { checkStacks } from './stacks.ts';

/** Each case makes one mistake in a real stack file and asserts where and how it is reported. */

const folder = 'content/stacks';
const real: SourceFile[] = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({ relative: name, file: `${folder}/${name}`, source: readFileSync(`${folder}/${name}`, 'utf8') }));
const type1 = real.find((f) => f.relative === 'type1-vm.yaml')!;

const report = (files: readonly SourceFile[]) => checkStacks(files).map(formatProblem);
/** The stacks with type1-vm.yaml edited: `from` (its last occurrence) becomes `to`. */
function withType1(from: string, to: string): { out: string[]; line: (text: string) => number } {
  const at = type1.source.lastIndexOf(from);
  expect(at, `type1-vm.yaml contains ${from}`).toBeGreaterThanOrEqual(0);
  const source = type1.source.slice(0, at) + to + type1.source.slice(at + from.length);
  const out = report(real.map((f) => (f === type1 ? { ...f, source } : f)));
  return { out, line: (text) => source.split('\n').findIndex((l) => l.includes(text)) + 1 };
}

describe('checkStacks', () => {
  it('passes the stacks of content/stacks/', () => {
    expect(real.length).toBeGreaterThanOrEqual(17);
    expect(report(real)).toEqual([]);
  });

  it.each([
    [
      'a source on a moving branch',
      'url: https://doi.org/10.1145/945445.945462',
      'url: https://github.com/xen-project/xen/blob/master/docs/README.md',
      'xen/blob/master',
      '`source "xen".url` source "xen" follows the branch "master", which moves: pin a tag or commit instead',
    ],
    [
      'a source without `checked:`',
      '    checked: 2026-11-23\nlayers:',
      'layers:',
      'id: xen',
      '`source "xen".checked` needs `checked: YYYY-MM-DD`',
    ],
    [
      'a layer citing a source the file does not list',
      'source: xen',
      'source: xen-paper',
      'source: xen-paper',
      '`layer "app".source` "xen-paper" names no source of this file; use one of: hyperv, xen',
    ],
    [
      'a misspelled kind',
      'kind: guest-kernel',
      'kind: guest-kernal',
      'guest-kernal',
      '`layer "guest-kernel".kind` must be one of: hardware, hypervisor, host-kernel',
    ],
    [
      'a misspelled key',
      'label: Guest userland',
      'lable: Guest userland',
      'lable:',
      'unknown key `lable:` in layer "userland": did you mean `label:`?',
    ],
    [
      'a kernel without the name sentences use',
      '    kernelName: a guest kernel\n',
      '',
      'kind: guest-kernel',
      '`layer "guest-kernel".kind` is a kernel, so the layer needs `kernelName:`',
    ],
    [
      'a repeated scope without the name of one copy',
      'kind: app\n    scope: per-workload',
      'kind: app\n    scope: per-pod',
      'scope: per-pod',
      '`layer "app".scope` is per-pod, so `units:` needs `per-pod:`',
    ],
    [
      'an unknown boundary kind',
      'kind: hardware-virtualization',
      'kind: hardware-virtualisation',
      'hardware-virtualisation',
      '`layer "guest-kernel".boundary.kind` must be one of: hardware-virtualization, memory-encryption',
    ],
    [
      'a boundary with nothing under it',
      '    trace: The disk controller stores the block.\n',
      '    trace: The disk controller stores the block.\n    boundary: { kind: namespaces-cgroups, label: Around the machine }\n',
      'Around the machine',
      '`layer "hardware".boundary` has no layer under it to be a boundary with',
    ],
    [
      'an unquoted ": " in a value',
      'note: The hypervisor runs',
      'note: Type 1: the hypervisor runs',
      'note: Type 1',
      'the value of `note:` contains ": ", which YAML reads as a new key: quote the value',
    ],
    ['a missing order', 'order: 10\n', '', 'label:', '`order` needs `order:`, a whole number that places the stack'],
  ])('%s: names file, line and fix', (_, from, to, lineWith, message) => {
    const { out, line } = withType1(from, to);
    expect(out).toContainEqual(expect.stringContaining(`content/stacks/type1-vm.yaml:${line(lineWith)}  ${message}`));
    // A misspelled key is also a missing one; nothing else may be reported, and nothing twice.
    expect(out.length).toBeLessThanOrEqual(from.includes('label') ? 2 : 1);
  });

  it('two stacks with one order: names both files', () => {
    const { out } = withType1('order: 10', 'order: 20');
    expect(out).toEqual([
      'content/stacks/type2-vm.yaml:4  `order: 20` is also the order of content/stacks/type1-vm.yaml: give each stack its own number',
    ]);
  });

  it('a file name that is no id, and a default stack gone: says what to do', () => {
    const files = real
      .filter((f) => f !== type1)
      .concat({ ...type1, relative: 'Type 1.yaml', file: `${folder}/Type 1.yaml` });
    expect(report(files)).toEqual([
      expect.stringMatching(/^content\/stacks\/Type 1\.yaml:1 {2}the file name is the stack's id.*rename it/),
      expect.stringMatching(
        /^content\/stacks\/type1-vm\.yaml:1 {2}is missing: the explorer shows the stack "type1-vm"/,
      ),
    ]);
  });
});
