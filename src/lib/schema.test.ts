import { describe, expect, it } from 'vitest';
import { glossarySchema, pageSchema, sourceSchema } from './schema.ts';

const valid = {
  title: 'Linux namespaces',
  description: 'The eight kinds of Linux namespace and what each one hides.',
  sidebar: { section: 'containers', order: 1 },
  sources: [
    {
      id: 'namespaces-7',
      title: 'namespaces(7)',
      url: 'https://man7.org/linux/man-pages/man7/namespaces.7.html',
      checked: '2026-11-23',
    },
  ],
};

function messages(input: unknown): string[] {
  const result = pageSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('pageSchema', () => {
  it('accepts a complete page and defaults draft to false', () => {
    const result = pageSchema.parse(valid);
    expect(result.draft).toBe(false);
    expect(result.sources[0]?.id).toBe('namespaces-7');
  });

  it('names the missing title and says how to fix it', () => {
    const { title: _omit, ...rest } = valid;
    expect(messages(rest)).toEqual(['title: every page needs a `title:` in its frontmatter']);
  });

  it('lists the valid sections when the section is unknown', () => {
    const [message] = messages({ ...valid, sidebar: { section: 'kernels', order: 1 } });
    expect(message).toMatch(/^sidebar\.section: must be one of: start, virtual-machines, containers/);
  });

  it('requires at least one source', () => {
    expect(messages({ ...valid, sources: [] })).toEqual([
      'sources: list at least one source: every page rests on a primary source',
    ]);
  });

  it('rejects sources that are not https, and malformed ids and dates', () => {
    const found = messages({
      ...valid,
      sources: [
        { id: 'Bad Id', title: 'A title', url: 'http://example.com/', date: '2024/01/01', checked: '2026-11-23' },
      ],
    });
    expect(found).toHaveLength(3);
    expect(found.join('\n')).toMatch(/sources\.0\.id: use lowercase letters/);
    expect(found.join('\n')).toMatch(/sources\.0\.url: must be a full https:\/\/ address/);
    expect(found.join('\n')).toMatch(/sources\.0\.date: write the date as YYYY/);
  });

  it('rejects two sources with the same id', () => {
    const source = valid.sources[0];
    expect(messages({ ...valid, sources: [source, { ...source, url: 'https://example.org/' }] })).toEqual([
      'sources.1.id: "namespaces-7" is used by two sources: give each source its own id',
    ]);
  });

  it('rejects a fractional or negative order and an overlong description', () => {
    expect(messages({ ...valid, sidebar: { section: 'start', order: 1.5 } })).toEqual([
      'sidebar.order: must be a whole number',
    ]);
    expect(messages({ ...valid, sidebar: { section: 'start', order: -1 } })).toEqual([
      'sidebar.order: must be 0 or more',
    ]);
    expect(messages({ ...valid, description: 'x'.repeat(201) })[0]).toMatch(/^description: is longer than 200/);
  });
});

describe('source dates', () => {
  it('accepts an unquoted YAML date and keeps it as YYYY-MM-DD', () => {
    const source = { ...valid.sources[0], date: new Date('2024-01-23T00:00:00Z') };
    expect(pageSchema.parse({ ...valid, sources: [source] }).sources[0]?.date).toBe('2024-01-23');
  });
});

describe('glossarySchema', () => {
  it('accepts an entry and rejects a malformed taught link', () => {
    const entry = {
      term: 'Namespace',
      definition: 'A kernel feature giving processes their own view.',
      taught: 'namespaces#the-pid-namespace',
    };
    expect(glossarySchema.parse(entry).aliases).toEqual([]);
    expect(glossarySchema.safeParse({ ...entry, taught: '/namespaces/' }).success).toBe(false);
  });
});

describe('sourceSchema: a source that keeps saying what it said', () => {
  const source = {
    id: 'kata-runtimeclasses',
    title: 'kata-deploy Helm chart: RuntimeClasses',
    url: 'https://github.com/kata-containers/kata-containers/blob/4.0.0/tools/packaging/kata-deploy/helm-chart/kata-deploy/templates/runtimeclasses.yaml',
    checked: '2026-11-28',
  };
  const issues = (input: unknown): string[] => {
    const result = sourceSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts a pinned source with the day it was checked', () => {
    expect(issues(source)).toEqual([]);
  });
  it('requires `checked:` and says what to write', () => {
    const { checked: _omit, ...rest } = source;
    expect(issues(rest)).toEqual([
      'checked: needs `checked: YYYY-MM-DD`, the day you last confirmed that the source says what the page says',
    ]);
  });
  it('refuses a moving branch, naming the source id and the pinned form', () => {
    const [message] = issues({ ...source, url: source.url.replace('/blob/4.0.0/', '/blob/main/') });
    expect(message).toMatch(
      /^url: source "kata-runtimeclasses" follows the branch "main", which moves: pin a tag or commit/,
    );
    expect(message).toContain('/blob/<40-hex sha>/tools/packaging/');
  });
  it("refuses a repository's front page, naming the source id and the file to cite instead", () => {
    const [message] = issues({ ...source, url: 'https://github.com/kata-containers/kata-containers' });
    expect(message).toMatch(/^url: source "kata-runtimeclasses" is a repository's front page/);
    expect(message).toContain('https://github.com/kata-containers/kata-containers/blob/<tag>/README.md');
  });
});
