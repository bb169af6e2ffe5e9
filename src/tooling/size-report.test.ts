import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { markComplete } from '../lib/dist-state.ts';
import { ISLAND_FIRST_USE_BUDGET, ISLAND_START_BUDGET } from '../lib/page-weight.ts';

/**
 * The size report over small built sites made by hand, one page each: an island whose script is
 * too heavy must fail `npm run test:size` with the page and the budget it broke.
 */
const scratch = mkdtempSync(join(tmpdir(), 'atlas-size-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Code that gzip cannot shrink: random text of about `bytes` once compressed. */
const incompressible = (bytes: number) => `export const blob = "${randomBytes(bytes).toString('base64')}";\n`;

function site(name: string, files: Record<string, string>): string {
  const dist = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  markComplete(dist);
  return dist;
}

const page = (script: string) =>
  `<!doctype html><html lang="en"><head><title>T</title><script type="module" src="${script}"></script></head>` +
  `<body><main><article><p>A first paragraph of prose.</p><div data-island="tool"></div></article></main></body></html>`;

function report(dist: string) {
  const result = spawnSync(process.execPath, ['src/tooling/size-report.ts', dist], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('size report: islands', () => {
  it('passes a light island', () => {
    const dist = site('light', {
      'tool/index.html': page('/_astro/start.js'),
      '_astro/start.js': `document.querySelector('[data-island]').addEventListener('focusin', () => import('./later.js'));\n`,
      '_astro/later.js': incompressible(2_000),
    });
    expect(report(dist)).toMatchObject({ status: 0 });
  });

  it('fails an island that runs more than the start budget before interaction', () => {
    const dist = site('heavy-start', {
      'tool/index.html': page('/_astro/start.js'),
      '_astro/start.js': incompressible(ISLAND_START_BUDGET + 500),
    });
    const { status, output } = report(dist);
    expect(status).toBe(1);
    expect(output).toMatch(
      new RegExp(`/tool/: runs \\d+ B of JavaScript before interaction \\(budget ${ISLAND_START_BUDGET} B\\)`),
    );
  });

  it('fails an island that loads more than the first-use budget, counting what it imports later', () => {
    const dist = site('heavy-later', {
      'tool/index.html': page('/_astro/start.js'),
      '_astro/start.js': `document.querySelector('[data-island]').addEventListener('focusin', () => import('./later.js'));\n`,
      '_astro/later.js': `import './shared.js';\n${incompressible(ISLAND_FIRST_USE_BUDGET - 6_000)}`,
      '_astro/shared.js': incompressible(8_000),
    });
    const { status, output } = report(dist);
    expect(status).toBe(1);
    expect(output).toMatch(
      new RegExp(`/tool/: can load \\d+ B of JavaScript on first use \\(budget ${ISLAND_FIRST_USE_BUDGET} B\\)`),
    );
    expect(output).not.toMatch(/before interaction/);
  });
});
