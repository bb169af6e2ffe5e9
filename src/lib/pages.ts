import type { NavPage } from './navigation.ts';
import type { PageData } from './schema.ts';

/** The shape of a collection entry that this module needs; keeps it testable without Astro. */
export interface PageEntry {
  id: string;
  data: PageData;
}

/** Drafts render in `astro dev` so their author can see them, and never reach a build. */
export function publishedPages<T extends PageEntry>(entries: readonly T[], dev = import.meta.env?.DEV ?? false): T[] {
  return entries.filter((entry) => dev || !entry.data.draft);
}

export function toNavPage(entry: PageEntry): NavPage {
  return {
    id: entry.id,
    title: entry.data.title,
    label: entry.data.sidebar.label,
    section: entry.data.sidebar.section,
    order: entry.data.sidebar.order,
  };
}
