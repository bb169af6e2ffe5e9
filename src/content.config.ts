import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { glossarySchema, pageSchema } from './lib/schema.ts';
import { practiceFileSchema } from './lib/questions/schema.ts';

// CONTENT_DIR points a build at another folder: the tests use it to prove that bad content fails.
const contentDir = process.env['CONTENT_DIR'] ?? './content';

const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: contentDir }),
  schema: pageSchema,
});

/** Terms of art, one YAML file each, named by id; <Term id="…"> and the glossary page read them. */
const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/glossary` }),
  schema: glossarySchema,
});

/** Self-test questions and learn/takeaway bullets, one YAML file per teaching page, named by page id. */
const practice = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/practice` }),
  schema: practiceFileSchema,
});

export const collections = { pages, glossary, practice };
