/**
 * Starts a new content page: asks for a title, a section and a one-sentence description, and
 * writes content/<slug>.mdx with valid frontmatter and a body that says what to write.
 *
 *   npm run new-page
 *   npm run new-page -- --title "Control groups" --section containers \
 *     --description "How the kernel meters and limits CPU, memory and I/O for a group of processes."
 *
 * Flags (any given are not asked for): --title, --section, --description, --order (default:
 * after the last page of the section), --slug (default: from the title; may contain a folder).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { newPageSource, nextOrder, pageSlug, problems, sidebarOf, type NewPage } from '../lib/new-page.ts';
import { sectionIds, sections, type SectionId } from '../lib/sections.ts';
import { site } from '../lib/site.ts';

const { values: flags } = parseArgs({
  options: {
    title: { type: 'string' },
    section: { type: 'string' },
    description: { type: 'string' },
    order: { type: 'string' },
    slug: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (flags.help) {
  console.log(
    readFileSync(new URL(import.meta.url), 'utf8')
      .split('*/')[0]
      ?.replace(/^\/\*\*|^ \* ?/gm, ''),
  );
  process.exit(0);
}

const contentDir = site.contentDir;

function mdxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return mdxFiles(path);
    return entry.name.endsWith('.mdx') ? [path] : [];
  });
}

function fail(message: string): never {
  console.error(`new-page: ${message}`);
  process.exit(1);
}

const asSection = (answer: string): SectionId | undefined => {
  const byNumber = sections[Number(answer) - 1];
  if (/^\d+$/.test(answer) && byNumber) return byNumber.id;
  return sectionIds.find((id) => id === answer);
};

// Ask only for what the flags left out; without a terminal there is no one to ask.
const interactive = process.stdin.isTTY;
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

async function ask(question: string, check: (answer: string) => string | undefined): Promise<string> {
  if (!rl) throw new Error('unreachable: asked without a terminal');
  for (;;) {
    const answer = (await rl.question(question)).trim();
    const problem = check(answer);
    if (!problem) return answer;
    console.log(`  ${problem}`);
  }
}

const missing = (['title', 'section', 'description'] as const).filter((name) => flags[name] === undefined);
if (!interactive && missing.length > 0) {
  fail(`no terminal to ask on: pass ${missing.map((name) => `--${name}`).join(', ')}. See --help.`);
}

const title =
  flags.title ??
  (await ask('Title (3–70 characters): ', (a) =>
    a.length >= 3 && a.length <= 70 ? undefined : 'between 3 and 70 characters, please',
  ));

let section = flags.section === undefined ? undefined : asSection(flags.section);
if (flags.section !== undefined && !section) fail(`--section must be one of: ${sectionIds.join(', ')}`);
if (!section) {
  console.log('Sections:');
  sections.forEach((s, index) => console.log(`  ${index + 1}. ${s.label} (${s.id})`));
  section = asSection(
    await ask('Section (number or id): ', (a) => (asSection(a) ? undefined : 'a number from the list, or an id')),
  );
}
if (!section) fail('no section');

const description =
  flags.description ??
  (await ask('Description, one sentence on what the reader learns (30–200 characters):\n> ', (a) =>
    a.length >= 30 && a.length <= 200 ? undefined : `that is ${a.length} characters; write 30 to 200`,
  ));
rl?.close();

const existing = mdxFiles(contentDir).flatMap((file) => sidebarOf(readFileSync(file, 'utf8')) ?? []);
const order = flags.order === undefined ? nextOrder(existing, section) : Number(flags.order);
const page: NewPage = { title, description, section, order };

const found = problems(page);
if (found.length > 0) fail(`the page would not pass the schema:\n  ${found.join('\n  ')}`);

const slug = flags.slug?.replace(/^\/+|\/+$|\.mdx$/g, '') ?? pageSlug(title);
if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(slug))
  fail(`"${slug}" cannot be a page address: use lowercase letters, digits, hyphens and slashes`);
const file = join(contentDir, `${slug}.mdx`);
if (existsSync(file)) fail(`${file} already exists: choose another --slug or title`);

mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, newPageSource(page));

console.log(`
Created ${relative(process.cwd(), file)} (section ${section}, order ${order}), a draft.

Next:
  1. npm run dev, and open http://localhost:4321${site.base.replace(/\/?$/, '/')}${slug}/
  2. Write the page where it says TODO, and replace the example source with real ones.
  3. Delete \`draft: true\` when it is ready, then run npm test.

Until then the page is expected to fail the content checks: they reject placeholder text and the
example.com source on purpose, so an unwritten page cannot be published. CONTRIBUTING.md has the rest.`);
