/**
 * The text alternative of a diagram, built from the same source as the drawing so the two
 * cannot disagree: the steps of a sequence in order, the groups and arrows of a flowchart.
 */
import { parseMermaid, type MermaidGraph } from 'beautiful-mermaid';
import { diagramKind } from './validate.ts';

export interface TextItem {
  text: string;
  children?: TextItem[];
}

export interface TextSection {
  heading: string;
  ordered: boolean;
  items: TextItem[];
}

/** Mermaid labels may carry <br> line breaks and quotes; a sentence wants neither. */
export function plainLabel(label: string): string {
  return label
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/^"|"$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** beautiful-mermaid exports the graph's type but not its subgraph's. */
type MermaidSubgraph = MermaidGraph['subgraphs'][number];

const ID = String.raw`[A-Za-z_]\w*`;
const PARTICIPANT = new RegExp(`^(?:participant|actor)\\s+(${ID})(?:\\s+as\\s+(.+))?$`);
const MESSAGE = new RegExp(String.raw`^(${ID})\s*(->>|-->>|->|-->|-x|--x|-\)|--\))\s*[+-]?\s*(${ID})\s*:\s*(.+)$`);
const NOTE = new RegExp(`^Note\\s+(left of|right of|over)\\s+(${ID})(?:\\s*,\\s*(${ID}))?\\s*:\\s*(.+)$`, 'i');
const BLOCK = /^(loop|alt|opt|par|critical|break|else|and|option)(?:\s+(.*))?$/;

const blockWords: Record<string, string> = {
  loop: 'Repeated',
  alt: 'If',
  else: 'Otherwise',
  opt: 'Only if',
  par: 'At the same time',
  and: 'and',
  critical: 'Critical',
  option: 'Unless',
  break: 'Stop if',
};

function describeSequence(lines: string[]): TextSection[] {
  const names = new Map<string, string>();
  const name = (id: string) => names.get(id) ?? id;
  const root: TextItem[] = [];
  const stack: TextItem[][] = [root];
  const current = () => stack[stack.length - 1] ?? root;
  for (const raw of lines.slice(1)) {
    const line = raw.trim();
    let m: RegExpExecArray | null;
    if ((m = PARTICIPANT.exec(line))) names.set(m[1] ?? '', plainLabel(m[2] ?? m[1] ?? ''));
    else if ((m = MESSAGE.exec(line))) {
      const reply = (m[2] ?? '').startsWith('--');
      current().push({
        text: `${name(m[1] ?? '')} → ${name(m[3] ?? '')}${reply ? ' (reply)' : ''}: ${plainLabel(m[4] ?? '')}`,
      });
    } else if ((m = NOTE.exec(line))) {
      const who = m[3] ? `${name(m[2] ?? '')} and ${name(m[3])}` : name(m[2] ?? '');
      current().push({ text: `Note (${(m[1] ?? '').toLowerCase()} ${who}): ${plainLabel(m[4] ?? '')}` });
    } else if ((m = BLOCK.exec(line))) {
      const word = m[1] ?? '';
      const item: TextItem = {
        text: `${blockWords[word] ?? word}${m[2] ? `: ${plainLabel(m[2])}` : ''}`,
        children: [],
      };
      if (['else', 'and', 'option'].includes(word)) stack.pop();
      current().push(item);
      stack.push(item.children ?? []);
    } else if (line === 'end') stack.pop();
  }
  return [{ heading: 'Step by step:', ordered: true, items: root }];
}

function describeFlowchart(source: string): TextSection[] {
  const graph = parseMermaid(source);
  const label = (id: string) => plainLabel(graph.nodes.get(id)?.label ?? id);
  const grouped = new Set<string>();
  const group = (g: MermaidSubgraph): TextItem => {
    g.nodeIds.forEach((id) => grouped.add(id));
    const children = g.children.map(group);
    const direct = g.nodeIds.filter((id) => !g.children.some((c) => c.nodeIds.includes(id)));
    const text = `${plainLabel(g.label)}${direct.length ? `: ${direct.map(label).join('; ')}` : ''}`;
    return children.length ? { text, children } : { text };
  };
  const sections: TextSection[] = [];
  const groups = graph.subgraphs.map(group);
  const loose = [...graph.nodes.keys()].filter(
    (id) => !grouped.has(id) && !graph.edges.some((e) => e.source === id || e.target === id),
  );
  if (groups.length)
    sections.push({
      heading: 'Parts, outermost first:',
      ordered: false,
      items: [...groups, ...loose.map((id) => ({ text: label(id) }))],
    });
  else if (loose.length)
    sections.push({ heading: 'Parts:', ordered: false, items: loose.map((id) => ({ text: label(id) })) });
  if (graph.edges.length) {
    const items = graph.edges.map((e) => {
      const arrow = e.hasArrowEnd ? (e.hasArrowStart ? '↔' : '→') : '—';
      const how = e.style === 'dotted' ? ' (dotted)' : e.style === 'thick' ? ' (thick)' : '';
      return {
        text: `${label(e.source)} ${arrow} ${label(e.target)}${how}${e.label ? `: ${plainLabel(e.label)}` : ''}`,
      };
    });
    sections.push({ heading: 'Arrows:', ordered: true, items });
  }
  return sections;
}

/** The sections of a valid source's text alternative (validate it first). */
export function describeDiagram(source: string): TextSection[] {
  const lines = source.split('\n').filter((l) => l.trim() !== '' && !l.trim().startsWith('%%'));
  const kind = diagramKind((lines[0] ?? '').trim());
  return kind === 'sequence' ? describeSequence(lines) : describeFlowchart(lines.join('\n'));
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => entities[c] ?? c);

function listHtml(items: readonly TextItem[], ordered: boolean): string {
  const tag = ordered ? 'ol' : 'ul';
  const lis = items.map((i) => `<li>${escape(i.text)}${i.children?.length ? listHtml(i.children, ordered) : ''}</li>`);
  return `<${tag}>${lis.join('')}</${tag}>`;
}

export function describeHtml(sections: readonly TextSection[]): string {
  return sections.map((s) => `<p>${escape(s.heading)}</p>${listHtml(s.items, s.ordered)}`).join('');
}
