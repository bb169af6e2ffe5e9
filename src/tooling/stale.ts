/**
 * Lists the sources due for a re-check: every page's frontmatter sources, every figure in
 * content/figures.yaml, the stack explorer's sources (content/stacks/) and the density calculator's sources whose `checked:` date is older than 180 days (or --days N), oldest first.
 * Usage: npm run stale [-- --days N] [-- --today YYYY-MM-DD]. Exits 0 either way: it is a to-do
 * list, not a gate.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import '../integrations/yaml-hooks.ts';
import { formatStale, parseArgs, staleSources, type CheckedSource } from '../lib/stale.ts';

const dir = process.env['CONTENT_DIR'] ?? 'content';
const args = parseArgs(process.argv.slice(2), new Date());
if (typeof args === 'string') {
  console.error(args);
  process.exit(2);
}

interface RawSource {
  id?: string;
  title?: string;
  url?: string;
  checked?: string | Date;
}
const day = (value: string | Date | undefined): string | undefined =>
  value instanceof Date ? value.toISOString().slice(0, 10) : value;

const sources: CheckedSource[] = [];
for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .sort()) {
  const path = join(dir, file);
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))?.[1];
  const data = (frontmatter ? parse(frontmatter) : {}) as { sources?: RawSource[] };
  for (const s of data.sources ?? []) {
    sources.push({ where: path, id: s.id ?? '?', title: s.title ?? '', url: s.url ?? '', checked: day(s.checked) });
  }
}
const figuresPath = join(dir, 'figures.yaml');
const figures = (parse(readFileSync(figuresPath, 'utf8')) ?? []) as { id: string; source: RawSource }[];
for (const f of figures) {
  sources.push({
    where: `${figuresPath}#${f.id}`,
    id: f.id,
    title: f.source.title ?? '',
    url: f.source.url ?? '',
    checked: day(f.source.checked),
  });
}

const stacksDir = join(dir, 'stacks');
const stackFiles = existsSync(stacksDir) ? readdirSync(stacksDir).filter((f) => f.endsWith('.yaml')) : [];
for (const file of stackFiles.sort()) {
  const path = join(stacksDir, file);
  const data = (parse(readFileSync(path, 'utf8')) ?? {}) as { sources?: RawSource[] };
  for (const s of data.sources ?? []) {
    sources.push({ where: path, id: s.id ?? '?', title: s.title ?? '', url: s.url ?? '', checked: day(s.checked) });
  }
}

// Imported after the YAML hooks are in place: the density model reads content/figures.yaml.
const { sources: densitySources } = await import('../lib/density/sources.ts');
for (const [id, s] of Object.entries(densitySources)) {
  sources.push({ where: 'src/lib/density/sources.ts', id, title: s.title, url: s.url, checked: s.checked });
}

console.log(formatStale(staleSources(sources, args.today, args.days), args.days));
