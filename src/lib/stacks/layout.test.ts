import { describe, expect, it } from 'vitest';
import { CHAR_WIDTH, FONT_SIZE, WIDTH, layoutStack, textFits } from './layout.ts';
import { getStack, stackIds } from './stacks.ts';

describe('stack layout', () => {
  it.each(stackIds)('%s: every box fits inside the drawing and every label fits its box', (id) => {
    const layout = layoutStack(getStack(id));
    for (const placed of layout.layers) {
      for (const box of placed.boxes) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.w).toBeLessThanOrEqual(WIDTH + 0.001);
        expect(box.y + box.h).toBeLessThanOrEqual(layout.height + 0.001);
        expect(textFits(placed.text, box.w), `${id}/${placed.layer.id}: "${placed.text}" in ${box.w}`).toBe(true);
      }
    }
  });

  it.each(stackIds)('%s: the hardware is at the bottom and rows go up in order', (id) => {
    const layout = layoutStack(getStack(id));
    const rows = layout.layers.filter((p) => !p.layer.beside).map((p) => p.boxes[0]!.y);
    expect(rows[0]! + 30).toBe(layout.height);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!).toBeLessThan(rows[i - 1]!);
  });

  it('draws three VMs, six pods on three nodes, one shared hypervisor', () => {
    const count = (id: Parameters<typeof getStack>[0], layer: string) =>
      layoutStack(getStack(id)).layers.find((p) => p.layer.id === layer)?.boxes.length;
    expect(count('type1-vm', 'guest-kernel')).toBe(3);
    expect(count('type1-vm', 'hypervisor')).toBe(1);
    expect(count('k8s-on-vms', 'node-kernel')).toBe(3);
    expect(count('k8s-on-vms', 'pod')).toBe(6);
  });

  it('puts Windows beside the WSL VM, not under it', () => {
    const layout = layoutStack(getStack('wsl2'));
    const windows = layout.layers.find((p) => p.layer.id === 'windows')!.boxes[0]!;
    const linux = layout.layers.find((p) => p.layer.id === 'linux-kernel')!.boxes[0]!;
    const hypervisor = layout.layers.find((p) => p.layer.id === 'hypervisor')!.boxes[0]!;
    expect(windows.x + windows.w).toBeLessThanOrEqual(linux.x);
    expect(windows.y + windows.h).toBeLessThanOrEqual(hypervisor.y);
    // The VM's boundary spans the VM, not Windows.
    const vm = layout.boundaries.find((b) => b.boundary.kind === 'hardware-virtualization')!;
    expect(vm.x1).toBe(linux.x);
  });

  it('leaves room between the rows for each boundary line', () => {
    const layout = layoutStack(getStack('firecracker'));
    for (const b of layout.boundaries) {
      const above = layout.layers.find((p) => p.layer.id === b.boundary.above)!.boxes[0]!;
      const below = layout.layers.find((p) => p.layer.id === b.boundary.below)!.boxes[0]!;
      expect(b.y).toBeGreaterThan(above.y + above.h);
      expect(b.y).toBeLessThan(below.y);
    }
  });

  it('measures text generously', () => {
    expect(textFits('x'.repeat(10), 10 * CHAR_WIDTH + 6)).toBe(true);
    expect(textFits('x'.repeat(11), 10 * CHAR_WIDTH + 6)).toBe(false);
    // Labels at the body's small-text size (14px) where a unit is drawn as a pixel.
    expect(FONT_SIZE).toBeGreaterThanOrEqual(14);
    expect(CHAR_WIDTH / FONT_SIZE).toBeGreaterThanOrEqual(0.55);
  });
});
