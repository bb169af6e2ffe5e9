import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { glossarySchema, pageSchema } from './lib/schema.ts';

const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content' }),
  schema: pageSchema,
});

/** Terms of art, keyed by id; <Term id="…"> and the glossary page read them. */
const glossary = defineCollection({
  loader: file('content/glossary.yaml'),
  schema: glossarySchema,
});

export const collections = { pages, glossary };
