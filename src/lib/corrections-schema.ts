import { z } from 'astro/zod';
import { movingBranchProblem } from './pinned-url.ts';

const day = z.union(
  [
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'write the date as YYYY-MM-DD' }),
    z.date().transform((date) => date.toISOString().slice(0, 10)),
  ],
  { error: 'needs `date: YYYY-MM-DD`, the day the correction was published' },
);

/** One entry of content/corrections.yaml: what a page said, what it says now, and why. */
export const correctionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'use lowercase letters, digits and hyphens only' }),
    date: day,
    page: z
      .string({ error: 'needs `page:`, the page id such as `sandboxed-containers` or `tools/density-calculator`' })
      .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, {
        error: 'write a page id such as `running-vms`, without slashes around it',
      }),
    before: z.string({ error: 'needs `before:`, what the page said' }).min(10),
    after: z.string({ error: 'needs `after:`, what the page says now' }).min(10),
    source: z
      .string({ error: 'needs `source:`, the https URL that shows the corrected fact' })
      .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
        error: 'must be a full https:// address',
      }),
  })
  .superRefine((entry, ctx) => {
    const problem = movingBranchProblem(entry.source);
    if (problem) ctx.addIssue({ code: 'custom', path: ['source'], message: `correction "${entry.id}" ${problem}` });
  });

export type Correction = z.infer<typeof correctionSchema>;
