import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { citeError, termError } from './component-error.ts';

/** 18: what `astro dev`'s overlay opens ("Open in editor") is `loc`: the MDX line, not Term.astro. */
const dir = mkdtempSync(join(tmpdir(), 'atlas-component-error-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, 'page.mdx');
writeFileSync(file, '---\ntitle: T\n---\n\nText.\n\nA <Term>flux capacitor</Term> here<Cite id="clone-2" />.\n');

describe('component errors', () => {
  it('a <Term> error points at the MDX file and line, once, without a stack', () => {
    const error = termError(file, 'flux capacitor', 'capacitor');
    expect(error.loc).toEqual({ file, line: 7, column: 1 });
    expect(error.message).toBe(
      `${file}:7: <Term> "flux capacitor" is not in the glossary. Did you mean capacitor? Write <Term id="capacitor">…</Term>, or add content/glossary/<id>.yaml (term, definition, taught).`,
    );
    expect(error.stack).toBe(error.message);
  });

  it('a <Cite> error points at the MDX file and line and lists the ids', () => {
    const error = citeError(file, 'clone-2', ['namespaces-7']);
    expect(error.loc?.line).toBe(7);
    expect(error.message).toContain('use one of: namespaces-7');
  });
});
