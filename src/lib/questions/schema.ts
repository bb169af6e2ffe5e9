import { z } from 'astro/zod';

/**
 * One practice file, `content/practice/<page-id>.yaml`: the "What you'll learn" and "Key
 * takeaways" bullets of a teaching page and its questions. Messages name the question id,
 * because a contributor reads them next to a YAML file with dozens of questions.
 * Checks that need other files (headings, citation ids, duplicate ids across files) live in
 * bank.ts.
 */

/** Raw HTML in a Markdown field would bypass escaping on every page that shows it. */
const rawHtml = /<\/?[a-z][a-z0-9-]*(\s[^>]*)?>/i;
const withoutCode = (text: string) => text.replace(/`[^`]*`/g, '');

const markdown = (what: string) =>
  z
    .string({ error: `needs ${what} (Markdown)` })
    .trim()
    .min(1, { error: `needs ${what} (Markdown): it is empty` })
    .refine((text) => !rawHtml.test(withoutCode(text)), {
      error: 'contains raw HTML: write Markdown instead, or put the tag in `backticks`',
    });

const bullets = (field: string) =>
  z
    .array(markdown('the text of the bullet'), { error: `needs \`${field}:\`, a list of 3–5 bullets` })
    .min(3, { error: `\`${field}:\` needs 3–5 bullets` })
    .max(5, { error: `\`${field}:\` needs 3–5 bullets: keep the best five` });

export const questionId = /^[a-z0-9][a-z0-9-]*$/;
const headingRef = /^[a-z0-9-]+(\/[a-z0-9-]+)*#[a-z0-9-]+$/;

const optionSchema = z.object(
  {
    text: markdown('`text:`, what the reader chooses'),
    correct: z.boolean({ error: '`correct:` must be true or false' }).optional(),
    why: markdown('`why:`, an explanation of why this option is right or wrong'),
  },
  { error: 'each option needs `text:` and `why:`' },
);

export const questionSchema = z.object({
  id: z
    .string({ error: 'every question needs an `id:`, unique across all practice files' })
    .regex(questionId, { error: 'use lowercase letters, digits and hyphens only, for example `namespaces-pid-view`' }),
  kind: z.enum(['single', 'multiple', 'order'], { error: '`kind:` must be single, multiple or order' }),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], {
    error: '`difficulty:` must be 1 (recall), 2 (apply) or 3 (analyse)',
  }),
  scenario: z.boolean({ error: '`scenario:` must be true (a situation to reason about) or false' }),
  onPage: z.boolean({ error: '`onPage:` must be true (shown in "Check yourself") or false' }).default(false),
  misconception: z
    .string()
    .regex(/^[a-z0-9-]+$/, { error: 'write the heading id of the /misconceptions/ entry, e.g. `docker-is-kubernetes`' })
    .optional(),
  stem: markdown('`stem:`, the question'),
  options: z.array(optionSchema, { error: 'needs `options:`, a list of choices' }).min(2, {
    error: 'needs at least two options',
  }),
  learn: z
    .string({ error: 'needs `learn:`, the page and heading that teach this, e.g. `namespaces#the-pid-namespace`' })
    .regex(headingRef, { error: 'write `page-id#heading-id`, e.g. `namespaces#the-pid-namespace`' }),
  sources: z
    .array(
      z.string().refine((s) => /^[a-z0-9][a-z0-9-]*$/.test(s) || (URL.canParse(s) && s.startsWith('https://')), {
        error: 'a source is a citation id of the page (e.g. `namespaces-7`) or an https:// address',
      }),
      { error: 'needs `sources:`, citation ids of the page or https:// addresses' },
    )
    .min(1, { error: 'needs at least one source: facts in questions are sourced like pages' }),
});

/** Rules between fields of one question; the message starts with the question id. */
function checkQuestion(question: z.infer<typeof questionSchema>): string[] {
  const problems: string[] = [];
  const correct = question.options.filter((o) => o.correct === true).length;
  if (question.kind === 'single' && correct !== 1) {
    problems.push(
      correct === 0
        ? 'has no correct option: mark exactly one with `correct: true`'
        : `has ${correct} correct options but is \`kind: single\`: mark one, or make it \`kind: multiple\``,
    );
  }
  if (question.kind === 'multiple') {
    if (correct === 0) problems.push('has no correct option: mark at least one with `correct: true`');
    if (correct === question.options.length) problems.push('marks every option correct: add at least one wrong one');
  }
  if (question.kind === 'order') {
    if (correct > 0) problems.push('is `kind: order`: list the steps in their correct order, without `correct:`');
    if (question.options.length < 3) problems.push('is `kind: order` and needs at least three steps');
  }
  const texts = question.options.map((o) => o.text);
  const repeated = texts.find((t, i) => texts.indexOf(t) !== i);
  if (repeated) problems.push(`lists the option "${repeated}" twice`);
  return problems;
}

export const practiceFileSchema = z
  .object({
    learn: bullets('learn'),
    takeaways: bullets('takeaways'),
    questions: z.array(questionSchema, { error: 'needs `questions:`, a list of questions' }).min(1, {
      error: 'needs at least one question',
    }),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.questions.forEach((question, index) => {
      for (const problem of checkQuestion(question)) {
        ctx.addIssue({ code: 'custom', path: ['questions', index], message: `question "${question.id}" ${problem}` });
      }
      if (seen.has(question.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['questions', index, 'id'],
          message: `question "${question.id}" appears twice in this file: give each question its own id`,
        });
      }
      seen.add(question.id);
    });
    const onPage = file.questions.filter((q) => q.onPage).length;
    if (onPage < 3 || onPage > 5) {
      ctx.addIssue({
        code: 'custom',
        path: ['questions'],
        message: `marks ${onPage} questions \`onPage: true\`: "Check yourself" shows 3–5: mark 3–5 of this file's questions`,
      });
    }
  });

export type PracticeFile = z.infer<typeof practiceFileSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question['kind'];
