/**
 * What a reader would see as broken, measured in the page in one pass (one page.evaluate per
 * page keeps the suite fast). Runs in the browser: no imports, no closures over test code.
 *
 * - overlap: an element of the main column paints over the sidebar or the table of contents
 *   (both stay in view while the page scrolls, so any horizontal overlap shows somewhere), or
 *   under the header at the top of the page;
 * - overflow: a visible box reaches past the main column, or the page scrolls sideways, or a
 *   region that scrolls sideways cannot be reached with the keyboard;
 * - title: the H1 is not entirely inside the first screen, below the header;
 * - tiny text: text rendered smaller than 12 CSS px (SVG text counts at its drawn size).
 */
export interface Violation {
  rule: 'overlap' | 'overflow' | 'title' | 'tiny-text';
  what: string;
}

export function measureLayout(): Violation[] {
  const out: Violation[] = [];
  const seen = new Set<string>();
  const add = (rule: Violation['rule'], what: string) => {
    const key = `${rule} ${what}`;
    if (!seen.has(key) && seen.size < 200) {
      seen.add(key);
      out.push({ rule, what });
    }
  };
  const name = (el: Element) => {
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : '';
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${el.tagName.toLowerCase()}${cls}> "${text}"`;
  };
  const visible = (r: DOMRect) => r.width > 1 && r.height > 1;
  const scrollY0 = window.scrollY;
  if (scrollY0 !== 0) window.scrollTo(0, 0);
  // A reader opens what is folded: measure it open.
  for (const d of document.querySelectorAll('main details')) (d as HTMLDetailsElement).open = true;

  const main = document.querySelector('main');
  const header = document.querySelector('.site-header');
  // Chrome beside the column (sidebar, rail) stays in view while the page scrolls, so any
  // horizontal overlap shows somewhere; chrome above it (header, "On this page" bar) must not
  // cover it at the top of the page.
  const mainBox = main?.getBoundingClientRect();
  const chrome = [...document.querySelectorAll('.site-header, #sidebar, .toc, .toc-bar')]
    .filter((el) => getComputedStyle(el).display !== 'none' && getComputedStyle(el).visibility !== 'hidden')
    .map((el) => ({ label: el.id ? `#${el.id}` : `.${el.className.split(' ')[0]}`, r: el.getBoundingClientRect() }))
    .filter(({ r }) => visible(r));
  const beside = chrome.filter(({ r }) => mainBox && (r.right <= mainBox.left + 1 || r.left >= mainBox.right - 1));
  const above = chrome.filter((c) => !beside.includes(c));
  const headerBox = header?.getBoundingClientRect();

  if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1) {
    add(
      'overflow',
      `the page scrolls sideways: ${document.documentElement.scrollWidth} px > ${document.documentElement.clientWidth} px`,
    );
  }

  if (main) {
    const column = main.getBoundingClientRect();
    const mainStyle = getComputedStyle(main);
    const left = column.left + parseFloat(mainStyle.paddingLeft) - 1;
    const right = column.right - parseFloat(mainStyle.paddingRight) + 1;

    // Depth-first walk carrying the clip rectangle of the scrolling/clipping ancestors.
    type Clip = { l: number; r: number; t: number; b: number };
    const walk = (el: Element, clip: Clip | null) => {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || style.clipPath.startsWith('inset')) return;
      const raw = el.getBoundingClientRect();
      let box: Clip | null = { l: raw.left, r: raw.right, t: raw.top, b: raw.bottom };
      if (clip) {
        box = {
          l: Math.max(box.l, clip.l),
          r: Math.min(box.r, clip.r),
          t: Math.max(box.t, clip.t),
          b: Math.min(box.b, clip.b),
        };
      }
      const shown = box.r - box.l > 1 && box.b - box.t > 1 && style.display !== 'contents';
      if (shown && el !== main) {
        if (box.r > right || box.l < left)
          add(
            'overflow',
            `${name(el)} spans ${Math.round(box.l)}–${Math.round(box.r)} px, column ${Math.round(left)}–${Math.round(right)}`,
          );
        for (const { label, r } of beside) {
          if (box.l < r.right - 1 && box.r > r.left + 1) add('overlap', `${name(el)} runs under ${label}`);
        }
        for (const { label, r } of above) {
          if (box.t < r.bottom - 1 && box.b > r.top + 1 && box.l < r.right - 1 && box.r > r.left + 1) {
            add('overlap', `${name(el)} is under ${label} at the top of the page`);
          }
        }
        const size = parseFloat(style.fontSize);
        const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
        if (hasText) {
          let drawn = size;
          if (el instanceof SVGGraphicsElement) drawn = size * Math.abs(el.getScreenCTM()?.d ?? 1);
          if (drawn < 11.95) add('tiny-text', `${name(el)} at ${drawn.toFixed(1)} px`);
        }
      }
      let inner = clip;
      const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      if (clips) {
        inner = box;
        const scrolls = /auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
        const reachable =
          (el as HTMLElement).tabIndex >= 0 ||
          el.querySelector('a[href], button, input, select, textarea, [tabindex]') !== null;
        if (scrolls && !reachable) add('overflow', `${name(el)} scrolls sideways but the keyboard cannot reach it`);
      }
      for (const child of el.children) walk(child, inner);
    };
    walk(main, null);
  }

  const h1 = document.querySelector('h1');
  if (!h1) add('title', 'no H1');
  else {
    const r = h1.getBoundingClientRect();
    const top = headerBox?.bottom ?? 0;
    if (r.top < top - 1 || r.bottom > window.innerHeight) {
      add(
        'title',
        `H1 at ${Math.round(r.top)}–${Math.round(r.bottom)} px, first screen ${Math.round(top)}–${window.innerHeight} px`,
      );
    }
  }
  return out;
}
