/**
 * Search speed as a reader feels it, on the built site: for each query, the time from the first
 * input to the first result on screen and the bytes (gzip) fetched from opening search to it. A
 * benchmark, not a test: it prints figures and never fails on them. `cold` opens search on a fresh
 * page and types at once, so it includes loading the search code and Pagefind; `after intent`
 * hovers the search button first (which starts that loading) and counts only what opening and
 * the query then fetch; `warm` is the same query again in the same dialog.
 * Usage: npm run build && node src/tooling/search-bench.ts [runs=3]
 * (it starts `astro preview` on $PW_PORT, default 4399, unless one already answers there)
 */
import { spawn } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../e2e/browser.ts';

const runs = Number(process.argv[2] ?? 3);
const port = Number(process.env['PW_PORT'] ?? 4399);
const origin = `http://127.0.0.1:${port}`;
const queries = [
  'kernel',
  'namespace',
  'KSM memory deduplication',
  'Leaky Vessels',
  'seccomp profile',
  'live migration',
];
/** The first result link of the search dialog. */
const firstResult = '[data-search-results] a';

async function serving(): Promise<boolean> {
  return fetch(origin).then(
    (response) => response.ok,
    () => false,
  );
}

async function startPreview(): Promise<() => void> {
  if (await serving()) return () => {};
  const child = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
  for (let i = 0; i < 100 && !(await serving()); i++) await new Promise((r) => setTimeout(r, 200));
  return () => child.kill();
}

/** Gzip bytes of every response from now on, as a server that compresses would send them. */
function countBytes(page: Page): () => Promise<number> {
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => {
    sizes.push(
      response.body().then(
        (body) => Math.min(body.length, gzipSync(body).length),
        () => 0,
      ),
    );
  });
  return async () => (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
}

/** Puts the query into the open dialog in one input event (as a paste or a fast typist would);
 * resolves with ms from that input to the first result on screen, or NaN if none comes in 10 s. */
async function timeQuery(page: Page, query: string): Promise<number> {
  const input = page.getByRole('dialog').getByRole('searchbox');
  await input.fill('');
  await page.waitForFunction((s) => !document.querySelector(s), firstResult);
  const clock = page.evaluate((selector) => {
    return new Promise<number>((resolve) => {
      let start = 0;
      document.addEventListener('input', () => (start ||= performance.now()), { capture: true });
      setTimeout(() => resolve(NaN), 10_000);
      const seen = () => {
        if (start && document.querySelector(selector)) {
          observer.disconnect();
          resolve(performance.now() - start);
        }
      };
      const observer = new MutationObserver(seen);
      observer.observe(document.body, { childList: true, subtree: true });
    });
  }, firstResult);
  await input.fill(query);
  return clock;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const stop = await startPreview();
const executablePath = findChromium();
const browser = await chromium.launch({ args: chromiumArgs, ...(executablePath && { executablePath }) });

/** One fresh page on a content page; `intent` hovers the search button first and lets it load. */
async function firstQuery(query: string, intent: boolean): Promise<{ ms: number; bytes: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/namespaces/`);
  await page.waitForLoadState('networkidle');
  if (intent) {
    await page.getByRole('button', { name: 'Search' }).hover();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
  }
  const total = countBytes(page);
  await page.keyboard.press('/');
  await page.getByRole('dialog').getByRole('searchbox').waitFor();
  const ms = await timeQuery(page, query);
  const bytes = await total();
  await context.close();
  return { ms, bytes };
}

try {
  console.log('query                      | cold: ms   KB | after intent: ms   KB | warm: ms');
  for (const query of queries) {
    const cold: { ms: number; bytes: number }[] = [];
    const intent: { ms: number; bytes: number }[] = [];
    const warm: number[] = [];
    for (let run = 0; run < runs; run++) {
      cold.push(await firstQuery(query, false));
      intent.push(await firstQuery(query, true));
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/namespaces/`);
      await page.keyboard.press('/');
      await page.getByRole('dialog').getByRole('searchbox').waitFor();
      await timeQuery(page, query);
      warm.push(await timeQuery(page, query));
      await context.close();
    }
    const ms = (list: { ms: number }[]) => median(list.map((r) => r.ms)).toFixed(0);
    const kb = (list: { bytes: number }[]) => (median(list.map((r) => r.bytes)) / 1024).toFixed(1);
    console.log(
      `${query.padEnd(26)} | ${ms(cold).padStart(8)} ${kb(cold).padStart(5)} | ${ms(intent).padStart(16)} ${kb(intent).padStart(5)} | ${median(warm).toFixed(0).padStart(8)}`,
    );
  }
} finally {
  await browser.close();
  stop();
}
