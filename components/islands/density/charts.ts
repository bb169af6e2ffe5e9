/**
 * The stacked bars drawn per mode, in the order they stand side by side. Adding a chart is one
 * entry here (its part labels go in labels.ts, under the same id).
 */
import { memoryParts } from '@lib/density/calculate.ts';
import { gib, type Chart } from './render.ts';

export const charts: readonly Chart[] = [
  { id: 'memory', title: 'Memory', parts: memoryParts, values: (r) => ({ ...r.memory }), format: gib },
];
