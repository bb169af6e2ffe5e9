/**
 * The stacked bars drawn per mode, side by side in this order. Adding a chart is one entry here
 * (its part labels go in the page's words, under the same id: DensityCalculator.astro).
 */
import { cpuParts, memoryParts } from '@lib/density/calculate.ts';
import { cores, gib, type Chart } from './render.ts';

export const charts: readonly Chart[] = [
  { id: 'memory', title: 'Memory', parts: memoryParts, values: (r) => ({ ...r.memory }), format: gib },
  {
    id: 'cpu',
    title: 'CPU',
    parts: cpuParts,
    values: (r) => ({ ...r.cpu }),
    format: cores,
    note: (r) =>
      r.cpuOvercommitted > 0 ? `Overcommit promises the VMs ${cores(r.cpuOvercommitted)} more than the host has.` : '',
  },
];
