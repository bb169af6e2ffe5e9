/**
 * What the stack explorer does once the reader acts: select a layer (click, arrow keys), show it
 * in the details panel, trace one system call down the layers, and swap the figures when other
 * stacks are chosen. Loaded by mount.ts on the first interaction, so the island’s
 * first load stays small; the stacks’ data loads later still, only when the figures
 * must change.
 */

export interface Explorer {
  root: HTMLElement;
  panel: HTMLElement;
  uid: string;
  /** Writes roles and the roving tabindex into freshly rendered figures. */
  upgrade: () => void;
}

interface State {
  /** What the panel said before any layer was selected. */
  hint: Node[];
  selected: { stack: string; layer: string } | null;
  tracing: boolean;
  /** Which call is traced: write, fault or send (the steps' data-trace). */
  kind: string;
  reduced: boolean;
  step: number;
  timer: ReturnType<typeof setInterval> | undefined;
  loads: number;
}

const states = new WeakMap<HTMLElement, State>();

function stateOf(root: HTMLElement): State {
  let state = states.get(root);
  if (!state) {
    state = {
      hint: [],
      selected: null,
      tracing: false,
      kind: 'write',
      reduced: false,
      step: 0,
      timer: undefined,
      loads: 0,
    };
    states.set(root, state);
  }
  return state;
}

const all = <T extends Element>(el: ParentNode, selector: string) => [...el.querySelectorAll<T>(selector)];
const figures = (root: HTMLElement) => all<HTMLElement>(root, '[data-stack]');
const shownIds = (root: HTMLElement) => figures(root).map((f) => f.dataset['stack'] ?? '');
const textOf = (root: HTMLElement, stack: string | undefined) => root.querySelector(`[data-text="${stack}"]`);
const options = (fig: Element) => all<SVGGElement>(fig, 'g[data-layer]');
/** The selects that choose stacks, not the one that chooses the call to trace. */
const stackSelects = (root: HTMLElement) => all<HTMLSelectElement>(root, 'select:not([data-trace-kind])');
const stepsOf = (fig: Element, kind: string) => all<HTMLElement>(fig, `.steps[data-trace="${kind}"] [data-step]`);

/** Writes the state into the markup: selection, the layers lit in the other stack, the trace. */
function apply(ex: Explorer) {
  const s = stateOf(ex.root);
  const { selected, tracing, reduced } = s;
  const chosen =
    selected && ex.root.querySelector(`[data-stack="${selected.stack}"] g[data-layer="${selected.layer}"]`);
  const kin = chosen?.getAttribute('data-kind');
  ex.root.querySelector('[aria-pressed]')?.setAttribute('aria-pressed', String(tracing));
  ex.root.style.setProperty('--n', String(figures(ex.root).length));
  ex.root.dataset['n'] = String(figures(ex.root).length);
  for (const fig of figures(ex.root)) {
    const id = fig.dataset['stack'];
    const steps = stepsOf(fig, s.kind);
    for (const el of all<HTMLElement>(fig, '[data-trace]'))
      el.classList.toggle('other', el.dataset['trace'] !== s.kind);
    const at = Math.min(s.step, steps.length - 1);
    const passed = new Set(tracing ? steps.slice(0, at + 1).map((li) => li.dataset['step']) : []);
    fig.classList.toggle('tracing', tracing);
    fig.classList.toggle('reduced', reduced);
    for (const g of options(fig)) {
      const layer = g.dataset['layer'];
      const isSelected = selected?.stack === id && selected?.layer === layer;
      g.setAttribute('aria-selected', String(isSelected));
      g.classList.toggle('selected', isSelected);
      g.classList.toggle('kin', Boolean(kin) && selected?.stack !== id && g.dataset['kind'] === kin);
      g.classList.toggle('passed', passed.has(layer));
      g.classList.toggle('current', tracing && !reduced && layer === steps[at]?.dataset['step']);
    }
    steps.forEach((li, i) => {
      li.classList.toggle('on', tracing && i <= at);
      if (tracing && !reduced && i === at) li.setAttribute('aria-current', 'step');
      else li.removeAttribute('aria-current');
    });
    const lane = fig.querySelector(`.trace[data-trace="${s.kind}"]`) ?? fig;
    for (const m of all(fig, '.mark')) m.classList.remove('on');
    const marks = all<SVGCircleElement>(lane, '.mark');
    marks.forEach((m, i) => m.classList.toggle('on', i <= at));
    const mark = marks[at];
    const dot = lane.querySelector<SVGElement>('.dot');
    if (mark && dot) dot.style.transform = `translate(${mark.getAttribute('cx')}px,${mark.getAttribute('cy')}px)`;
    for (const li of all<HTMLElement>(textOf(ex.root, id) ?? fig, '[data-li]')) {
      li.classList.toggle('selected', selected?.stack === id && li.dataset['li'] === selected?.layer);
    }
  }
}

// The dot moves down one layer at a time; with reduced motion every step shows at once instead.
function startTrace(ex: Explorer) {
  const s = stateOf(ex.root);
  clearInterval(s.timer);
  s.reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  s.step = s.reduced ? Infinity : 0;
  if (s.tracing && !s.reduced) {
    const last = Math.max(...figures(ex.root).map((f) => stepsOf(f, s.kind).length)) - 1;
    s.timer = setInterval(() => {
      if (s.step < last) s.step += 1;
      else clearInterval(s.timer);
      apply(ex);
    }, 900);
  }
  apply(ex);
}

/** The panel repeats the layer's entry from the text under the diagram, after the stack's name. */
function describe(ex: Explorer, fig: HTMLElement, layer: string) {
  const s = stateOf(ex.root);
  if (s.hint.length === 0) s.hint = [...ex.panel.childNodes];
  const entry = textOf(ex.root, fig.dataset['stack'])?.querySelector(`[data-li="${layer}"]`)?.cloneNode(true);
  const head = document.createElement('p');
  head.textContent = `${fig.querySelector('.title')?.textContent}:`;
  const body = document.createElement('p');
  if (entry) body.append(...entry.childNodes);
  ex.panel.replaceChildren(head, body);
}

function pick(ex: Explorer, fig: HTMLElement, index: number) {
  const opts = options(fig);
  const i = Math.max(0, Math.min(opts.length - 1, index));
  const g = opts[i];
  const stack = fig.dataset['stack'];
  const layer = g?.dataset['layer'];
  if (!g || !stack || !layer) return;
  opts.forEach((o) => (o.tabIndex = o === g ? 0 : -1));
  stateOf(ex.root).selected = { stack, layer };
  describe(ex, fig, layer);
  apply(ex);
  g.focus();
}

const moves: Record<string, (i: number, count: number) => number> = {
  ArrowUp: (i) => i + 1,
  ArrowRight: (i) => i + 1,
  ArrowDown: (i) => i - 1,
  ArrowLeft: (i) => i - 1,
  Home: () => 0,
  End: (_, count) => count - 1,
  Enter: (i) => i,
  ' ': (i) => i,
};

export async function show(ex: Explorer, next: string[]) {
  const s = stateOf(ex.root);
  const load = ++s.loads;
  const m = await import('./stack-lazy.ts');
  if (load !== s.loads) return;
  const ids = m.sanitizeStackIds(next);
  stackSelects(ex.root).forEach((select, i) => (select.value = ids[i] ?? ''));
  if (ids.join() !== shownIds(ex.root).join()) {
    const html = m.figuresHtml(ids, `${ex.uid}-${load}`);
    const mains = ex.root.querySelector('.mains');
    const texts = ex.root.querySelector('.texts');
    if (mains) mains.innerHTML = html.main;
    if (texts) texts.innerHTML = html.text;
    ex.upgrade();
    if (s.selected && !ids.some((id) => id === s.selected?.stack)) {
      s.selected = null;
      ex.panel.replaceChildren(...s.hint);
    }
  }
  if (s.tracing) startTrace(ex);
  else apply(ex);
}

export async function fromUrl(ex: Explorer) {
  const m = await import('./stack-lazy.ts');
  await show(ex, m.stacksFromSearch(location.search, m.sanitizeStackIds(shownIds(ex.root))));
}

async function compare(ex: Explorer) {
  const m = await import('./stack-lazy.ts');
  const picked = stackSelects(ex.root).map((s) => s.value);
  const ids = m.sanitizeStackIds(picked.filter(Boolean));
  history.replaceState(history.state, '', location.pathname + m.searchWithStacks(location.search, ids) + location.hash);
  await show(ex, ids);
}

export function handle(ex: Explorer, event: Event) {
  const target = event.target as Element;
  if (event.type === 'change' && target instanceof HTMLSelectElement && target.dataset['traceKind'] !== undefined) {
    // Choosing a call starts its trace: the reader asked to see that path.
    const s = stateOf(ex.root);
    s.kind = target.value;
    s.tracing = true;
    startTrace(ex);
    return;
  }
  if (event.type === 'change') {
    void compare(ex);
    return;
  }
  if (event.type === 'click' && target.closest('[aria-pressed]')) {
    const s = stateOf(ex.root);
    s.tracing = !s.tracing;
    startTrace(ex);
    return;
  }
  const g = target.closest<SVGGElement>('g[data-layer]');
  const fig = g?.closest<HTMLElement>('[data-stack]');
  if (!g || !fig) return;
  const index = options(fig).indexOf(g);
  if (event.type === 'click') pick(ex, fig, index);
  const move = event instanceof KeyboardEvent ? moves[event.key] : undefined;
  if (move) pick(ex, fig, move(index, options(fig).length));
}
