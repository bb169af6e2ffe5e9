import { sections, type SectionId } from './sections.ts';

/** What navigation needs to know about a page: nothing about its body. */
export interface NavPage {
  id: string;
  title: string;
  /** Shorter name for the sidebar, when the title is long. */
  label?: string | undefined;
  section: SectionId;
  order: number;
}

export interface NavLink {
  href: string;
  label: string;
  current: boolean;
}

export interface NavGroup {
  id: SectionId;
  label: string;
  links: NavLink[];
}

export interface Crumb {
  href: string;
  label: string;
}

/** Joins the deployment base and a root-relative path without doubling or losing slashes. */
export function withBase(path: string, base = '/'): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

export function pageHref(id: string, base = '/'): string {
  return withBase(`${id}/`, base);
}

const sectionRank = new Map(sections.map((s, index) => [s.id, index]));

/** Reading order: by section as listed in sections.ts, then by `order`, then by title. */
export function orderPages<T extends NavPage>(pages: readonly T[]): T[] {
  return [...pages].sort(
    (a, b) =>
      (sectionRank.get(a.section) ?? Infinity) - (sectionRank.get(b.section) ?? Infinity) ||
      a.order - b.order ||
      a.title.localeCompare(b.title),
  );
}

export function buildSidebar(pages: readonly NavPage[], currentId?: string, base = '/'): NavGroup[] {
  const ordered = orderPages(pages);
  return sections
    .map((section) => ({
      id: section.id,
      label: section.label,
      links: ordered
        .filter((page) => page.section === section.id)
        .map((page) => ({
          href: pageHref(page.id, base),
          label: page.label ?? page.title,
          current: page.id === currentId,
        })),
    }))
    .filter((group) => group.links.length > 0);
}

const offPath = new Set<SectionId>(sections.filter((s) => 'offPath' in s).map((s) => s.id));

/**
 * Neighbours on the reading path: the teaching pages in reading order. A page outside it (a
 * tool, a reference page, the contributor guide) has neither.
 */
export function prevNext(pages: readonly NavPage[], currentId: string, base = '/'): { prev?: NavLink; next?: NavLink } {
  const ordered = orderPages(pages).filter((page) => !offPath.has(page.section));
  const index = ordered.findIndex((page) => page.id === currentId);
  if (index === -1) return {};
  const link = (page: NavPage | undefined): NavLink | undefined =>
    page && { href: pageHref(page.id, base), label: page.label ?? page.title, current: false };
  const prev = link(ordered[index - 1]);
  const next = link(ordered[index + 1]);
  return { ...(prev && { prev }), ...(next && { next }) };
}

/** Home › section › page. The section crumb points at that section's list on the home page. */
export function breadcrumbs(page: NavPage, base = '/'): Crumb[] {
  const section = sections.find((s) => s.id === page.section);
  return [
    { href: withBase('', base), label: 'Home' },
    ...(section ? [{ href: withBase(`#${section.id}`, base), label: section.label }] : []),
    { href: pageHref(page.id, base), label: page.title },
  ];
}
