import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { ClientQuestion } from '../src/lib/questions/bank.ts';
import { displayOrder, seedFrom } from '../src/lib/questions/shuffle.ts';
import { STORAGE_KEY } from '../src/lib/questions/storage.ts';
import { axeViolations } from './axe.ts';

/*
 * "Check yourself" on a teaching page and the /practice/ island. One browser context for the
 * whole file (serial): progress made in one test is what the next one reloads, weakens or forgets.
 */

const TOPIC = '/namespaces/';
const PRACTICE = '/practice/';

test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let page: Page;

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
});
test.afterAll(async () => context.close());

async function axeBothThemes(p: Page, include?: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await p.emulateMedia({ colorScheme });
    expect(await axeViolations(p, include), `${colorScheme} theme`).toEqual([]);
  }
  await p.emulateMedia({ colorScheme: 'light' });
}

/** The question on screen, from the same JSON the island fetched. */
async function currentQuestion(p: Page): Promise<ClientQuestion> {
  const id = await p.locator('.pr-question').getAttribute('data-id');
  const response = await p.request.get(`/practice/q/${id}.json`);
  return (await response.json()) as ClientQuestion;
}

/** The number keys that answer the question on screen right (or wrong), as the reader sees them. */
async function keysFor(p: Page, right: boolean): Promise<string[]> {
  const q = await currentQuestion(p);
  const shown = displayOrder(q.options.length, seedFrom(q.id), q.kind === 'order');
  const key = (optionIndex: number) => String(shown.indexOf(optionIndex) + 1);
  if (q.kind === 'order') {
    const steps = q.options.map((_, i) => i);
    return (right ? steps : [steps[1] ?? 0, steps[0] ?? 0, ...steps.slice(2)]).map(key);
  }
  const correct = q.options.flatMap((o, i) => (o.correct ? [i] : []));
  const wrong = q.options.findIndex((o) => !o.correct);
  return right ? correct.map(key) : [key(wrong)];
}

async function answer(p: Page, right: boolean) {
  for (const key of await keysFor(p, right)) await p.keyboard.press(key);
  await p.keyboard.press('Enter');
}

test.describe('check yourself on a teaching page', () => {
  test('choosing a wrong option marks it and explains at once; the right one says so', async () => {
    await page.goto(TOPIC);
    const block = page.locator('section.check');
    await expect(block.getByRole('heading', { name: 'Check yourself' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What you’ll learn' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Key takeaways' })).toBeVisible();

    const q = block.locator('#q-namespaces-pid1-sigterm');
    await expect(q.locator('details')).not.toHaveAttribute('open');
    await q.getByLabel(/Docker sends `?SIGKILL`? first/).check();
    await expect(q.getByRole('status')).toHaveText(/Not quite/);
    await expect(q.locator('details')).toHaveAttribute('open');
    await expect(q.locator('li[data-mark="wrong"]')).toContainText('SIGKILL');
    await expect(q.locator('li[data-mark="answer"]')).toContainText('PID 1');
    await expect(q.getByRole('link', { name: /The PID namespace/ })).toHaveAttribute(
      'href',
      '/namespaces/#the-pid-namespace',
    );

    await q.getByLabel(/only receives signals it has a handler for/).check();
    await expect(q.getByRole('status')).toHaveText('Right.');
    await expect(q.locator('li[data-mark="right"]')).toContainText('PID 1');
    await axeBothThemes(page, 'section.check');
  });

  test('a multiple-answer question is marked when the reader checks it', async () => {
    const q = page.locator('#q-namespaces-which-are-types');
    await q.getByLabel('Time').check();
    await q.getByLabel('Memory').check();
    await q.getByRole('button', { name: 'Check my answer' }).click();
    await expect(q.getByRole('status')).toHaveText(/Not quite/);
    await expect(q.locator('li[data-mark="wrong"]')).toHaveText(/Memory/);
    await expect(q.locator('li[data-mark="answer"]')).toHaveCount(2);
  });

  test('with the keyboard, arrows move through the options without answering; Space answers', async ({ browser }) => {
    const fresh = await browser.newContext();
    const p = await fresh.newPage();
    await p.goto(TOPIC);
    const q = p.locator('#q-namespaces-pid1-sigterm');
    const radios = q.getByRole('radio');
    await radios.first().focus();
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('ArrowDown');
    await expect(radios.nth(2)).toBeChecked();
    await expect(radios.nth(2)).toBeFocused();
    // Let a marking that should not happen arrive before saying it did not.
    await p.waitForTimeout(500);
    await expect(q.getByRole('status')).toHaveText('');
    await expect(q.locator('details')).not.toHaveAttribute('open');
    await expect(q.locator('li[data-mark]')).toHaveCount(0);
    await p.keyboard.press('Space');
    await expect(q.getByRole('status')).toHaveText(/Right\.|Not quite/);
    await expect(q.locator('details')).toHaveAttribute('open');
    await expect(q.locator('.cq-options > li').nth(2)).toHaveAttribute('data-mark', /^(right|wrong)$/);
    await fresh.close();
  });

  test('without JavaScript each answer and explanation is behind a disclosure', async ({ browser }) => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(TOPIC);
    const q = p.locator('#q-namespaces-pid1-sigterm');
    await expect(q.getByRole('button', { name: 'Check my answer' })).toHaveCount(0);
    await expect(p.locator('#q-namespaces-which-are-types').getByRole('button')).toBeHidden();
    const why = q.getByText(/The first process in a PID namespace gets init.s protection/);
    await expect(why).toHaveCount(1);
    await expect(why).toBeHidden();
    await q.getByText('Show the answer and explanations').click();
    await expect(why).toBeVisible();
    await expect(q.locator('.cq-answer .cq-right')).toContainText('Right:');
    await expect(q.locator('.cq-answer .cq-wrong')).toHaveCount(3);
    await expect(q.getByRole('link', { name: /The PID namespace/ })).toBeVisible();

    await p.goto(PRACTICE);
    await expect(p.getByText('A practice session needs JavaScript')).toBeVisible();
    await expect(p.getByRole('link', { name: 'Linux namespaces' })).toHaveAttribute(
      'href',
      '/namespaces/#check-yourself',
    );
    await expect(p.getByRole('button', { name: 'Start' })).toBeHidden();
    await noJs.close();
  });
});

test.describe('the practice page', () => {
  test('practice mode: feedback after each answer, then the score by topic and a review', async () => {
    await page.goto(`${PRACTICE}?topics=namespaces&count=3&mode=practice`);
    await expect(page.getByLabel('Number of questions')).toHaveValue('3');
    await axeBothThemes(page);
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.locator('.pr-bar')).toContainText('Question 1 of 3 · Linux namespaces');
    await axeBothThemes(page);

    // Wrong first (keyboard: number keys choose, Enter confirms), so there is a weak question.
    const missed = (await currentQuestion(page)).id;
    await answer(page, false);
    await expect(page.locator('.pr-verdict')).toHaveText(/Not quite/);
    await expect(page.locator('.pr-why').first()).toBeVisible();
    await expect(page.locator('.pr-question').getByRole('link', { name: /^Linux namespaces: / })).toBeVisible();
    await axeBothThemes(page);
    await page.keyboard.press('n');

    await expect(page.locator('.pr-bar')).toContainText('Question 2 of 3');
    await answer(page, true);
    await expect(page.locator('.pr-verdict')).toHaveText(/^Right\./);
    await page.keyboard.press('N');
    await answer(page, true);
    await page.getByRole('button', { name: 'See my score' }).click();

    await expect(page.getByRole('heading', { name: 'Your score: 2 of 3 (67 %)' })).toBeFocused();
    await expect(page.getByRole('row', { name: 'Linux namespaces 2 3' })).toBeVisible();
    const review = page.locator('.pr-review > li');
    await expect(review).toHaveCount(3);
    await expect(review.first()).toContainText('Wrong');
    for (const link of await page.locator('.pr-review a').all()) {
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).toMatch(/^\/[a-z-]+\/#[a-z0-9-]+$/);
      const target = await page.request.get(href.split('#')[0] ?? '');
      expect(await target.text()).toContain(`id="${href.split('#')[1]}"`);
    }
    await axeBothThemes(page);
    await test.info().attach('missed', { body: missed });

    // "Practise my weak topics" brings the missed question back first.
    await page.getByRole('button', { name: 'Practise my weak topics' }).click();
    await expect(page.locator('.pr-question')).toHaveAttribute('data-id', missed);
  });

  test('progress survives a reload and is forgotten on request', async () => {
    await page.goto(PRACTICE);
    await expect(page.getByText('Your progress: 3 questions answered in 1 sessions')).toBeVisible();
    await expect(page.getByText(/\d+ questions,\s+3\s+practised/)).toBeVisible();
    await page.getByRole('button', { name: 'Forget my progress' }).click();
    await expect(page.getByText('Your progress: 0 questions answered in 0 sessions')).toBeVisible();
    await expect(page.locator('[aria-live="polite"]').first()).toHaveText('Your progress is forgotten.');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
    await page.reload();
    await expect(page.getByText('Your progress: 0 questions answered in 0 sessions')).toBeVisible();
  });

  test('exam mode: a timer, no feedback, and the score when time runs out', async () => {
    // Its own tab: a fake clock stays installed in a page for good.
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${PRACTICE}?topics=vms-vs-containers&count=2&mode=exam`);
    await page.getByRole('button', { name: 'Start' }).click();
    const timer = page.getByRole('timer');
    await expect(timer).toHaveText('3:00');
    await answer(page, true);
    // Exam mode moves on without saying whether the answer was right.
    await expect(page.locator('.pr-bar')).toContainText('Question 2 of 2');
    await expect(page.locator('.pr-verdict')).toHaveCount(0);
    await page.clock.runFor(61_000);
    await expect(timer).toHaveText('1:59');
    await axeBothThemes(page);
    await page.clock.runFor(120_000);
    await expect(page.getByRole('heading', { name: 'Your score: 1 of 2 (50 %)' })).toBeVisible();
    await expect(page.getByText('1 left unanswered when the time ran out')).toBeVisible();
    await expect(page.locator('.pr-review > li').nth(1)).toContainText('Unanswered');
    await page.close();
  });

  test('keyboard only: from the form to the first answer without a mouse', async () => {
    await page.goto(`${PRACTICE}?topics=namespaces&count=1`);
    await page.getByRole('button', { name: 'Start' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Question 1' })).toBeFocused();
    await answer(page, true);
    await expect(page.locator('.pr-verdict')).toHaveText(/^Right\./);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /Your score: 1 of 1/ })).toBeFocused();
  });

  test('hostile URLs and broken storage get a clear message and sane defaults', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['?count=0', '10', /must be at least 1, not 0; using 10/],
      ['?count=-5', '10', /must be at least 1, not -5; using 10/],
      ['?count=1000000000', '50', /At most 50 questions per session, not 1000000000; using 50/],
      ['?count=ten', '10', /must be a whole number, not “ten”; using 10/],
      [
        '?topics=nope,%3Cimg%20src%3Dx%3E&mode=hard',
        '10',
        /No topic is called “nope”, “<img src=x>”; practising all topics instead/,
      ],
    ];
    for (const [search, count, message] of cases) {
      await page.goto(`${PRACTICE}${search}`);
      await expect(page.getByRole('alert')).toContainText(message);
      await expect(page.getByLabel('Number of questions')).toHaveValue(count);
    }
    await expect(page.getByRole('alert')).toContainText('The mode is “practice” or “exam”, not “hard”');
    await expect(page.getByLabel('All topics')).toBeChecked();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await axeBothThemes(page);

    await page.getByLabel('Number of questions').fill('0');
    await expect(page.getByText('Enter a whole number from 1 to 50.')).toBeVisible();
    await expect(page.getByLabel('Number of questions')).toHaveAttribute('aria-invalid', 'true');

    await page.evaluate((key) => localStorage.setItem(key, '{not json'), STORAGE_KEY);
    await page.goto(PRACTICE);
    await expect(page.getByRole('alert')).toHaveText('Your saved progress could not be read, so it starts afresh.');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.locator('.pr-bar')).toContainText('Question 1 of 10');
  });
});

test.describe('the practice island without a framework', () => {
  test('nothing but its loader runs until the reader reaches for the form, and no policy is broken', async ({
    browser,
  }) => {
    const fresh = await browser.newContext();
    const p = await fresh.newPage();
    const violations: string[] = [];
    await p.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await p.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation: (t: string) => void }).reportViolation(event.violatedDirective),
      ),
    );
    const requested: string[] = [];
    p.on('request', (request) => {
      if (request.resourceType() === 'script' || request.url().endsWith('.json')) {
        requested.push(new URL(request.url()).pathname);
      }
    });
    await p.goto(PRACTICE);
    await p.waitForLoadState('networkidle');
    const island = p.locator('[data-island="practice"]');
    // The prerendered form is all there before any of the island's code runs.
    await expect(p.getByLabel('Linux namespaces')).toBeVisible();
    await expect(p.getByText('Your progress: 0 questions answered in 0 sessions')).toBeVisible();
    await p.waitForTimeout(500);
    await expect(island).not.toHaveAttribute('data-ready');
    const before = [...requested];
    expect(before).not.toContain('/practice/index.json');

    await p.getByLabel('Number of questions').hover();
    await expect(island).toHaveAttribute('data-ready', 'true');
    await expect.poll(() => requested.includes('/practice/index.json')).toBe(true);
    const loadedOnIntent = requested.filter((url) => url.endsWith('.js') && !before.includes(url));
    expect(loadedOnIntent.length, 'the behaviour is fetched on intent, not before').toBeGreaterThan(0);
    await expect(p.locator('label', { hasText: 'Linux namespaces' }).locator('.pr-count')).toHaveText(
      /^\d+ questions, 0 practised$/,
    );

    await p.getByLabel('Number of questions').fill('1');
    await p.getByRole('button', { name: 'Start' }).click();
    await answer(p, false);
    await expect(p.locator('.pr-verdict')).toHaveText(/^Not quite\./);
    expect(violations).toEqual([]);
    await fresh.close();
  });

  test('a reader who starts before the behaviour has arrived gets the session', async ({ browser }) => {
    const fresh = await browser.newContext();
    const p = await fresh.newPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await p.route(/\/_astro\/mount\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await p.goto(PRACTICE);
    await p.getByRole('button', { name: 'Start' }).click();
    await expect(p.locator('[data-island="practice"]')).not.toHaveAttribute('data-ready');
    release();
    await expect(p.locator('.pr-bar')).toContainText('Question 1 of 10');
    await fresh.close();
  });

  test('after a check, focus is on the way on; a new session returns to the form as it was', async ({ browser }) => {
    const fresh = await browser.newContext();
    const p = await fresh.newPage();
    await p.goto(`${PRACTICE}?topics=namespaces&count=1`);
    await p.getByRole('button', { name: 'Start' }).click();
    await expect(p.getByRole('heading', { name: 'Question 1' })).toBeFocused();
    // Tab to an option, Space chooses it, Enter checks; the options are then disabled, so focus
    // must move on rather than fall back to the page.
    await p.keyboard.press('Tab');
    await expect(p.locator('.pr-options button').first()).toBeFocused();
    await p.keyboard.press('Space');
    await expect(p.locator('.pr-options button').first()).toHaveAttribute('aria-pressed', 'true');
    await p.keyboard.press('Enter');
    await expect(p.getByRole('button', { name: 'See my score' })).toBeFocused();
    await p.keyboard.press('Enter');
    await expect(p.getByRole('heading', { name: /^Your score: / })).toBeFocused();
    await p.getByRole('button', { name: 'New session' }).click();
    await expect(p.getByLabel('All topics')).toBeFocused();
    await expect(p.getByLabel('Linux namespaces')).toBeChecked();
    await expect(p.getByLabel('Number of questions')).toHaveValue('1');
    await expect(p.getByText('Your progress: 1 questions answered in 1 sessions')).toBeVisible();
    await fresh.close();
  });

  test('typing in the site search during a session types, it does not answer', async ({ browser }) => {
    const fresh = await browser.newContext();
    const p = await fresh.newPage();
    await p.goto(`${PRACTICE}?topics=namespaces&count=1`);
    await p.getByRole('button', { name: 'Start' }).click();
    await expect(p.getByRole('heading', { name: 'Question 1' })).toBeFocused();
    await p.keyboard.press('/');
    const search = p.getByRole('dialog').getByRole('searchbox');
    await expect(search).toBeFocused();
    await p.keyboard.type('cgroup v2');
    await expect(search).toHaveValue('cgroup v2');
    await expect(p.locator('.pr-options button[aria-pressed="true"]')).toHaveCount(0);
    await fresh.close();
  });

  test('on a narrow screen each question is scrolled into view as it comes', async ({ browser }) => {
    const fresh = await browser.newContext({ viewport: { width: 320, height: 700 } });
    const p = await fresh.newPage();
    // Where the question's top line is on the screen (read directly: it must not be above it).
    const barTop = () => p.evaluate(() => document.querySelector('.pr-bar')?.getBoundingClientRect().top ?? -1);
    await p.goto(`${PRACTICE}?topics=namespaces&count=3`);
    // Start is below a long list of topics: the page is scrolled down to reach it.
    await p.getByRole('button', { name: 'Start' }).focus();
    await p.keyboard.press('Enter');
    await expect(p.getByRole('heading', { name: 'Question 1' })).toBeFocused();
    await expect.poll(barTop).toBeGreaterThanOrEqual(0);
    for (const n of [2, 3]) {
      await answer(p, false);
      await p.keyboard.press('n');
      await expect(p.getByRole('heading', { name: `Question ${n}` })).toBeFocused();
      await expect.poll(barTop).toBeGreaterThanOrEqual(0);
    }
    await fresh.close();
  });

  test('checking before choosing says what is missing on the screen, not only to a screen reader', async ({
    browser,
  }) => {
    const fresh = await browser.newContext();
    const p = await fresh.newPage();
    await p.goto(`${PRACTICE}?topics=namespaces&count=1`);
    await p.getByRole('button', { name: 'Start' }).click();
    await p.getByRole('button', { name: 'Check (Enter)' }).click();
    const missing = p.locator('.pr-question').getByText(/^(Choose an answer|Put every step in order) first\.$/);
    await expect(missing).toBeVisible();
    await p.keyboard.press('1');
    await expect(missing).toHaveCount(0);
    await fresh.close();
  });

  test('questions that fail to load say so, and focus stays on the button to try again', async ({ browser }) => {
    const fresh = await browser.newContext();
    const p = await fresh.newPage();
    await p.route('**/practice/q/**', (route) => route.abort());
    await p.goto(`${PRACTICE}?topics=namespaces&count=2`);
    for (const name of ['Start', 'Practise my weak topics']) {
      await p.getByRole('button', { name }).focus();
      await p.keyboard.press('Enter');
      await expect(p.getByRole('alert')).toHaveText(/The questions could not be loaded/);
      await expect(p.getByRole('button', { name })).toBeFocused();
    }
    await p.unroute('**/practice/q/**');
    await p.getByRole('button', { name: 'Start' }).focus();
    await p.keyboard.press('Enter');
    await expect(p.getByRole('heading', { name: 'Question 1' })).toBeFocused();
    await fresh.close();
  });

  test('an ordering question: steps keep focus when placed, can be cleared, and are marked by their place', async ({
    browser,
  }) => {
    const fresh = await browser.newContext();
    const p = await fresh.newPage();
    const id = 'cgroups-order-limit';
    // A bank of one question, so the session is that ordering question.
    await p.route('**/practice/index.json', (route) =>
      route.fulfill({ json: [{ id: 'cgroups', title: 'Control groups (cgroups)', ids: [id] }] }),
    );
    for (const right of [true, false]) {
      await p.goto(`${PRACTICE}?topics=cgroups&count=1`);
      await p.getByRole('button', { name: 'Start' }).click();
      await expect(p.locator('.pr-question')).toHaveAttribute('data-id', id);
      await expect(p.getByText('Choose the steps in order (keys 1–9), then Enter.')).toBeVisible();
      const first = p.locator('.pr-options button').first();
      await first.focus();
      await p.keyboard.press('Space');
      await expect(first).toBeFocused();
      await expect(first).toContainText('step 1');
      await expect(first).toHaveAttribute('aria-disabled', 'true');
      await p.getByRole('button', { name: 'Clear the order' }).click();
      await expect(first).toBeFocused();
      await expect(first).not.toContainText('step 1');
      await expect(p.getByRole('button', { name: 'Clear the order' })).toHaveCount(0);
      await p.keyboard.press('Enter');
      await expect(p.locator('[aria-live="polite"]').first()).toHaveText('Put every step in order first.');

      await p.getByRole('heading', { name: 'Question 1' }).focus();
      await answer(p, right);
      const options = p.locator('.pr-options > li');
      if (right) {
        await expect(p.locator('.pr-verdict')).toHaveText('Right.');
        await expect(options.and(p.locator('[data-mark="right"]'))).toHaveCount(4);
        await axeBothThemes(p);
      } else {
        // The answer swapped the first two steps: those two are wrong, the rest in place.
        await expect(p.locator('.pr-verdict')).toHaveText(/^Not quite\. The right order: \d, \d, \d, \d\.$/);
        await expect(options.and(p.locator('[data-mark="wrong"]'))).toHaveCount(2);
        await expect(options.and(p.locator('[data-mark="right"]'))).toHaveCount(2);
      }
    }
    await fresh.close();
  });
});

test.describe('the home page starts a reader', () => {
  test('a hero figure, Start reading, three paths with reading times, the tools and practice', async () => {
    await page.goto('/');
    await expect(page.locator('.home-figure svg')).toHaveCount(2);
    for (const name of [
      'Learn it all, in order',
      'Answer one question fast',
      'Decide for a system',
      'Tools',
      'Practice',
    ]) {
      await expect(page.getByRole('heading', { name })).toBeVisible();
    }
    await expect(page.getByText(/\d+ pages, about \d+ h \d+ min of reading/)).toBeVisible();
    await expect(page.locator('.home-order li').first()).toHaveText(/\d+ min$/);
    await expect(page.getByRole('link', { name: 'Practise now' })).toHaveAttribute('href', '/practice/');
    await expect(page.locator('.home-tools a')).toHaveText(['Stack explorer', 'Density calculator']);
    await axeBothThemes(page);
    await page.getByRole('link', { name: 'Start reading' }).click();
    await expect(page).toHaveURL(/\/vms-vs-containers\/$/);
    await expect(page.locator('.page-meta')).toContainText(/\d+ min read/);
  });
});
