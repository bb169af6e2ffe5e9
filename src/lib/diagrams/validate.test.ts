import { describe, expect, it } from 'vitest';
import { validateDiagram } from './validate.ts';

describe('validateDiagram', () => {
  it('accepts the forms the site documents', () => {
    expect(
      validateDiagram(`sequenceDiagram
  participant C as docker CLI
  actor U
  C->>D: POST /containers/create
  D-->>C: 201 Created
  Note over C,D: HTTP over a Unix socket
  loop each layer
    D-)C: progress
  end
  alt pulled
    C->>D: start
  else missing
    C-xD: stop
  end
  %% a comment`),
    ).toEqual([]);
    expect(
      validateDiagram(`flowchart TD
  subgraph host["Host (Linux)"]
    direction LR
    a["App one"] -->|"clone()"| k[(Kernel)]
    b(Runtime) -.-> k
  end
  subgraph plain
    x{{hexagon}} ==> y([stadium]) --- z
  end
  classDef hot fill:var(--ia-accent-soft)
  class a,b hot`),
    ).toEqual([]);
  });

  it('names the line of anything the renderer would misread or drop', () => {
    const problems = validateDiagram('sequenceDiagram\n  C->>D: ok\n  this is garbage\n  D =>> C: x');
    expect(problems.map((p) => p.line)).toEqual([3, 4]);
    expect(problems[0]?.message).toMatch(/not understood: "this is garbage"/);
    expect(validateDiagram('flowchart LR\n  a --> b\n  stray words here')[0]).toMatchObject({ line: 3 });
  });

  it('refuses unknown types, unbalanced blocks and baked-in colours', () => {
    expect(validateDiagram('\npie\n  "a": 1')[0]).toMatchObject({ line: 2 });
    expect(validateDiagram('sequenceDiagram\n  loop x\n  A->>B: y')[0]).toMatchObject({
      line: 2,
      message: expect.stringMatching(/never closed/),
    });
    expect(validateDiagram('flowchart TD\n  a --> b\n  end')[0]?.message).toMatch(/closes nothing/);
    expect(validateDiagram('flowchart TD\n  a --> b\n  classDef x fill:#f00')[0]?.message).toMatch(/tokens/);
    expect(validateDiagram('flowchart TD\n  a --> b\n  style a fill:var(--ia-bg)')[0]?.message).toMatch(/classDef/);
    expect(validateDiagram('   \n')[0]?.message).toMatch(/empty/);
  });
});
