import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const PAGE = '/tools/stack-explorer/';

/** Opens the explorer and waits for its island to hydrate. */
async function open(page: Page, url = PAGE) {
  await page.goto(url);
  await page.locator('.stack-explorer').scrollIntoViewIfNeeded();
  await expect(page.locator('.explorer[data-ready]')).toBeAttached();
}

const figure = (page: Page, stack: string) => page.locator(`[data-stack="${stack}"]`);
const text = (page: Page, stack: string) => page.locator(`[data-text="${stack}"]`);
const layer = (page: Page, stack: string, id: string) => figure(page, stack).locator(`g[data-layer="${id}"]`);
const panel = (page: Page) => page.locator('.panel');
const selects = (page: Page) => page.locator('.controls select:not([data-trace-kind])');

test.describe('stack explorer', () => {
  test('a layer selected with the mouse shows what it is, what runs there and its source', async ({ page }) => {
    await open(page);
    const vmm = layer(page, 'kata', 'vmm');
    await expect(vmm).toHaveAttribute('role', 'option');
    await expect(vmm).toHaveAttribute('aria-selected', 'false');
    await vmm.locator('rect.box').nth(1).click();
    await expect(vmm).toHaveAttribute('aria-selected', 'true');
    await expect(panel(page)).toContainText('Kata Containers:');
    await expect(panel(page)).toContainText('VMM (vmm, one per pod)');
    await expect(panel(page)).toContainText('Runs there: QEMU, Cloud Hypervisor, Firecracker, Dragonball');
    await expect(panel(page).getByRole('link', { name: 'Kata Containers: hypervisors' })).toHaveAttribute(
      'href',
      /kata-containers\/blob\/[0-9a-f]{40}\/docs\/hypervisors\.md$/,
    );
    await expect(text(page, 'kata').locator('li[data-li="vmm"]')).toHaveClass(/selected/);

    // The same kind of layer lights up in the other stack.
    await layer(page, 'containers', 'host-kernel').click();
    await expect(layer(page, 'kata', 'host-kernel')).toHaveClass(/kin/);
    await expect(layer(page, 'kata', 'vmm')).toHaveAttribute('aria-selected', 'false');
  });

  test('Tab reaches each diagram once; the arrow keys move between its layers', async ({ page }) => {
    await open(page);
    // Record whether the explorer cancelled each key's default action (scrolling the page).
    await page.evaluate(() => {
      const w = window as unknown as { kept: string[] };
      w.kept = [];
      window.addEventListener('keydown', (e) => {
        if (!e.defaultPrevented) w.kept.push(e.key);
      });
    });
    await page.getByRole('button', { name: 'Trace a system call' }).focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-layer'));
    expect(await focused()).toBe('app');
    await expect(page.locator(':focus')).toHaveAttribute('role', 'option');

    const listbox = figure(page, 'containers').getByRole('listbox', {
      name: 'Layers of Containers on bare metal, from the hardware up',
    });
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe('userland');
    await expect(
      listbox.getByRole('option', { name: /^Userland \(Image userland\): userland, one per container$/ }),
    ).toHaveAttribute('aria-selected', 'true');
    await expect(panel(page)).toContainText('Image userland (userland, one per container)');
    await expect(page.locator('[data-stack="containers"] [role="option"][tabindex="0"]')).toHaveCount(1);

    await page.keyboard.press('Home');
    await expect.poll(focused).toBe('hardware');
    await page.keyboard.press('ArrowUp');
    await expect.poll(focused).toBe('host-kernel');
    await expect(panel(page)).toContainText('One Linux kernel serves every container');
    await page.keyboard.press('End');
    await expect.poll(focused).toBe('app');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('app');

    // No arrow, Home or End key was left to scroll the page; the next Tab leaves for the other diagram.
    expect(await page.evaluate(() => (window as unknown as { kept: string[] }).kept)).toEqual(['Tab']);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-stack]')?.getAttribute('data-stack'))).toBe(
      'kata',
    );
  });

  test('two stacks are compared through the selects, and the URL keeps the choice', async ({ page }) => {
    await open(page);
    await expect(figure(page, 'containers')).toBeVisible();
    await selects(page).nth(1).selectOption('gvisor');
    await expect(figure(page, 'gvisor')).toBeVisible();
    await expect(figure(page, 'kata')).toHaveCount(0);
    await expect(page).toHaveURL(/\?stacks=containers,gvisor$/);
    await expect(figure(page, 'gvisor').locator('.facts')).toContainText(
      'a user-space kernel (the Sentry) per sandbox',
    );
    // The new figures are live at once: select a layer in them.
    await layer(page, 'gvisor', 'sentry').click();
    await expect(panel(page)).toContainText('Sentry + Gofer');

    await selects(page).nth(0).selectOption('wsl2');
    await expect(figure(page, 'wsl2')).toBeVisible();
    await expect(page).toHaveURL(/\?stacks=wsl2,gvisor$/);
    await expect(panel(page)).toContainText('Sentry + Gofer');

    await selects(page).nth(1).selectOption('');
    await expect(figure(page, 'gvisor')).toHaveCount(0);
    await expect(page).toHaveURL(/\?stacks=wsl2$/);
    await expect(panel(page)).toContainText('Select a layer');
  });

  test('a link with ?stacks=kata,gvisor shows both side by side with their kernel counts', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await open(page, `${PAGE}?stacks=kata,gvisor`);
    const kata = figure(page, 'kata');
    const gvisor = figure(page, 'gvisor');
    await expect(kata.locator('svg')).toBeVisible();
    await expect(gvisor.locator('svg')).toBeVisible();
    const a = await kata.locator('svg').boundingBox();
    const b = await gvisor.locator('svg').boundingBox();
    expect(a && b && Math.abs(a.y - b.y) < 2 && b.x > a.x + a.width).toBe(true);
    await expect(kata.locator('.facts')).toContainText(
      'Kernels on the machine: the host kernel + one per pod: 4 as drawn, with 3 pods.',
    );
    await expect(kata.locator('.facts')).toContainText(
      'A system call passes 2 kernels: the guest kernel, then the host kernel.',
    );
    await expect(kata.locator('.facts')).toContainText(
      'Isolation boundary: Each pod: hardware virtualization, between VMM and guest kernel.',
    );
    await expect(gvisor.locator('.facts')).toContainText(
      'A system call passes 2 kernels: the Sentry (in user space), then the host kernel.',
    );
    await expect(gvisor.locator('.facts')).toContainText(
      'Isolation boundary: Each sandbox: the Sentry serves system calls',
    );
    await expect(selects(page).nth(0)).toHaveValue('kata');
    await expect(selects(page).nth(1)).toHaveValue('gvisor');
  });

  test('three stacks are compared: side by side on a wide screen, stacked on a narrow one', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await open(page);
    await selects(page).nth(2).selectOption('wasm');
    await expect(figure(page, 'wasm')).toBeVisible();
    await expect(page).toHaveURL(/\?stacks=containers,kata,wasm$/);
    await expect(selects(page)).toHaveCount(3);
    await expect(figure(page, 'wasm').locator('.facts')).toContainText(
      'Isolation boundary: Each module: linear memory and imports only, between Wasmtime shim and Wasm module.',
    );
    const boxes = await Promise.all(
      ['containers', 'kata', 'wasm'].map((id) => figure(page, id).locator('svg').boundingBox()),
    );
    const [a, b, c] = boxes;
    // The article column (46rem) is narrower than three legible diagrams (68.25rem): they stack.
    expect(await page.evaluate(() => document.querySelector('.stack-explorer')?.clientWidth)).toBeLessThan(68 * 16);
    expect(a && b && c && b.y > a.y + a.height && c.y > b.y + b.height).toBe(true);

    // A fourth stack in the address is dropped; the selects show the three kept.
    await open(page, `${PAGE}?stacks=coco,confidential-vm,kubevirt,wsl2`);
    await expect(figure(page, 'kubevirt')).toBeVisible();
    await expect(figure(page, 'wsl2')).toHaveCount(0);
    await expect(selects(page).nth(2)).toHaveValue('kubevirt');

    // Emptying the middle select keeps the other two.
    await selects(page).nth(1).selectOption('');
    await expect(page).toHaveURL(/\?stacks=coco,kubevirt$/);
    await expect(selects(page).nth(1)).toHaveValue('kubevirt');
    await expect(selects(page).nth(2)).toHaveValue('');
  });

  test('each added stack draws its kernels and boundaries from the model', async ({ page }) => {
    const expected: [string, string, string][] = [
      ['confidential-vm', 'the host kernel + one per VM: 4 as drawn', 'encrypted memory; the host and VMM are outside'],
      ['coco', 'the host kernel + one per pod: 4 as drawn', 'Each pod: encrypted VM; the host is outside'],
      ['windows-process', '1 (the Windows kernel)', 'Windows namespaces and resource controls'],
      ['windows-hyperv', 'the host’s Windows + one per container: 4 as drawn', 'Each container: a utility VM'],
      ['system-container', '1 (the host kernel)', 'namespaces, cgroups, user namespace'],
      ['kata-nested', 'the cloud hypervisor + one per node + one per pod: 10 as drawn', 'Each pod: a nested VM'],
      ['kubevirt', 'the node kernel + one per VM: 4 as drawn', 'Each VM: KVM'],
      ['wasm', '1 (the host kernel)', 'linear memory and imports only'],
    ];
    for (const [id, kernels, boundary] of expected) {
      await open(page, `${PAGE}?stacks=${id}`);
      const facts = figure(page, id).locator('.facts');
      await expect(facts).toContainText(`Kernels on the machine: ${kernels}`);
      await expect(facts).toContainText(boundary);
      await expect(text(page, id).locator('a').first()).toHaveAttribute('href', /^https:\/\//);
    }
    await expect(page.locator('.legend')).toContainText('Boundary: encrypted VM, host untrusted');
    await expect(page.locator('.legend')).toContainText('Boundary: language runtime sandbox');
  });

  test('labels are at least the body’s small text wherever a diagram has its own column', async ({ page }) => {
    for (const width of [390, 1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await open(page);
      const sizes = await page.evaluate(() =>
        [...document.querySelectorAll<SVGSVGElement>('.fig-main svg')].map((svg) => {
          const label = svg.querySelector('g[data-layer] text');
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return scale * parseFloat(label ? getComputedStyle(label).fontSize : '0');
        }),
      );
      expect(sizes).toHaveLength(2);
      for (const px of sizes) expect(px, `at ${width}px`).toBeGreaterThanOrEqual(14);
    }
    // runc and runsc are drawn with names that differ by more than a letter.
    await open(page, `${PAGE}?stacks=containers,gvisor`);
    await expect(layer(page, 'gvisor', 'runsc').locator('text').first()).toHaveText(/gVisor runsc/);
    await expect(layer(page, 'containers', 'runtime').locator('text').first()).toHaveText(/runc/);
  });

  test('focus, the selected layer and the current step differ by shape, not colour alone', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.clock.install();
    await open(page);
    await page.clock.pauseAt(Date.now() + 60_000);
    const selected = layer(page, 'kata', 'guest-kernel');
    await selected.click();
    await page.getByRole('button', { name: 'Trace a system call' }).click();
    await page.keyboard.press('Tab');
    const focused = layer(page, 'containers', 'app');
    await expect(focused).toBeFocused();
    const current = layer(page, 'kata', 'containers');
    await expect(current).toHaveClass(/current/);

    const style = (el: ReturnType<typeof layer>, part: string, prop: string) =>
      el
        .locator(part)
        .first()
        .evaluate((node, p) => getComputedStyle(node).getPropertyValue(p), prop);
    // Focus: a dashed ring; not on the selected or current layer.
    expect(await style(focused, '.ring', 'stroke-dasharray')).not.toBe('none');
    expect(await style(selected, '.ring', 'stroke-dasharray')).toBe('none');
    // Selected: a thick solid outline and a ✓, which no other layer shows.
    expect(await style(selected, '.box', 'stroke-width')).toBe('4px');
    expect(await style(selected, '.tick', 'display')).not.toBe('none');
    expect(await style(focused, '.tick', 'display')).toBe('none');
    expect(await style(current, '.tick', 'display')).toBe('none');
    expect(await style(current, '.box', 'stroke-width')).not.toBe('4px');
    // Current step: the arrow in the lane points at it.
    const arrow = figure(page, 'kata').locator('.trace[data-trace="write"] .dot');
    await expect(arrow).toHaveAttribute('d', /^M-7,-6L7,0L-7,6Z$/);
    const cy = await figure(page, 'kata').locator('.trace[data-trace="write"] .mark').first().getAttribute('cy');
    expect(await arrow.evaluate((el) => el.style.transform)).toContain(`${cy}px`);
  });

  test('an address with unknown stacks keeps the page’s own', async ({ page }) => {
    await open(page, `${PAGE}?stacks=nonsense`);
    await expect(figure(page, 'containers')).toBeVisible();
    await expect(figure(page, 'kata')).toBeVisible();
    await expect(selects(page).nth(1)).toHaveValue('kata');
  });

  test('the trace moves one step at a time down to the hardware', async ({ page }) => {
    // A paused clock makes each step of the animation observable.
    await page.clock.install();
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await open(page);
    await page.clock.pauseAt(Date.now() + 60_000);
    const toggle = page.getByRole('button', { name: 'Trace a system call' });
    const steps = figure(page, 'kata').locator('.steps[data-trace="write"] li');
    const dot = figure(page, 'kata').locator('.trace[data-trace="write"] .dot');
    await expect(figure(page, 'kata').locator('.steps[data-trace="write"]')).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(figure(page, 'kata').locator('.steps[data-trace="write"]')).toBeVisible();
    await expect(steps).toHaveCount(5);
    await expect(steps.first()).toHaveText(/^Pod’s containers:/);
    await expect(steps.last()).toHaveText(/^Hardware:/);
    await expect(steps.nth(2)).toContainText('Crosses the isolation boundary: Each pod: hardware virtualization.');
    await expect(steps.first()).toHaveAttribute('aria-current', 'step');
    await expect(layer(page, 'kata', 'containers')).toHaveClass(/current/);
    await expect(dot).toBeVisible();
    expect(await dot.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0.6s');
    const start = await dot.evaluate((el) => el.style.transform);

    await page.clock.runFor(900);
    await expect(steps.nth(1)).toHaveAttribute('aria-current', 'step');
    await expect(steps.first()).not.toHaveAttribute('aria-current', 'step');
    await expect(layer(page, 'kata', 'guest-kernel')).toHaveClass(/current/);
    expect(await dot.evaluate((el) => el.style.transform)).not.toBe(start);

    await page.clock.runFor(900 * 4);
    await expect(steps.last()).toHaveAttribute('aria-current', 'step');
    await expect(layer(page, 'kata', 'hardware')).toHaveClass(/current/);
    await expect(figure(page, 'kata').locator('.mark.on')).toHaveCount(5);
    // The shorter path of the other stack stops at its own hardware.
    await expect(figure(page, 'containers').locator('.steps[data-trace="write"] li').last()).toHaveAttribute(
      'aria-current',
      'step',
    );

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(figure(page, 'kata').locator('.steps[data-trace="write"]')).toBeHidden();
    await expect(layer(page, 'kata', 'hardware')).not.toHaveClass(/current/);
  });

  test('a page fault and a network send can be traced, each along its own path', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, `${PAGE}?stacks=kata,gvisor`);
    const kind = page.getByLabel('Call to trace');
    await kind.selectOption('fault');
    await expect(page.getByRole('button', { name: 'Trace a system call' })).toHaveAttribute('aria-pressed', 'true');
    const fault = figure(page, 'kata').locator('.steps[data-trace="fault"]');
    await expect(fault).toBeVisible();
    await expect(figure(page, 'kata').locator('.steps[data-trace="write"]')).toBeHidden();
    await expect(fault.locator('li')).toHaveCount(4);
    await expect(fault).toContainText('EPT or NPT violation');
    await expect(fault).toContainText('KVM handles the second-level fault');
    // The VMM is not on a fault's path, though a write passes it.
    await expect(layer(page, 'kata', 'vmm')).not.toHaveClass(/passed/);
    await expect(layer(page, 'kata', 'guest-kernel')).toHaveClass(/passed/);
    await expect(figure(page, 'kata').locator('.trace[data-trace="fault"] .mark.on')).toHaveCount(4);
    await expect(figure(page, 'kata').locator('.trace[data-trace="write"]')).toBeHidden();
    await expect(figure(page, 'gvisor').locator('.steps[data-trace="fault"]')).toContainText(
      'Sentry + Gofer: Handles the fault itself',
    );

    await kind.selectOption('send');
    const send = figure(page, 'kata').locator('.steps[data-trace="send"]');
    await expect(send).toBeVisible();
    await expect(fault).toBeHidden();
    await expect(send.locator('li')).toHaveCount(5);
    await expect(layer(page, 'kata', 'vmm')).toHaveClass(/passed/);
    await expect(send).toContainText('tap device');
  });

  test('with reduced motion the trace shows every step at once, without movement', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page);
    await page.getByRole('button', { name: 'Trace a system call' }).click();
    const steps = figure(page, 'kata').locator('.steps[data-trace="write"] li');
    await expect(steps).toHaveCount(5);
    for (let i = 0; i < 5; i++) await expect(steps.nth(i)).toHaveClass(/on/);
    await expect(figure(page, 'kata').locator('.steps[data-trace="write"] li[aria-current]')).toHaveCount(0);
    await expect(figure(page, 'kata').locator('.trace[data-trace="write"] .dot')).toBeHidden();
    await expect(figure(page, 'kata').locator('.mark.on')).toHaveCount(5);
    await expect(figure(page, 'containers').locator('.mark.on')).toHaveCount(4);
    for (const id of ['containers', 'guest-kernel', 'vmm', 'host-kernel', 'hardware']) {
      await expect(layer(page, 'kata', id)).toHaveClass(/passed/);
    }
    await expect(layer(page, 'kata', 'agent')).not.toHaveClass(/passed/);
    // Nothing changes afterwards: no step is animated in.
    const before = await figure(page, 'kata').innerHTML();
    await page.waitForTimeout(1200);
    expect(await figure(page, 'kata').innerHTML()).toBe(before);
  });
});

test.describe('stack explorer without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows each diagram, its kernels and boundaries, and every layer as text', async ({ page }) => {
    await page.goto(PAGE);
    for (const [stack, layers, label] of [
      ['containers', 5, 'Containers on bare metal'],
      ['kata', 7, 'Kata Containers'],
    ] as const) {
      const fig = figure(page, stack);
      await expect(fig.getByRole('img', { name: label })).toBeVisible();
      await expect(fig.locator('svg g[data-layer]')).toHaveCount(layers);
      await expect(text(page, stack).locator('li[data-li]')).toHaveCount(layers);
      await expect(text(page, stack)).toHaveAttribute('open', '');
      await expect(fig.locator('.facts')).toContainText('Kernels on the machine:');
      await expect(fig.locator('.facts')).toContainText('Isolation boundary:');
      await expect(fig.locator('[role="option"], [tabindex]')).toHaveCount(0);
    }
    await expect(text(page, 'kata').locator('li[data-li="guest-kernel"]')).toContainText(
      'A small Linux kernel booted for each pod',
    );
    // Controls that need the island are not offered.
    await expect(page.locator('.controls')).toBeHidden();
    await expect(page.locator('.panel')).toBeHidden();
    await expect(page.getByRole('table')).toContainText('WSL 2');
  });
});

test.describe('stack explorer accessibility', () => {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
  const states: [string, (page: Page) => Promise<void>][] = [
    ['default', (page) => open(page)],
    [
      'a selected layer',
      async (page) => {
        await open(page);
        await layer(page, 'kata', 'guest-kernel').click();
        await expect(panel(page)).toContainText('Guest kernel');
      },
    ],
    [
      'two stacks compared',
      async (page) => {
        await open(page, `${PAGE}?stacks=kata,gvisor`);
        await expect(figure(page, 'gvisor')).toBeVisible();
      },
    ],
    [
      'three stacks compared',
      async (page) => {
        await open(page, `${PAGE}?stacks=confidential-vm,windows-hyperv,wasm`);
        await expect(figure(page, 'wasm')).toBeVisible();
      },
    ],
    [
      'a page-fault trace',
      async (page) => {
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await open(page);
        await page.getByLabel('Call to trace').selectOption('fault');
        await expect(figure(page, 'kata').locator('.steps[data-trace="fault"]')).toBeVisible();
      },
    ],
    [
      'the trace',
      async (page) => {
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await open(page);
        await page.getByRole('button', { name: 'Trace a system call' }).click();
        await expect(figure(page, 'kata').locator('.steps[data-trace="write"]')).toBeVisible();
      },
    ],
  ];
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, reach] of states) {
      test(`${name} has no violations (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await reach(page);
        const results = await new AxeBuilder({ page }).withTags(tags).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
      });
    }
  }
});
