import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { glossarySchema, pageSchema } from './lib/schema.ts';

const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content' }),
  schema: pageSchema,
});

/** Terms of art, one YAML file each, named by id; <Term id="…"> and the glossary page read them. */
const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/glossary' }),
  schema: glossarySchema,
});

export const collections = { pages, glossary };
