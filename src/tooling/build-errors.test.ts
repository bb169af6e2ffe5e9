import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Real `astro build`s over the fixture folders, each standing in for content/. Builds are slow,
 * so one fixture holds many mistakes (src/lib/content-check/site.test.ts tests each one alone)
 * and another everything that must build.
 */
const scratch = mkdtempSync(join(tmpdir(), 'atlas-fixture-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function build(
  fixture: string,
  prepare?: (outDir: string) => void,
): { status: number | null; output: string; outDir: string } {
  const outDir = join(scratch, fixture, 'dist');
  prepare?.(outDir);
  const result = spawnSync('astro', ['build', '--outDir', outDir], {
    encoding: 'utf8',
    env: {
      ...buildEnv,
      CONTENT_DIR: `./src/tooling/fixtures/${fixture}`,
      ASTRO_CACHE_DIR: join(scratch, fixture, 'cache'),
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
  });
  // eslint-disable-next-line no-control-regex -- strip terminal colours from Astro's logger
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: result.status, output, outDir };
}

/**
 * Vitest exposes Vite's DEV/PROD/MODE/SSR/BASE_URL and NODE_ENV=test in process.env; a child build
 * inheriting them reads import.meta.env.DEV as true and builds drafts, as `astro dev` shows them.
 */
const buildEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'NODE_ENV'].includes(key)),
);

const count = (text: string, part: string) => text.split(part).length - 1;

describe('the build refuses bad content, once per mistake, at its line', { timeout: 180_000 }, () => {
  let run: ReturnType<typeof build>;
  beforeAll(() => {
    // A whole dist/ from an earlier build: a failed build must not leave it looking finished.
    run = build('mistakes', (outDir) => {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, '.build-complete'), 'earlier build\n');
    });
  }, 180_000);
  const at = 'src/tooling/fixtures/mistakes/';

  it.each([
    ['bad-frontmatter.mdx:2  `title` is a number (42); write text'],
    ['bad-frontmatter.mdx:5  `sidebar.section` must be one of: start, virtual-machines'],
    ['bad-frontmatter.mdx:7  unknown key `lable:` in sidebar: did you mean `label:`?'],
    ['colon.mdx:2  the value of `title:` contains ": ", which YAML reads as a new key: quote the value'],
    [`dup/index.mdx:1  this page and ${at}dup.mdx are both the page /dup/`],
    [`same-title.mdx:2  the title "A page with mistakes in its body" is also the title of ${at}broken.mdx`],
    ['unclosed.mdx:14  MDX cannot parse this: Expected a closing tag for `<Aside>`'],
    ['broken.mdx:16  <Cite id="clone-2" /> names no source of this page'],
    ['broken.mdx:18  <Term> "flux capacitor" is not in the glossary: add content/glossary/flux-capacitor.yaml'],
    [
      'broken.mdx:20  the link to /broken/#the-rael-part points at #the-rael-part, which /broken/ does not have: did you mean #the-real-part? its headings are #the-real-part',
    ],
    ['glossary/micro-vm.yaml:3  `taught: broken#firecracker` points at #firecracker'],
    ['stacks/containers.yaml:19  `source "runc".url` source "runc" follows the branch "main", which moves: pin a tag'],
    ['stacks/type1-vm.yaml:75  `layer "app".source` "xen-paper" names no source of this file; use one of: hyperv, xen'],
  ])('%s', (message) => {
    expect(run.status).not.toBe(0);
    expect(count(run.output, `${at}${message}`)).toBe(1);
  });

  it('prints no stack trace and leaves no dist/ that the checks would read', () => {
    expect(run.output).not.toMatch(/^\s+at .*\(/m);
    expect(run.output).toContain('13 problems in the content');
    expect(existsSync(join(run.outDir, '.build-complete'))).toBe(false);
    const links = spawnSync('node', ['src/tooling/check-links.ts', run.outDir], { encoding: 'utf8' });
    expect(links.status).not.toBe(0);
    expect(links.stderr).toContain('is not from a finished build');
  });
});

describe('the build accepts good content and says what it skipped', { timeout: 180_000 }, () => {
  let run: ReturnType<typeof build>;
  beforeAll(() => {
    run = build('good');
  }, 180_000);
  const page = () => readFileSync(join(run.outDir, 'page', 'index.html'), 'utf8');

  it('builds, naming the draft it did not build', () => {
    expect(run.status).toBe(0);
    expect(run.output).toContain('1 draft not built (draft: true): src/tooling/fixtures/good/draft.mdx');
    expect(existsSync(join(run.outDir, 'draft'))).toBe(false);
  });

  it('shows the `updated:` date the author wrote, not the date of the last commit', () => {
    expect(page()).toContain('datetime="2020-01-02');
  });

  it('links <Term> by alias and plural to the glossary page of its letter', () => {
    expect(page()).toContain('href="/glossary/m/#term-micro-vm"');
    expect(page()).toContain('href="/glossary/n/#term-namespace"');
    const letter = readFileSync(join(run.outDir, 'glossary', 'm', 'index.html'), 'utf8');
    expect(letter).toContain('id="term-micro-vm"');
    expect(letter).toMatch(/aria-label="Glossary by letter"/);
  });

  it('prints no warning that CONTRIBUTING.md does not explain', () => {
    const warnings = run.output.split('\n').filter((line) => /\[WARN\]/.test(line));
    const explained = [/Shiki syntax highlighting uses inline styles/, /draft.* not built/];
    expect(warnings.filter((line) => !explained.some((known) => known.test(line)))).toEqual([]);
  });

  it('a source without `checked:`: names the file, the field and what to write', () => {
    const { status, output } = build('missing-checked');
    expect(status).not.toBe(0);
    expect(output).toContain('broken');
    expect(output).toContain('broken.mdx:8  `source "namespaces-7".checked` needs `checked: YYYY-MM-DD`');
  });

  it('a source on a moving branch or a repository front page: names the file, the source id and the pinned form', () => {
    const { status, output } = build('moving-branch');
    expect(status).not.toBe(0);
    expect(output).toContain('broken');
    expect(output).toContain('source "firecracker-spec" follows the branch "main"');
    expect(output).toContain('<40-hex sha>/SPECIFICATION.md');
    expect(output).toContain(
      `source "crun" is a repository's front page, which shows the default branch as it is today`,
    );
    expect(output).toContain('https://github.com/containers/crun/blob/<tag>/README.md');
  });

  it('an unknown <Fact>: names the file and the known figure ids', () => {
    const { status, output } = build('unknown-fact');
    expect(status).not.toBe(0);
    expect(output).toMatch(/broken\.mdx: <Fact id="max-pods" \/> names no figure in content\/figures\.yaml/);
    expect(output).toContain('use one of: kubelet-max-pods');
  });

  it('a practice question with a missing heading or an unknown citation: names file, question and fix', () => {
    const { status, output } = build('broken-question');
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /practice\/quiz\.yaml: question "quiz-one" has `learn: quiz#the-pid-namespaces`, but that page has no heading "#the-pid-namespaces"; its headings are: the-pid-namespace/,
    );
    expect(output).toMatch(
      /practice\/quiz\.yaml: question "quiz-two" cites "clone-2", which is not a source of quiz; use one of: namespaces-7/,
    );
  });

  it('a diagram source the renderer would misread: names the file, the line and how to write it', () => {
    const { status, output } = build('broken-diagram');
    expect(status).not.toBe(0);
    expect(output).toMatch(/broken\.mdx:23: <Diagram> not understood: "D =>> containerd: Create"/);
    expect(output).toContain('Write a message as "a->>b: text"');
  });
});
