/**
 * A Shiki transformer for every fenced block in the pages: a frame with a title (```console
 * blocks are titled "Terminal"; any block can name its own with title="…" after the language),
 * a copy button (hidden until the page script runs), and in terminal sessions each line marked
 * as command or output with the prompt in a span of its own, so the copy button and the
 * stylesheet can tell them apart (see console.ts).
 */
import type { ShikiTransformer } from 'shiki';
import type { Element, ElementContent, Root } from 'hast';
import { classifySession, sessionLanguages, type ConsoleLine } from './console.ts';

const text = (node: ElementContent | undefined): string =>
  !node ? '' : node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '';

/** Splits the first `length` characters of a line off into a span of class "prompt". */
function splitPrompt(line: Element, length: number): void {
  const first = line.children[0];
  if (!first || first.type !== 'element') return;
  const value = text(first);
  const prompt: Element = {
    type: 'element',
    tagName: 'span',
    properties: { className: ['prompt'] },
    children: [{ type: 'text', value: value.slice(0, length) }],
  };
  const rest: Element = { ...first, children: [{ type: 'text', value: value.slice(length) }] };
  line.children.splice(0, 1, prompt, ...(value.length > length ? [rest] : []));
}

export function codeFrame(): ShikiTransformer {
  let kinds: ConsoleLine[] = [];
  return {
    name: 'isolation-atlas:code-frame',
    preprocess(code, options) {
      kinds = sessionLanguages.has(options.lang) ? classifySession(code.replace(/\n$/, '').split('\n')) : [];
    },
    line(node, line) {
      const kind = kinds[line - 1];
      if (!kind) return;
      this.addClassToHast(node, kind.kind === 'command' ? 'cmd' : 'out');
      if (kind.prompt > 0) splitPrompt(node, kind.prompt);
    },
    root(root: Root) {
      const pre = root.children.find((n): n is Element => n.type === 'element' && n.tagName === 'pre');
      if (!pre) return;
      const raw = this.options.meta?.__raw ?? '';
      const title =
        /title="([^"]+)"/.exec(raw)?.[1] ?? (sessionLanguages.has(this.options.lang) ? 'Terminal' : undefined);
      const frame: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['code'], ...(title && { dataTitle: title }) },
        children: [
          pre,
          {
            type: 'element',
            tagName: 'button',
            properties: {
              type: 'button',
              className: ['code-copy', 'needs-js'],
              dataCopy: kinds.length > 0 ? 'commands' : 'all',
            },
            children: [{ type: 'text', value: kinds.length > 0 ? 'Copy commands' : 'Copy' }],
          },
        ],
      };
      root.children = [frame];
    },
  };
}
