/**
 * Builds an element. Attributes are set as text; `text` fills it as text. `html` is only ever
 * question text rendered at build time from schema-checked Markdown, which refuses raw HTML
 * (src/lib/questions/schema.ts): never anything from the address, storage or the reader.
 */
export type Attrs = Record<string, string | false | undefined> & { text?: string; html?: string };

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  children: Array<Node | string> = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'text') node.textContent = value;
    else if (name === 'html') node.innerHTML = value;
    else node.setAttribute(name, value);
  }
  node.append(...children);
  return node;
}

/** Says `text` in the page's polite live region, again even when it is the same words. */
export function announcer(region: HTMLElement): (text: string) => void {
  return (text) => {
    region.textContent = region.textContent === text ? `${text}\u00a0` : text;
  };
}
