import { describe, expect, it } from 'vitest';
import { describeDiagram, describeHtml, plainLabel } from './describe.ts';

describe('describeDiagram', () => {
  it('lists a sequence step by step, with participants by name and blocks nested', () => {
    const sections = describeDiagram(`sequenceDiagram
  participant C as docker CLI
  participant D as dockerd
  C->>D: POST /containers/create
  loop each layer
    D-->>C: progress
  end
  Note over C,D: over a Unix socket`);
    expect(sections).toEqual([
      {
        heading: 'Step by step:',
        ordered: true,
        items: [
          { text: 'docker CLI → dockerd: POST /containers/create' },
          { text: 'Repeated: each layer', children: [{ text: 'dockerd → docker CLI (reply): progress' }] },
          { text: 'Note (over docker CLI and dockerd): over a Unix socket' },
        ],
      },
    ]);
  });

  it('lists a flowchart by group, outermost first, then every arrow with its label', () => {
    const sections = describeDiagram(`flowchart TD
  subgraph host["Host"]
    subgraph vm["Guest VM"]
      g["Guest<br>kernel"]
    end
    k[KVM]
  end
  g -->|VM exit| k
  k -.-> q(QEMU)`);
    expect(sections[0]?.items).toEqual([{ text: 'Host: KVM', children: [{ text: 'Guest VM: Guest kernel' }] }]);
    expect(sections[1]?.items).toEqual([{ text: 'Guest kernel → KVM: VM exit' }, { text: 'KVM → QEMU (dotted)' }]);
  });

  it('renders the sections as escaped lists', () => {
    const html = describeHtml([{ heading: 'Arrows:', ordered: true, items: [{ text: 'a <b> → c' }] }]);
    expect(html).toBe('<p>Arrows:</p><ol><li>a &lt;b&gt; → c</li></ol>');
    expect(plainLabel('"two<br/>lines"')).toBe('two lines');
  });
});
