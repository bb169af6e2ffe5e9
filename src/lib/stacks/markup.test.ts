import { describe, expect, it } from 'vitest';
import { escapeHtml, figureHtml, figuresHtml } from './markup.ts';
import { getStack, kernelsOnPath, stackIds, syscallPath, traceKinds } from './stacks.ts';

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe('figure markup', () => {
  it('escapes text', () => {
    expect(escapeHtml('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
  });

  it.each(stackIds)('%s: draws every layer, lists every layer as text, and states kernels and boundaries', (id) => {
    const stack = getStack(id);
    const { main, text } = figureHtml(stack, 'x');
    const html = main + text;
    expect(main).toMatch(new RegExp(`^<div class="fig-main" data-stack="${id}">`));
    expect(text).toMatch(new RegExp(`^<details open class="fig-text" data-text="${id}">`));
    expect(count(html, /<g class="layer" data-layer=/g)).toBe(stack.layers.length);
    expect(count(html, /<li data-li=/g)).toBe(stack.layers.length);
    expect(count(html, /<line class="boundary /g)).toBe(stack.boundaries.length);
    const steps = traceKinds.reduce((sum, kind) => sum + syscallPath(stack, kind).length, 0);
    expect(count(html, /<li data-step=/g)).toBe(steps);
    expect(count(html, /<circle class="mark"/g)).toBe(steps);
    for (const kind of traceKinds) {
      expect(count(html, new RegExp(`<div class="steps" data-trace="${kind}">`, 'g'))).toBe(1);
      expect(count(html, new RegExp(`<g class="trace" data-trace="${kind}">`, 'g'))).toBe(1);
    }
    expect(html).toContain('<strong>Kernels on the machine:</strong>');
    expect(html).toContain(`A system call passes ${kernelsOnPath(stack).length} kernel`);
    expect(count(html, /<strong>Isolation boundary:<\/strong>/g)).toBe(stack.boundaries.length);
    for (const layer of stack.layers) expect(html).toContain(`href="${layer.source.url}"`);
    // Without JavaScript it is a picture with a text alternative, not a control.
    expect(html).toContain('role="img" aria-labelledby="x-t" aria-describedby="x-f"');
    expect(html).not.toMatch(/role="(option|listbox)"|tabindex/);
  });

  it('gives each figure its own ids', () => {
    const { main, text } = figuresHtml(['kata', 'gvisor'], 'se1');
    const html = main + text;
    expect(main.indexOf('data-stack="gvisor"')).toBeGreaterThan(main.indexOf('data-stack="kata"'));
    expect(text.indexOf('data-text="gvisor"')).toBeGreaterThan(text.indexOf('data-text="kata"'));
    expect(html).toContain('id="se1-kata-t"');
    expect(html).toContain('id="se1-gvisor-f"');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws repeated layers as copies: three pods of the Kata stack', () => {
    const html = figureHtml(getStack('kata'), 'x').main;
    const vmm = html.slice(html.indexOf('data-layer="vmm"'), html.indexOf('data-layer="guest-kernel"'));
    expect(count(vmm, /<rect class="box"/g)).toBe(3);
  });
});
