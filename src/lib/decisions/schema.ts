import { z } from 'astro/zod';

/**
 * The decision helper's data (content/decisions/helper.yaml). Ids cross-reference each other, so
 * besides each field's shape the schema checks that every rule names real questions, options
 * and outcomes, and that the last rule has no conditions: then any set of answers meets at least
 * one rule, and the first one met is the recommendation.
 */

const id = z
  .string({ error: 'needs an `id:`, lowercase letters, digits and hyphens' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'use lowercase letters, digits and hyphens only' });

const option = z.strictObject({ id, label: z.string().min(1, { error: 'needs a `label:` the reader sees' }) });

const question = z.strictObject({
  id,
  prompt: z.string({ error: 'needs a `prompt:`, the question as the reader reads it' }).min(5),
  options: z.array(option).min(2, { error: 'give at least two options' }),
});

const outcome = z.strictObject({
  id,
  boundary: z.string({ error: 'needs `boundary:`, the isolation boundary recommended' }).min(5),
  packaging: z.string({ error: 'needs `packaging:`, how the workload is shipped' }).min(5),
});

const reason = z.strictObject({
  text: z.string({ error: 'needs `text:`, the reason in one or two sentences' }).min(20),
  learn: z
    .string({ error: 'needs `learn:`, the page and heading that teach this, such as `security#threat-models`' })
    .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*#[a-z0-9-]+$/, {
      error: 'write a page id and a heading id, such as `security#threat-models`',
    }),
  cite: z
    .array(
      z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*\/[a-z0-9-]+$/, {
        error:
          'write `page/source-id`, a source listed in that page’s frontmatter, such as `security/k8s-multitenancy`',
      }),
    )
    .min(1, { error: 'cite at least one source: `cite: [page/source-id]`' }),
});

const rule = z.strictObject({
  when: z.record(z.string(), z.array(z.string()).min(1)),
  recommend: id,
  reasons: z.array(reason).min(1, { error: 'give at least one reason' }),
});

export const decisionHelperSchema = z
  .strictObject({
    questions: z.array(question).min(1),
    outcomes: z.array(outcome).min(1),
    rules: z.array(rule).min(1),
  })
  .superRefine((data, ctx) => {
    const questions = new Map(data.questions.map((q) => [q.id, new Set(q.options.map((o) => o.id))]));
    const outcomes = new Set(data.outcomes.map((o) => o.id));
    data.rules.forEach((rule, index) => {
      for (const [questionId, optionIds] of Object.entries(rule.when)) {
        const options = questions.get(questionId);
        if (!options) {
          ctx.addIssue({
            code: 'custom',
            path: ['rules', index, 'when', questionId],
            message: `names no question; the questions are: ${[...questions.keys()].join(', ')}`,
          });
          continue;
        }
        for (const optionId of optionIds.filter((o) => !options.has(o))) {
          ctx.addIssue({
            code: 'custom',
            path: ['rules', index, 'when', questionId],
            message: `"${optionId}" is not an option of ${questionId}; write one of: ${[...options].join(', ')}`,
          });
        }
      }
      if (!outcomes.has(rule.recommend)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', index, 'recommend'],
          message: `names no outcome; write one of: ${[...outcomes].join(', ')}`,
        });
      }
    });
    const last = data.rules.at(-1);
    if (last && Object.keys(last.when).length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['rules', data.rules.length - 1, 'when'],
        message: 'the last rule must have `when: {}`, so that every combination of answers gets a recommendation',
      });
    }
  });

export type DecisionHelper = z.infer<typeof decisionHelperSchema>;
export type Question = DecisionHelper['questions'][number];
export type Outcome = DecisionHelper['outcomes'][number];
export type Rule = DecisionHelper['rules'][number];
export type Reason = Rule['reasons'][number];
