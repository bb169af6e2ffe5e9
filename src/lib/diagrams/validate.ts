/**
 * A line-by-line check of a diagram's Mermaid source. The renderer skips or misreads a line it
 * does not understand (a stray word becomes a node), so every line must match a form we accept,
 * and a mistake names its line and what to write instead.
 */

export type DiagramKind = 'sequence' | 'flowchart';

export interface SourceProblem {
  /** 1-based line within the diagram source. */
  line: number;
  message: string;
}

const ID = String.raw`[A-Za-z_]\w*`;
// A node with an optional shape: ["quoted"], [[…]], [(…)], ([…]), ((…)), {{…}}, […], (…), {…}, >…].
const SHAPE = String.raw`(?:\["[^"]*"\]|\("[^"]*"\)|\{"[^"]*"\}|\[\[[^\]]*\]\]|\[\([^)]*\)\]|\(\[[^\]]*\]\)|\(\([^)]*\)\)|\{\{[^}]*\}\}|\[[^\]"]*\]|\([^)"]*\)|\{[^}"]*\}|>[^\]]*\])`;
const NODE = `${ID}${SHAPE}?(?::::${ID})?`;
const ARROW = String.raw`(?:<?-->|<?---|<?-\.->|-\.-|<?==>|===)`;
const EDGE = String.raw`\s*${ARROW}(?:\|[^|]*\|)?\s*`;
const FLOW_LINE = new RegExp(`^${NODE}(?:${EDGE}${NODE})*$`);
const FLOW_HEADER = /^(?:graph|flowchart)\s+(?:TD|TB|LR|RL|BT)$/;
const SUBGRAPH = new RegExp(String.raw`^subgraph\s+(?:${ID}(?:\s*\[[^\]]+\]|\s*\["[^"]+"\])?|"[^"]+")$`);
const DIRECTION = /^direction\s+(?:TD|TB|LR|RL|BT)$/;
const CLASS_DEF = new RegExp(`^classDef\\s+${ID}\\s+(.+)$`);
const CLASS = new RegExp(`^class\\s+${ID}(?:\\s*,\\s*${ID})*\\s+${ID}$`);

const PARTICIPANT = new RegExp(`^(?:participant|actor)\\s+${ID}(?:\\s+as\\s+.+)?$`);
const MESSAGE = new RegExp(String.raw`^(${ID})\s*(?:->>|-->>|->|-->|-x|--x|-\)|--\))\s*[+-]?\s*(${ID})\s*:\s*\S.*$`);
const NOTE = new RegExp(`^Note\\s+(?:left of|right of|over)\\s+${ID}(?:\\s*,\\s*${ID})?\\s*:\\s*\\S.*$`, 'i');
const BLOCK_OPEN = /^(?:loop|alt|opt|par|critical|break)(?:\s+.*)?$/;
const BLOCK_MIDDLE = /^(?:else|and|option)(?:\s+.*)?$/;
const ACTIVATION = new RegExp(`^(?:activate|deactivate)\\s+${ID}$`);

/** Colours come from the site's tokens so a diagram follows the theme; a literal colour would not. */
function literalColour(styles: string): boolean {
  return /#[0-9a-f]{3,8}\b|rgb|hsl|\b(?:red|blue|green|black|white|gr[ae]y|orange|yellow|purple)\b/i.test(styles);
}

export function diagramKind(firstLine: string): DiagramKind | undefined {
  if (firstLine === 'sequenceDiagram') return 'sequence';
  if (FLOW_HEADER.test(firstLine)) return 'flowchart';
  return undefined;
}

/** The problems in a source, in line order; an empty list means the renderer will read every line. */
export function validateDiagram(source: string): SourceProblem[] {
  const lines = source.split('\n');
  const problems: SourceProblem[] = [];
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first === -1)
    return [{ line: 1, message: 'the diagram is empty: start with "sequenceDiagram" or "flowchart TD"' }];
  const header = (lines[first] ?? '').trim();
  const kind = diagramKind(header);
  if (!kind) {
    return [
      {
        line: first + 1,
        message: `"${header}" is not a diagram type this site draws: start with "sequenceDiagram" or "flowchart TD" (or LR, BT, RL)`,
      },
    ];
  }
  let depth = 0;
  let openedAt = 0;
  for (let i = first + 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    const at = i + 1;
    if (line === '' || line.startsWith('%%')) continue;
    if (line === 'end') {
      if (depth === 0) problems.push({ line: at, message: '"end" closes nothing: remove it, or open a block above' });
      else depth--;
      continue;
    }
    if (kind === 'flowchart') {
      if (SUBGRAPH.test(line)) {
        if (depth === 0) openedAt = at;
        depth++;
        continue;
      }
      if (DIRECTION.test(line) || CLASS.test(line)) continue;
      const def = CLASS_DEF.exec(line);
      if (def) {
        if (literalColour(def[1] ?? ''))
          problems.push({
            line: at,
            message:
              "write colours as the site's tokens (fill:var(--ia-accent-soft)), never literal, so the diagram follows the theme",
          });
        continue;
      }
      if (/^(?:style|linkStyle)\b/.test(line)) {
        problems.push({
          line: at,
          message: `"${line.split(/\s/)[0]}" bakes colours in: use classDef with the site's tokens and class`,
        });
        continue;
      }
      if (!FLOW_LINE.test(line))
        problems.push({
          line: at,
          message: `not understood: "${line}". Write a node (id["label"]) or nodes joined by arrows (a --> b, a -->|label| b, a -.-> b)`,
        });
    } else {
      if (BLOCK_OPEN.test(line)) {
        if (depth === 0) openedAt = at;
        depth++;
        continue;
      }
      if (BLOCK_MIDDLE.test(line)) {
        if (depth === 0)
          problems.push({
            line: at,
            message: `"${line.split(/\s/)[0]}" outside a block: it belongs inside alt, par or critical`,
          });
        continue;
      }
      if (PARTICIPANT.test(line) || NOTE.test(line) || ACTIVATION.test(line) || line === 'autonumber') continue;
      if (!MESSAGE.test(line))
        problems.push({
          line: at,
          message: `not understood: "${line}". Write a message as "a->>b: text" (->> call, -->> reply), or participant, Note over, loop … end`,
        });
    }
  }
  if (depth > 0) problems.push({ line: openedAt, message: `a block opened here is never closed: add "end"` });
  return problems;
}
