import { z } from 'astro/zod';
import { movingBranchProblem } from './pinned-url.ts';
import { sectionIds } from './sections.ts';

/**
 * Frontmatter of a content page. Every message says what to write instead, because the person
 * reading it is a contributor looking at an MDX file, not at this schema.
 */

const httpsUrl = z
  .string({ error: 'needs a `url:` with the address of the source, starting with https://' })
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
    error: 'must be a full https:// address, for example https://man7.org/linux/man-pages/man7/namespaces.7.html',
  });

export const sourceFields = z.strictObject({
  id: z
    .string({ error: 'needs an `id:`, a short lowercase key such as `namespaces-7`, used by <Cite id="…" />' })
    .regex(/^[a-z0-9][a-z0-9-]*$/, {
      error: 'use lowercase letters, digits and hyphens only, for example `clone-2`',
    }),
  title: z.string({ error: 'needs a `title:`, the title of the document cited' }).min(3, {
    error: 'is too short: give the document’s real title',
  }),
  url: httpsUrl,
  publisher: z.string().min(2).optional(),
  /** Publication or release date of the source, as YYYY-MM-DD or YYYY-MM or YYYY. */
  date: z
    .union([
      z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'write the date as YYYY, YYYY-MM or YYYY-MM-DD' }),
      // YAML reads an unquoted 2024-01-23 as a date; take it as the day it names.
      z.date().transform((date) => date.toISOString().slice(0, 10)),
    ])
    .optional(),
  /** The day someone last confirmed that the source says what the page says it says. */
  checked: z.union(
    [
      z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'write `checked:` as YYYY-MM-DD, the day you read the source' }),
      z.date().transform((date) => date.toISOString().slice(0, 10)),
    ],
    { error: 'needs `checked: YYYY-MM-DD`, the day you last confirmed that the source says what the page says' },
  ),
});

/** A file in a Git repository is cited as it was read: pinned to a tag or a commit. */
export const sourceSchema = sourceFields.superRefine((source, ctx) => {
  const problem = movingBranchProblem(source.url);
  if (problem) ctx.addIssue({ code: 'custom', path: ['url'], message: `source "${source.id}" ${problem}` });
});

export const pageSchema = z
  // Strict objects: a misspelled key (`sidebar.lable:`) fails instead of being ignored.
  .strictObject({
    title: z
      .string({ error: 'every page needs a `title:` in its frontmatter' })
      .min(3, { error: 'is too short: give the page a descriptive title' })
      .max(70, { error: 'is longer than 70 characters: shorten it, search results truncate it' }),
    description: z
      .string({ error: 'every page needs a `description:`, one sentence saying what the reader learns' })
      .min(30, { error: 'is too short: write one full sentence (30–200 characters)' })
      .max(200, { error: 'is longer than 200 characters: keep it to one sentence' }),
    sidebar: z.strictObject(
      {
        section: z.enum(sectionIds, {
          error: `must be one of: ${sectionIds.join(', ')}`,
        }),
        order: z
          .number({ error: 'needs `order:`, a whole number that places the page within its section' })
          .int({ error: 'must be a whole number' })
          .min(0, { error: 'must be 0 or more' }),
        label: z.string().min(2).max(40).optional(),
      },
      { error: 'every page needs `sidebar:` with `section:` and `order:`' },
    ),
    sources: z
      .array(sourceSchema, { error: 'every page needs `sources:`, a list of the documents it relies on' })
      .min(1, { error: 'list at least one source: every page rests on a primary source' }),
    updated: z.coerce.date({ error: 'write `updated:` as a date, YYYY-MM-DD' }).optional(),
    keywords: z.array(z.string().min(2)).optional(),
    draft: z.boolean({ error: 'must be true or false' }).default(false),
    /** Extra words a reader may search for that the page does not use itself. */
  })
  .superRefine((page, ctx) => {
    const seen = new Set<string>();
    page.sources.forEach((source, index) => {
      if (seen.has(source.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources', index, 'id'],
          message: `"${source.id}" is used by two sources: give each source its own id`,
        });
      }
      seen.add(source.id);
    });
  });

export type PageData = z.infer<typeof pageSchema>;
export type Source = z.infer<typeof sourceSchema>;

/** One glossary entry: content/glossary/<id>.yaml. */
export const glossarySchema = z.strictObject({
  term: z.string({ error: 'each glossary entry needs `term:`, the word as readers meet it' }).min(2),
  definition: z
    .string({ error: 'each glossary entry needs `definition:`, one or two precise sentences' })
    .min(20, { error: 'is too short: one or two full sentences' })
    .max(400, { error: 'is longer than 400 characters: keep it to one or two sentences' }),
  /** Page id, optionally with a #fragment, where the term is taught, e.g. `namespaces#pid`. */
  taught: z
    .string({ error: 'needs `taught:`, the page (and #heading) where the term is explained' })
    .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*(#[a-z0-9-]+)?$/, {
      error: 'write a page id such as `namespaces` or `namespaces#user-namespaces`',
    }),
  aliases: z.array(z.string()).default([]),
});
export type GlossaryEntry = z.infer<typeof glossarySchema>;
