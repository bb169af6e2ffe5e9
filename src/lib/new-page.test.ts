import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  nextOrder,
  newPageSource,
  pageSlug,
  placeholderSource,
  problems,
  sidebarOf,
  type NewPage,
} from './new-page.ts';
import { pageSchema } from './schema.ts';

const page: NewPage = {
  title: 'Control groups: limits & "accounting"',
  description: 'How the kernel meters and limits CPU, memory and I/O for a group of processes: # not a comment.',
  section: 'containers',
  order: 2,
};

function frontmatterOf(mdx: string): unknown {
  return parse(/^---\n([\s\S]*?)\n---\n/.exec(mdx)?.[1] ?? '');
}

describe('newPageSource', () => {
  const mdx = newPageSource(page);

  it('writes frontmatter the schema accepts, quoting what YAML would misread', () => {
    const data = pageSchema.parse(frontmatterOf(mdx));
    expect(data.title).toBe(page.title);
    expect(data.description).toBe(page.description);
    expect(data.sidebar).toEqual({ section: 'containers', order: 2 });
  });

  it('starts as a draft with a placeholder source that the body cites', () => {
    const data = pageSchema.parse(frontmatterOf(mdx));
    expect(data.draft).toBe(true);
    expect(data.sources).toEqual([placeholderSource]);
    expect(mdx).toContain(`<Cite id="${placeholderSource.id}" />`);
  });

  it('leaves visible TODOs, so that the page cannot pass the content checks unwritten', () => {
    expect(mdx.split('---\n')[2]).toMatch(/^## TODO/m);
    expect(placeholderSource.url).toMatch(/^https:\/\/example\.com\//);
  });
});

describe('pageSlug', () => {
  it('makes a lowercase, hyphenated file name from the title', () => {
    expect(pageSlug('Control groups (cgroups)')).toBe('control-groups-cgroups');
    expect(pageSlug('gVisor & Kata: sandboxes')).toBe('gvisor-kata-sandboxes');
  });
});

describe('nextOrder', () => {
  const existing = [
    { section: 'containers', order: 1 },
    { section: 'containers', order: 4 },
    { section: 'start', order: 9 },
  ];
  it('places a new page after the last one of its section, or first in an empty one', () => {
    expect(nextOrder(existing, 'containers')).toBe(5);
    expect(nextOrder(existing, 'tools')).toBe(1);
  });
});

describe('sidebarOf', () => {
  it('reads section and order from an existing page, and nothing from a file without them', () => {
    expect(sidebarOf('---\ntitle: X\nsidebar:\n  section: start\n  order: 3\n---\n\nBody')).toEqual({
      section: 'start',
      order: 3,
    });
    expect(sidebarOf('No frontmatter')).toBeUndefined();
    expect(sidebarOf('---\ntitle: [unclosed\n---\n')).toBeUndefined();
  });
});

describe('problems', () => {
  it('passes good answers and explains bad ones in the schema’s words', () => {
    expect(problems(page)).toEqual([]);
    expect(problems({ ...page, description: 'Too short.' })).toEqual([
      'description: is too short: write one full sentence (30–200 characters)',
    ]);
  });
});
