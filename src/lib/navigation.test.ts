import { describe, expect, it } from 'vitest';
import { breadcrumbs, buildSidebar, orderPages, pageHref, prevNext, withBase, type NavPage } from './navigation.ts';

const pages: NavPage[] = [
  { id: 'cgroups', title: 'Control groups', section: 'containers', order: 2 },
  { id: 'hypervisors', title: 'Hypervisors', section: 'virtual-machines', order: 1 },
  { id: 'namespaces', title: 'Linux namespaces', label: 'Namespaces', section: 'containers', order: 1 },
  { id: 'vms-vs-containers', title: 'VMs and containers compared', section: 'start', order: 1 },
  { id: 'glossary', title: 'Glossary', section: 'reference', order: 3 },
];

describe('orderPages', () => {
  it('orders by section as sections.ts lists them, then by order', () => {
    expect(orderPages(pages).map((p) => p.id)).toEqual([
      'vms-vs-containers',
      'hypervisors',
      'namespaces',
      'cgroups',
      'glossary',
    ]);
  });

  it('breaks ties in order by title, so the result does not depend on file order', () => {
    const tied: NavPage[] = [
      { id: 'b', title: 'Beta', section: 'start', order: 1 },
      { id: 'a', title: 'Alpha', section: 'start', order: 1 },
    ];
    expect(orderPages(tied).map((p) => p.id)).toEqual(['a', 'b']);
    expect(orderPages([...tied].reverse()).map((p) => p.id)).toEqual(['a', 'b']);
  });
});

describe('buildSidebar', () => {
  it('groups pages by section, skips empty sections and marks only the current page', () => {
    const groups = buildSidebar(pages, 'namespaces');
    expect(groups.map((g) => g.id)).toEqual(['start', 'virtual-machines', 'containers', 'reference']);
    const containers = groups.find((g) => g.id === 'containers');
    expect(containers?.links).toEqual([
      { href: '/namespaces/', label: 'Namespaces', current: true },
      { href: '/cgroups/', label: 'Control groups', current: false },
    ]);
    expect(groups.flatMap((g) => g.links).filter((l) => l.current)).toHaveLength(1);
  });

  it('prefixes links with the deployment base', () => {
    const [first] = buildSidebar(pages, undefined, '/atlas/');
    expect(first?.links[0]?.href).toBe('/atlas/vms-vs-containers/');
  });
});

describe('prevNext', () => {
  it('links to the neighbours in reading order, across sections', () => {
    const { prev, next } = prevNext(pages, 'namespaces');
    expect(prev?.href).toBe('/hypervisors/');
    expect(next?.href).toBe('/cgroups/');
  });

  it('has no previous link on the first page and no next link on the last', () => {
    expect(prevNext(pages, 'vms-vs-containers').prev).toBeUndefined();
    expect(prevNext(pages, 'cgroups').next).toBeUndefined();
  });

  it('ends the reading path at the last teaching page: reference pages are outside it', () => {
    expect(prevNext(pages, 'cgroups').next).toBeUndefined();
    expect(prevNext(pages, 'glossary')).toEqual({});
  });

  it('returns nothing for a page that is not in the list', () => {
    expect(prevNext(pages, 'missing')).toEqual({});
  });
});

describe('breadcrumbs', () => {
  it('goes Home › section › page, the section pointing at its list on the home page', () => {
    const page = pages.find((p) => p.id === 'cgroups');
    expect(page && breadcrumbs(page)).toEqual([
      { href: '/', label: 'Home' },
      { href: '/#containers', label: 'Containers under the hood' },
      { href: '/cgroups/', label: 'Control groups' },
    ]);
  });
});

describe('withBase and pageHref', () => {
  it('joins base and path with exactly one slash', () => {
    expect(withBase('/x/', '/')).toBe('/x/');
    expect(withBase('x/', '/atlas')).toBe('/atlas/x/');
    expect(withBase('//x/', '/atlas/')).toBe('/atlas/x/');
    expect(pageHref('tools/stack-explorer', '/')).toBe('/tools/stack-explorer/');
  });
});
