/**
 * The sidebar's sections, in reading order. A page names one of these ids in its frontmatter
 * (`sidebar.section`); the schema rejects any other value and lists these. Sections marked
 * `offPath` hold pages a reader consults rather than reads in order (tools, reference, the
 * contributor guide): they are in the sidebar but outside the previous/next reading path.
 */
export const sections = [
  { id: 'start', label: 'Start here' },
  { id: 'virtual-machines', label: 'Virtual machines' },
  { id: 'containers', label: 'Containers under the hood' },
  { id: 'ecosystem', label: 'Standards and runtimes' },
  { id: 'production', label: 'In production' },
  { id: 'beyond', label: 'Beyond VMs and containers' },
  { id: 'decisions', label: 'Decisions' },
  { id: 'tools', label: 'Interactive tools', offPath: true },
  { id: 'reference', label: 'Reference', offPath: true },
  { id: 'contributing', label: 'Contributing', offPath: true },
] as const;

export type SectionId = (typeof sections)[number]['id'];

export const sectionIds = sections.map((s) => s.id) as [SectionId, ...SectionId[]];

export function sectionLabel(id: SectionId): string {
  return sections.find((s) => s.id === id)?.label ?? id;
}
