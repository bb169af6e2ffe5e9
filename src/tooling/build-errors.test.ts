import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Bad content must stop the build with a message that names the file and the fix. Each fixture
 * folder stands in for content/ in a real `astro build`.
 */
const scratch = mkdtempSync(join(tmpdir(), 'atlas-fixture-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function build(fixture: string): { status: number | null; output: string } {
  const result = spawnSync('astro', ['build', '--outDir', join(scratch, fixture, 'dist')], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: `./src/tooling/fixtures/${fixture}`,
      ASTRO_CACHE_DIR: join(scratch, fixture, 'cache'),
      FORCE_COLOR: '0',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('the build refuses bad content', { timeout: 120_000 }, () => {
  it('invalid frontmatter: names the file, the field and the valid values', () => {
    const { status, output } = build('bad-frontmatter');
    expect(status).not.toBe(0);
    expect(output).toContain('broken');
    expect(output).toMatch(/sidebar\.section/);
    expect(output).toMatch(/must be one of: start, virtual-machines/);
  });

  it('a term missing from the glossary: names the file and how to add it', () => {
    const { status, output } = build('unknown-term');
    expect(status).not.toBe(0);
    expect(output).toMatch(/broken\.mdx: <Term> "flux-capacitor" is not in the glossary/);
    expect(output).toContain('content/glossary/flux-capacitor.yaml');
  });

  it('a citation of a source the page does not list: names the file and the known ids', () => {
    const { status, output } = build('unknown-cite');
    expect(status).not.toBe(0);
    expect(output).toMatch(/broken\.mdx: <Cite id="clone-2" \/> names no source/);
    expect(output).toContain('use one of: namespaces-7');
  });

  it('a diagram source the renderer would misread: names the file, the line and how to write it', () => {
    const { status, output } = build('broken-diagram');
    expect(status).not.toBe(0);
    expect(output).toMatch(/broken\.mdx:23: <Diagram> not understood: "D =>> containerd: Create"/);
    expect(output).toContain('Write a message as "a->>b: text"');
  });
});
