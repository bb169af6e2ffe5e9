import { expect, test, type Locator, type Page } from '@playwright/test';
import { computeAll, modes, type Mode } from '../src/lib/density/calculate.ts';
import { choiceSpecs, defaults, limitOf, numberFields, numberSpecs, type Inputs } from '../src/lib/density/inputs.ts';
import { presets } from '../src/lib/density/presets.ts';
import { cpuParts, memoryParts } from '../src/lib/density/calculate.ts';
import { cpuPartLabel, partLabel } from '../components/islands/density/labels.ts';
import { axeViolations } from './axe.ts';

const PAGE = '/tools/density-calculator/';
const SHARED = `${PAGE}?cores=32&threads=2&ram=256&cpu=250&mem=64&profile=gke`;
/** A link without limits means limits equal to the requests. */
const withLimits = (i: Inputs): Inputs => ({ ...i, cpuLimit: i.cpu, memLimit: i.mem });
/** A link without cpuRatio dates from before the 4.0 default, and means no CPU overcommit. */
const sharedInputs: Inputs = withLimits({
  ...defaults,
  cores: 32,
  threads: 2,
  ram: 256,
  cpu: 250,
  mem: 64,
  profile: 'gke',
  cpuRatio: 1,
});

const limits: string[] = Object.values(limitOf);
const output = (page: Page, mode: Mode) => page.locator(`output[name="${mode}"]`);
const row = (page: Page, mode: Mode) => page.locator('tr', { has: output(page, mode) });
const field = (page: Page, name: string) => page.locator(`#dc-${name}`);

/** Every count the page shows, keyed by mode. */
async function counts(page: Page): Promise<Record<string, string>> {
  const entries = await Promise.all(modes.map(async (m) => [m, (await output(page, m).textContent()) ?? ''] as const));
  return Object.fromEntries(entries);
}

async function expectCounts(page: Page, inputs: Inputs) {
  const expected = computeAll(inputs);
  for (const m of modes) await expect(output(page, m), m).toHaveText(expected[m].count.toLocaleString('en-US'));
}

/** No broken number anywhere a reader could see it, nor in the charts' geometry. */
async function expectNoBrokenNumbers(page: Page) {
  expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/NaN|Infinity/);
  // Within the calculator no figure may be negative either (the page's dates elsewhere have hyphens).
  const calculator = page.locator('.density');
  expect(await calculator.innerText()).not.toMatch(/[-−]\d/);
  const html = await calculator.evaluate((el) => el.outerHTML);
  expect(html).not.toMatch(/NaN|Infinity|(width|x)="-/);
}

async function axe(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

test.describe('density calculator', () => {
  test('a shared link shows every model’s count with what runs out first', async ({ page }) => {
    await page.goto(SHARED);
    const expected: Record<Mode, [string, RegExp]> = {
      vm: ['64', /CPU\. 64 vCPUs \(64 hardware threads × 1 overcommit\) ÷ 1 per VM/],
      plain: ['256', /CPU\. 64 CPU after the host reserve ÷ 250m per container/],
      k8s: ['107', /Pod limit\. 110 max pods − 3 DaemonSet pods/],
      'k8s-on-vm': ['210', /Fragmentation\. 7 node VMs/],
      kata: ['107', /Pod limit\./],
      gvisor: ['107', /Pod limit\..*estimate/],
      firecracker: ['64', /CPU\./],
    };
    for (const m of modes) {
      const [count, reason] = expected[m];
      await expect(output(page, m)).toHaveText(count);
      await expect(row(page, m)).toContainText(reason);
    }
  });

  test('a link with other values restores them, into the fields and the results', async ({ page }) => {
    await page.goto(`${PAGE}?cores=16&threads=1&ram=64&cpu=500&mem=512&profile=eks&maxPods=29&cpuRatio=4`);
    await expect(field(page, 'cores')).toHaveValue('16');
    await expect(field(page, 'profile')).toHaveValue('eks');
    await expect(field(page, 'cpuRatio')).toHaveValue('4');
    await expectCounts(
      page,
      withLimits({
        ...defaults,
        cores: 16,
        threads: 1,
        ram: 64,
        cpu: 500,
        mem: 512,
        profile: 'eks',
        maxPods: 29,
        cpuRatio: 4,
      }),
    );
  });

  test('editing a field updates the results and the link, and announces them once the reader pauses', async ({
    page,
  }) => {
    await page.goto(PAGE);
    // Typed before the calculator has hydrated: the edit must survive hydration.
    await field(page, 'cores').fill('16');
    await expectCounts(page, { ...defaults, cores: 16 });
    await expect(page).toHaveURL(/[?&]cores=16(&|$)/);
    await field(page, 'profile').selectOption('aks');
    await expect(page).toHaveURL(/[?&]profile=aks(&|$)/);
    await expectCounts(page, { ...defaults, cores: 16, profile: 'aks' });
    const live = page.locator('.dc > [aria-live="polite"]');
    await expect(live).toContainText(
      `Kubernetes, bare metal: ${computeAll({ ...defaults, cores: 16, profile: 'aks' }).k8s.count}`,
    );
    // Enter submits the form, which reads the results out at once and goes nowhere.
    await field(page, 'ram').fill('128');
    await field(page, 'ram').press('Enter');
    await expect(live).toContainText(
      `Kubernetes, bare metal: ${computeAll({ ...defaults, cores: 16, profile: 'aks', ram: 128 }).k8s.count}`,
    );
    await expect(page).toHaveURL(/\/tools\/density-calculator\/\?.*ram=128/);
    // With a field to fix, submitting takes the reader to it.
    await field(page, 'mem').fill('-1');
    await page.getByRole('button', { name: 'Update results' }).click();
    await expect(field(page, 'mem')).toBeFocused();
  });

  test('presets change the workload fields', async ({ page }) => {
    await page.goto(SHARED);
    await field(page, 'preset').selectOption('jvm');
    await expect(field(page, 'cpu')).toHaveValue('500');
    await expect(field(page, 'mem')).toHaveValue('1024');
    await expect(page).toHaveURL(/preset=jvm/);
    await expectCounts(page, withLimits({ ...sharedInputs, cpu: 500, mem: 1024 }));
    await field(page, 'preset').selectOption('ci');
    await expect(field(page, 'cpu')).toHaveValue('4000');
    await expectCounts(page, withLimits({ ...sharedInputs, cpu: 4000, mem: 16384 }));
    // Changing a request by hand leaves the preset behind.
    await field(page, 'mem').fill('16000');
    await expect(field(page, 'preset')).toHaveValue('custom');
  });

  test('hostile values get a message beside the field, and the last valid results stay', async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto(SHARED);
    await field(page, 'cores').fill('24');
    await expectCounts(page, { ...sharedInputs, cores: 24 });
    const before = await counts(page);
    const url = page.url();

    for (const name of numberFields) {
      const input = field(page, name);
      const valueBefore = await input.inputValue();
      const hostile: [string, (input: Locator) => Promise<void>][] = [
        ['empty', (i) => i.fill('')],
        [
          'text',
          async (i) => {
            await i.fill('');
            await i.pressSequentially('text');
          },
        ],
        ['-5', (i) => i.fill('-5')],
        ['1e309', (i) => i.fill('1e309')],
        ['99999999', (i) => i.fill('99999999')],
      ];
      // Zero is a real choice where the range starts at 0 (no reserve, no DaemonSets, no CPU request).
      if (numberSpecs[name].min > 0) hostile.push(['0', (i) => i.fill('0')]);
      for (const [label, enter] of hostile) {
        await enter(input);
        const message = page.locator(`#dc-${name}-e`);
        await expect(message, `${name} ${label}`).toHaveText(/\S/);
        await expect(input, `${name} ${label}`).toHaveAttribute('aria-invalid', 'true');
        await expect(input, `${name} ${label}`).toHaveAttribute('aria-describedby', new RegExp(`dc-${name}-e`));
        await expect(page.locator('.dc-stale')).toBeVisible();
        expect(await counts(page), `${name} ${label}`).toEqual(before);
        await expectNoBrokenNumbers(page);
      }
      // (A limit of 0 would fall below its request, which validation refuses on purpose.)
      if (numberSpecs[name].min === 0 && !limits.includes(name)) {
        await input.fill('0');
        await expect(input, `${name} 0`).not.toHaveAttribute('aria-invalid');
      }
      // Put the value back; the link only ever holds valid values.
      await input.fill(valueBefore);
      await expect(input).not.toHaveAttribute('aria-invalid');
      await expect(page.locator(`#dc-${name}-e`)).toHaveCount(0);
      expect(page.url()).toBe(url);
    }
  });

  test('a half-typed value never drives the results or the link', async ({ page }) => {
    await page.goto(SHARED);
    await expectCounts(page, sharedInputs);
    const start = page.url();
    const startCounts = await counts(page);
    // Record every address and every set of counts the page shows, frame by frame, while typing.
    await page.evaluate(() => {
      const seen = { urls: new Set<string>(), counts: new Set<string>() };
      Object.assign(window, { seen });
      const tick = () => {
        seen.urls.add(location.search);
        seen.counts.add([...document.querySelectorAll('output[name]')].map((o) => o.textContent).join('|'));
        requestAnimationFrame(tick);
      };
      tick();
    });
    const cases: [string, string, Partial<Inputs>[]][] = [
      // Typed one key at a time, faster than the reader's pause: 1e3 and 0 are on the way, not meant.
      ['cpu', '1e309', [{ cpu: 1 }, { cpu: 1000 }]],
      ['cpu', '0.5', [{ cpu: 0 }]],
      ['mem', '999999999', [{ mem: 9 }, { mem: 9999 }, { mem: 9999999 }]],
    ];
    for (const [name, text, onTheWay] of cases) {
      const input = field(page, name);
      await input.click();
      await input.press('ControlOrMeta+a');
      await input.pressSequentially(text, { delay: 60 });
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('.dc-stale')).toContainText(
        name === 'cpu' ? 'CPU request (millicores) 250' : 'Memory request (MiB) 64',
      );
      await page.waitForTimeout(800);
      const seen = await page.evaluate(() => {
        const { urls, counts } = (window as unknown as { seen: { urls: Set<string>; counts: Set<string> } }).seen;
        return { urls: [...urls], counts: [...counts] };
      });
      // The address may be rewritten in full, but only ever with the values the reader finished.
      for (const search of seen.urls) {
        const params = new URLSearchParams(search);
        expect([params.get('cpu'), params.get('mem')], `${name}=${text}: ${search}`).toEqual(['250', '64']);
      }
      for (const partial of onTheWay) {
        const wrong = computeAll(withLimits({ ...sharedInputs, ...partial }));
        const wrongText = modes.map((m) => wrong[m].count.toLocaleString('en-US')).join('|');
        if (wrongText !== Object.values(startCounts).join('|'))
          expect(seen.counts, JSON.stringify(partial)).not.toContain(wrongText);
      }
      await input.fill(name === 'cpu' ? '250' : '64');
      await input.press('Enter');
      await expect(input).not.toHaveAttribute('aria-invalid');
    }
    expect(await counts(page)).toEqual(startCounts);
    const end = new URL(page.url()).searchParams;
    for (const [key, value] of new URL(start).searchParams) expect(end.get(key), key).toBe(value);
  });

  test('keyboard alone: Tab reaches the form, arrows change a select, typing and Enter change a field', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    /** Presses Tab until the element with this id has focus: the path a keyboard reader takes. */
    const tabTo = async (id: string) => {
      for (let i = 0; i < 80 && (await focusedId()) !== id; i++) await page.keyboard.press('Tab');
      expect(await focusedId()).toBe(id);
    };
    await tabTo('dc-preset');
    await page.keyboard.press('ArrowDown');
    const next = presets[presets.findIndex((p) => p.id === 'jvm') + 1]!;
    await expect(field(page, 'preset')).toHaveValue(next.id);
    await expect(field(page, 'cpu')).toHaveValue(String(next.cpu));
    let inputs = { ...defaults, cpu: next.cpu, mem: next.mem, cpuLimit: next.cpu, memLimit: next.mem };
    await expectCounts(page, inputs);

    await tabTo('dc-cpu');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('750');
    await page.keyboard.press('Enter');
    inputs = { ...inputs, cpu: 750, cpuLimit: Math.max(750, inputs.cpuLimit) };
    await expect(page).toHaveURL(/[?&]cpu=750(&|$)/);
    await expectCounts(page, inputs);

    await tabTo('dc-profile');
    await page.keyboard.press('ArrowDown');
    const profile = choiceSpecs.profile.options[choiceSpecs.profile.options.indexOf(defaults.profile) + 1]!;
    await expect(field(page, 'profile')).toHaveValue(profile);
    await expectCounts(page, { ...inputs, profile });
    expect(await focusedId()).toBe('dc-profile');
  });

  test('a finished value counts at once on Enter, and after a pause otherwise', async ({ page }) => {
    await page.goto(SHARED);
    await field(page, 'cores').fill('24');
    await field(page, 'cores').press('Enter');
    await expectCounts(page, { ...sharedInputs, cores: 24 });
    await expect(page).toHaveURL(/cores=24/);
    await field(page, 'cores').fill('20');
    await expectCounts(page, { ...sharedInputs, cores: 20 });
    await expect(page).toHaveURL(/cores=20/);
  });

  test('Enter takes the reader to the first field to fix, in the order of the form', async ({ page }) => {
    // The CPU request comes before the cores in the form, though after them in the model's fields.
    await page.goto(`${PAGE}?cores=0&cpu=-1`);
    await field(page, 'ram').press('Enter');
    await expect(field(page, 'cpu')).toBeFocused();
  });

  test('a limit set apart stays put while the reader types a request that passes through it', async ({ page }) => {
    await page.goto(`${SHARED}&cpuLimit=5000`);
    await field(page, 'cpu').fill('');
    // On the way to 50000 the request reads 5000, the limit's value, for one keystroke.
    await field(page, 'cpu').pressSequentially('50000');
    await field(page, 'cpu').press('Tab');
    await expect(field(page, 'cpuLimit')).toHaveValue('5000');
    await expect(page.locator('#dc-cpuLimit-e')).toHaveText(/^Below the CPU request/);
    await expect(page).toHaveURL(/cpuLimit=5000/);
    await expectCounts(page, { ...sharedInputs, cpuLimit: 5000 });
  });

  test('back to a field left to fix, the results are still those of the link, not the defaults', async ({ page }) => {
    await page.goto(SHARED);
    await field(page, 'cores').fill('24');
    await field(page, 'cores').press('Enter');
    await expect(page).toHaveURL(/cores=24/);
    await field(page, 'cores').fill('0');
    await expect(page.locator('#dc-cores-e')).toBeVisible();
    await page.goto('/');
    await page.goBack();
    // The browser puts the 0 back; the link and the results both keep the last valid inputs.
    await expect(field(page, 'cores')).toHaveValue('0');
    await expect(page.locator('#dc-cores-e')).toBeVisible();
    await expect(page).toHaveURL(/cores=24/);
    await expectCounts(page, { ...sharedInputs, cores: 24 });
    await expect(page.locator('[data-dc-stale]')).toContainText('Physical cores 24');
  });

  test('a bad value in the link is reported beside its field', async ({ page }) => {
    await page.goto(`${PAGE}?cores=abc&profile=nomad&preset=mainframe`);
    await expect(page.locator('#dc-cores-e')).toHaveText(/^Not a number/);
    await expect(page.locator('#dc-profile-e')).toHaveText(/Choose one of/);
    await expect(page.locator('#dc-preset-e')).toHaveText(/preset that does not exist/);
    await expect(field(page, 'preset')).toHaveAttribute('aria-invalid', 'true');
    await expectCounts(page, defaults);
    await expectNoBrokenNumbers(page);
  });

  test('reservations larger than the host give 0 with the reason', async ({ page }) => {
    // EKS reserves memory for the pods its network interfaces allow: 737 here, 8.2 GiB on a 1 GiB host.
    await page.goto(`${PAGE}?cores=2&threads=1&ram=1&cpu=250&mem=64&profile=eks&maxPods=200&enis=15&ipsPerEni=50`);
    await expect(output(page, 'k8s')).toHaveText('0');
    await expect(row(page, 'k8s')).toContainText(
      /Nothing fits\. EKS \(AL2023, nodeadm\) reservations .* use up the node/,
    );
    await expectNoBrokenNumbers(page);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing in the default, edited and error states (${scheme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(PAGE);
      await axe(page);
      await field(page, 'ram').fill('512');
      await expectCounts(page, { ...defaults, ram: 512 });
      await page.locator('summary', { hasText: 'Where the memory went' }).click();
      await page.locator('summary', { hasText: 'How this is calculated' }).click();
      await axe(page);
      await field(page, 'ram').fill('-5');
      await expect(page.locator('#dc-ram-e')).toBeVisible();
      await axe(page);
    });
  }
});

test.describe('density calculator: charts and layout', () => {
  test('each mode has a CPU bar beside its memory bar, with every part named and valued', async ({ page }) => {
    await page.goto(PAGE);
    const expected = computeAll(defaults);
    const charts = [
      { id: 'cpu', parts: cpuParts, names: cpuPartLabel as Record<string, string>, of: 'cpu' as const },
      { id: 'memory', parts: memoryParts, names: partLabel as Record<string, string>, of: 'memory' as const },
    ];
    for (const [n, m] of modes.entries()) {
      const block = page.locator('.dc-mode').nth(n);
      for (const chart of charts) {
        const box = block.locator(`[data-chart="${chart.id}"]`);
        await expect(box, `${m} ${chart.id}`).toBeVisible();
        const values = expected[m][chart.of] as unknown as Record<string, number>;
        const total = Object.values(values).reduce((a, b) => a + b, 0);
        const text = await box.innerText();
        for (const part of chart.parts) {
          const share = (values[part] ?? 0) / total;
          if (share === 0) continue;
          // A part big enough for its own segment shows its share; a small one is named under "other".
          if (share >= 0.06) expect(text, `${m} ${part}`).toContain(`${chart.names[part]} ${Math.round(share * 100)}%`);
          else expect(text, `${m} ${part}`).toMatch(new RegExp(`Other [^\n]*${chart.names[part]}`));
        }
      }
      // Side by side where there is room (the default viewport is 1280 px wide).
      const [memory, cpu] = await Promise.all(
        ['memory', 'cpu'].map((id) => block.locator(`[data-chart="${id}"] .dc-bar`).boundingBox()),
      );
      expect(cpu!.x, m).toBeGreaterThan(memory!.x + memory!.width);
    }
  });

  for (const link of [PAGE, SHARED]) {
    test(`no bar has a segment too thin to see at 390 px (${link === PAGE ? 'defaults' : 'a small workload'})`, async ({
      browser,
    }) => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(link);
      await expect(output(page, 'vm')).toHaveText(
        computeAll(link === PAGE ? defaults : sharedInputs).vm.count.toString(),
      );
      const segments = page.locator('.dc-seg');
      expect(await segments.count()).toBeGreaterThan(modes.length);
      const widths = await segments.evaluateAll((els) =>
        els.map((el) => ({ key: (el as HTMLElement).dataset['key'], w: el.getBoundingClientRect().width })),
      );
      for (const { key, w } of widths) expect(w, `segment ${key}`).toBeGreaterThanOrEqual(12);
      // Every drawn segment is named, with its value, in the list under its bar.
      for (const bar of await page.locator('.dc-chart').all()) {
        expect(await bar.locator('.dc-key li:has(.dc-swatch)').count()).toBe(await bar.locator('.dc-seg').count());
      }
      await page.close();
    });
  }

  test('at 1280 px the results stand beside the inputs and stay in view while the form scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(PAGE);
    const form = (await page.locator('#dc-form').boundingBox())!;
    const side = page.locator('.dc-side');
    const box = (await side.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(form.x + form.width);
    expect(box.y).toBeLessThan(form.y + form.height);
    // Far down the form, editing CPU overcommit: the counts are on screen and follow the edit.
    await field(page, 'nodeMem').scrollIntoViewIfNeeded();
    await field(page, 'cpuRatio').fill('1');
    await expectCounts(page, { ...defaults, cpuRatio: 1 });
    await expect(page.locator('.dc-counts')).toBeInViewport({ ratio: 1 });
  });

  test('on a phone the counts stay in view while the reader edits far down the form', async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    await page.goto(PAGE);
    // Reached by keyboard, so the browser scrolls it into view as it would for a reader.
    await field(page, 'cpuRatio').focus();
    await field(page, 'cpuRatio').fill('1');
    const counts = page.locator('.dc-counts');
    await expect(counts).toContainText(`VMs ${computeAll({ ...defaults, cpuRatio: 1 }).vm.count}`);
    await expect(counts).toBeInViewport({ ratio: 1 });
    // The counts never cover the field being edited.
    const [input, bar] = await Promise.all([
      field(page, 'cpuRatio').boundingBox(),
      page.locator('.dc-now').boundingBox(),
    ]);
    expect(input!.y + input!.height).toBeLessThanOrEqual(bar!.y);
    await page.close();
  });

  test('an update keeps the reader’s focus and what they opened', async ({ page }) => {
    await page.goto(SHARED);
    const details = page.locator('details', { hasText: 'Where the memory went' });
    await details.locator('summary').click();
    await field(page, 'ram').click();
    await field(page, 'ram').fill('128');
    await expectCounts(page, { ...sharedInputs, ram: 128 });
    await expect(field(page, 'ram')).toBeFocused();
    await expect(details).toHaveAttribute('open', '');
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on a small phone with a field to fix, which the counts never cover (${scheme})`, async ({
      browser,
    }) => {
      // Reduced motion: the browser scrolls the focused field into view at once, not smoothly.
      const context = await browser.newContext({
        viewport: { width: 320, height: 568 },
        colorScheme: scheme,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await page.goto(PAGE);
      const input = field(page, 'memRatio');
      // The reader tabs to a field that sits just under where the counts stick.
      await page.locator('#dc-cpuRatio-n a').focus();
      await input.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - window.innerHeight + 10));
      await page.keyboard.press('Tab');
      await expect(input).toBeFocused();
      await input.fill('9');
      await expect(page.locator('.dc-stale')).toContainText('Memory overcommit (ratio) 1');
      // The counts in view say the results are stale, and leave the focused field uncovered.
      await expect(page.locator('.dc-flag')).toBeInViewport({ ratio: 1 });
      const [box, bar] = await Promise.all([input.boundingBox(), page.locator('.dc-now').boundingBox()]);
      expect(box!.y + box!.height).toBeLessThanOrEqual(bar!.y);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});

test.describe('density calculator without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the default scenario’s results as a table, and hides inputs that could not work', async ({ page }) => {
    await page.goto(PAGE);
    const expected = computeAll(defaults);
    for (const m of modes) {
      await expect(output(page, m)).toHaveText(expected[m].count.toLocaleString('en-US'));
      await expect(row(page, m)).toContainText(expected[m].reason);
    }
    await expect(page.locator('table.dc-results caption')).toContainText('32 cores × 2 threads, 256 GiB');
    await expect(field(page, 'cores')).toBeHidden();
    await expect(page.getByText('JavaScript is off')).toBeVisible();
    await expect(page.locator('summary', { hasText: 'How this is calculated' })).toBeVisible();
    // The charts and their figures are there too, for every mode.
    for (const id of ['memory', 'cpu']) await expect(page.locator(`[data-chart="${id}"]`)).toHaveCount(modes.length);
    await expect(page.locator('.dc-counts li')).toHaveCount(modes.length);
    await expect(page.locator('[data-dc="cpu-table"] tbody tr')).toHaveCount(modes.length);
  });
});
