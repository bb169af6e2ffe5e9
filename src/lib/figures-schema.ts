import { z } from 'astro/zod';
import { movingBranchProblem } from './pinned-url.ts';
import { sourceFields } from './schema.ts';

/** A size in a tiered formula; null stands for "everything above the previous tiers". */
const tier = z.tuple([z.number().positive().nullable(), z.number().min(0).max(1)]);

/** One entry of content/figures.yaml: a number several pages or the calculator rely on. */
export const figureSchema = z
  .object({
    id: z
      .string({ error: 'each figure needs an `id:`, a lowercase key such as `kubelet-max-pods`' })
      .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'use lowercase letters, digits and hyphens only' }),
    value: z.union([z.number(), z.array(tier).min(1)], {
      error: 'needs `value:`, a number, or for a tiered formula a list of [size, share]',
    }),
    unit: z.string({ error: "needs `unit:` (MiB, Mi, m, ms, pods, or '' for a ratio)" }),
    /** How prose writes the value when not as the bare number: "4.0", or a tiered formula in words. */
    text: z.string().min(1).optional(),
    what: z
      .string({ error: 'needs `what:`, one sentence saying what the number is' })
      .min(20, { error: 'is too short: say what the number measures and for what' }),
    source: sourceFields.omit({ id: true }),
  })
  .superRefine((figure, ctx) => {
    const problem = movingBranchProblem(figure.source.url);
    if (problem) ctx.addIssue({ code: 'custom', path: ['source', 'url'], message: `figure "${figure.id}" ${problem}` });
    if (Array.isArray(figure.value) && !figure.text) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'a tiered figure needs `text:`, the formula in words' });
    }
  });

export type FigureEntry = z.infer<typeof figureSchema>;
