import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { correctionSchema } from './lib/corrections-schema.ts';
import { figureSchema } from './lib/figures-schema.ts';
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

/** Shared figures, one number in one place (content/figures.yaml); <Fact id="…"> renders one. */
const figuresFile = `${contentDir}/figures.yaml`;
const figures = defineCollection({
  // A fixture folder without figures gets an empty collection rather than a missing-file error.
  loader: existsSync(figuresFile) ? file(figuresFile) : () => [],
  schema: figureSchema,
});

/** The public corrections log (content/corrections.yaml), rendered at /corrections/. */
const correctionsFile = `${contentDir}/corrections.yaml`;
const corrections = defineCollection({
  loader: existsSync(correctionsFile) ? file(correctionsFile) : () => [],
  schema: correctionSchema,
});

/** Self-test questions and learn/takeaway bullets, one YAML file per teaching page, named by page id. */
const practice = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/practice` }),
  schema: practiceFileSchema,
});

export const collections = { pages, glossary, figures, corrections, practice };
