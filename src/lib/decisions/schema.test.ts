import { describe, expect, it } from 'vitest';
import { parseDecisionHelper } from './load.ts';
import { resolveCitations } from './citations.ts';

const valid = `questions:
  - id: code
    prompt: Who writes the code?
    options:
      - { id: own, label: Us }
      - { id: untrusted, label: Anyone }
outcomes:
  - { id: vm, boundary: A virtual machine, packaging: A VM image }
  - { id: pod, boundary: A plain container, packaging: An OCI image }
rules:
  - when: { code: [untrusted] }
    recommend: vm
    reasons:
      - text: Untrusted code gets a kernel of its own.
        learn: security#threat-models
        cite: [security/k8s-multitenancy]
  - when: {}
    recommend: pod
    reasons:
      - text: Trusted code can share the kernel safely enough.
        learn: security#threat-models
        cite: [security/nist]
`;

const parse = (text: string) => () => parseDecisionHelper(text, 'content/decisions/helper.yaml');

describe('parseDecisionHelper', () => {
  it('accepts a well-formed file', () => {
    expect(parse(valid)().rules).toHaveLength(2);
  });

  it('names the file, the line and the options for a rule that names no option', () => {
    const text = valid.replace('code: [untrusted]', 'code: [untrustd]');
    expect(parse(text)).toThrow(
      /helper\.yaml:11: rules\.0\.when\.code "untrustd" is not an option of code; write one of: own, untrusted/,
    );
  });

  it('names the line of an unknown outcome', () => {
    expect(parse(valid.replace('recommend: vm', 'recommend: vn'))).toThrow(
      /helper\.yaml:12: rules\.0\.recommend names no outcome; write one of: vm, pod/,
    );
  });

  it('fails when the last rule has conditions, since some answers would get nothing', () => {
    expect(parse(valid.replace('when: {}', 'when: { code: [own] }'))).toThrow(/the last rule must have `when: \{\}`/);
  });

  it('fails on a reason without a source, and on a misspelled key', () => {
    expect(parse(valid.replace('cite: [security/nist]', 'cite: []'))).toThrow(
      /helper\.yaml:2\d: .*cite at least one source/,
    );
    expect(parse(valid.replace('recommend: pod', 'recomend: pod'))).toThrow(/rules\.1/);
  });

  it('tells the contributor to quote a value with a colon in it', () => {
    expect(parse(valid.replace('prompt: Who writes the code?', 'prompt: Who: writes the code?'))).toThrow(
      /helper\.yaml:3: .*must be quoted/,
    );
  });
});

describe('resolveCitations', () => {
  const helper = parseDecisionHelper(valid, 'helper.yaml');
  const pages = [
    { id: 'security', sources: [{ id: 'k8s-multitenancy', title: 'Multi-tenancy', url: 'https://k8s.io/mt' }] },
  ];

  it('resolves page/source ids to the title and address the page lists', () => {
    const { sources } = resolveCitations(helper, pages);
    expect(sources.get('security/k8s-multitenancy')).toEqual({ title: 'Multi-tenancy', url: 'https://k8s.io/mt' });
  });

  it('reports an unknown source with the ids the page does list', () => {
    const { problems } = resolveCitations(helper, pages);
    expect(problems).toEqual([
      {
        path: ['rules', 1, 'reasons', 0, 'cite', 0],
        message: '"nist" is not a source of security; it lists: k8s-multitenancy',
      },
    ]);
  });
});
