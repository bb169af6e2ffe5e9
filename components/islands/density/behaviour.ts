/**
 * Brings the prerendered calculator to life without a framework. The form, its notes and the
 * results for the default scenario are HTML already (DensityCalculator.astro); this keeps the
 * reader's state and, when it changes, updates the form's messages in place and re-renders the
 * result pieces with the same renderer the build used. Form controls are never replaced, so
 * focus and whatever the reader typed stay where they are.
 *
 * Results and the URL query follow the committed inputs (src/lib/density/committed.ts): a valid
 * set that stood still for a moment, or that the reader confirmed by leaving the field, choosing
 * in a select or pressing Enter. A keystroke on the way to another value never drives them.
 */
import { computeAll, modes } from '@lib/density/calculate.ts';
import { SETTLE_MS, sameInputs, staleFields } from '@lib/density/committed.ts';
import {
  defaults,
  limitOf,
  setRequest,
  unusableNumber,
  validate,
  type Field,
  type Inputs,
  type NumberField,
  type RequestField,
} from '@lib/density/inputs.ts';
import { presetById, presetFor } from '@lib/density/presets.ts';
import { parseQuery, toQuery } from '@lib/density/url-state.ts';
import { charts } from './charts.ts';
import { renderResults, type Words } from './render.ts';
import { showError } from './field-error.ts';

type Control = HTMLInputElement | HTMLSelectElement;
/** How long the reader must pause before the results are read out: a summary, not a number per keystroke. */
const ANNOUNCE_MS = 900;

export function startCalculator(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form');
  const live = root.querySelector<HTMLElement>('[data-dc-live]');
  const staleNote = root.querySelector<HTMLElement>('[data-dc-stale]');
  const staleFlag = root.querySelector<HTMLElement>('[data-dc-flag]');
  const words = JSON.parse(root.querySelector('[data-dc-words]')?.textContent ?? '{}') as Words & {
    field: Record<string, string>;
  };
  if (!form || !live || !staleNote || root.dataset['ready']) return;
  root.dataset['ready'] = 'true';

  const controls = [...form.elements].filter(
    (el): el is Control => (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) && el.name !== '',
  );
  const fields = controls.filter((c) => c.name !== 'preset');
  const byName = (name: string) => controls.find((c) => c.name === name);

  /** The text of every field as the reader left it, including text the browser cannot read as a number. */
  let raw: Record<string, string> = Object.fromEntries(fields.map((c) => [c.name, c.value]));
  const unreadable = new Set<NumberField>();
  let presetError = '';
  /** Becomes true on the reader's first edit: until then the URL is left as the reader opened it. */
  let edited = false;
  /** What the results and the URL show: the last valid inputs the reader finished entering. */
  let committed: Inputs = defaults;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  let pendingSummary = '';

  const errorsNow = () => {
    const checked = validate(raw);
    const errors: Partial<Record<string, string>> = { ...checked.errors };
    for (const f of unreadable) errors[f] = unusableNumber(f);
    return { inputs: unreadable.size === 0 ? checked.inputs : null, errors };
  };

  const summary = (valid: boolean) => {
    if (!valid) return 'Input needs fixing; the results shown are for the last valid inputs.';
    const results = computeAll(committed);
    return modes
      .map((m) => `${words.mode[m]}: ${results[m].count.toLocaleString('en-US')}, ${words.binding[results[m].binding]}`)
      .join('; ');
  };

  const announceLater = (valid: boolean) => {
    const text = summary(valid);
    if (!edited || text === pendingSummary) return;
    pendingSummary = text;
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => (live.textContent = text), ANNOUNCE_MS);
  };

  const commit = (inputs: Inputs) => {
    committed = inputs;
    const pieces = renderResults({ modes, results: computeAll(inputs), inputs }, words, charts);
    for (const [key, html] of Object.entries(pieces)) {
      const box = root.querySelector(`[data-dc="${key}"]`);
      if (box && box.innerHTML !== html) box.innerHTML = html;
    }
    // The select notes follow the values the results use.
    for (const select of fields) {
      if (!(select instanceof HTMLSelectElement)) continue;
      const value = String(inputs[select.name as Field]);
      for (const span of root.querySelectorAll<HTMLElement>(`#dc-${select.name}-n [data-option]`)) {
        span.hidden = span.dataset['option'] !== value;
      }
    }
    if (edited) history.replaceState(history.state, '', `?${toQuery(inputs)}${location.hash}`);
    announceLater(true);
  };

  /** Brings messages, the preset and the results up to date; `now` when the value is final. */
  const update = (now: boolean) => {
    const { inputs, errors } = errorsNow();
    for (const c of fields) showError(c, errors[c.name]);
    const preset = byName('preset');
    if (preset) {
      preset.value = presetFor(Number(raw['cpu']), Number(raw['mem']));
      showError(preset, presetError || undefined);
      for (const span of root.querySelectorAll<HTMLElement>('#dc-preset-n [data-option]')) {
        span.hidden = span.dataset['option'] !== preset.value;
      }
    }
    clearTimeout(settleTimer);
    if (inputs && !sameInputs(inputs, committed)) {
      if (now) commit(inputs);
      else settleTimer = setTimeout(() => commit(inputs), SETTLE_MS);
    }
    staleNote.hidden = inputs !== null;
    // The counts kept in view say so too, in short, since the note itself may be off screen.
    if (staleFlag) staleFlag.hidden = inputs !== null;
    if (!inputs) {
      const stale = staleFields(raw, committed)
        .map((s) => `${words.field[s.field] ?? s.field} ${s.shown.toLocaleString('en-US')}`)
        .join(', ');
      staleNote.textContent = `Showing the results for the last valid inputs${stale ? ` (${stale})` : ''}: fix the marked field to update them.`;
    }
    announceLater(inputs !== null);
  };

  const isRequest = (name: string): name is RequestField => name in limitOf;

  /** The request being typed in, and whether its limit moves with it: decided at the first keystroke. */
  let typing: { field: RequestField; follows: boolean } | null = null;

  /** `done` is false for a keystroke on the way to a value. */
  const edit = (c: Control, done = true) => {
    edited = true;
    presetError = '';
    if (isRequest(c.name)) {
      // A limit that matched its request moves with it (setRequest), in the form too. Whether it
      // matched is judged before the reader's first keystroke, so a value passed on the way (5000
      // on the way to 50000) never captures a limit the reader set apart.
      const follows =
        typing?.field === c.name ? typing.follows : (raw[limitOf[c.name]] ?? '').trim() === (raw[c.name] ?? '').trim();
      typing = done ? null : { field: c.name, follows };
      raw = follows ? setRequest(raw, c.name, c.value) : { ...raw, [c.name]: c.value };
      const limit = byName(limitOf[c.name]);
      if (limit && limit.value !== raw[limit.name]) limit.value = raw[limit.name] ?? '';
    } else {
      typing = null;
      raw[c.name] = c.value;
    }
    if (c instanceof HTMLInputElement && c.validity.badInput) unreadable.add(c.name as NumberField);
    else unreadable.delete(c.name as NumberField);
  };

  const choosePreset = (id: string) => {
    const p = presetById(id);
    if (!p) return;
    for (const [name, value] of [
      ['cpu', p.cpu],
      ['mem', p.mem],
    ] as const) {
      const input = byName(name);
      if (!input) continue;
      input.value = String(value);
      edit(input);
    }
  };

  const onChange = (event: Event, now: boolean) => {
    const c = event.target;
    if (!(c instanceof HTMLInputElement || c instanceof HTMLSelectElement) || !c.name) return;
    // A select's choice is complete at once; it fires "input" too, which is left to "change".
    if (c instanceof HTMLSelectElement && !now) return;
    if (c.name === 'preset') {
      edited = true;
      presetError = '';
      choosePreset(c.value);
    } else edit(c, now);
    update(now);
  };
  form.addEventListener('input', (e) => onChange(e, false));
  form.addEventListener('change', (e) => onChange(e, true));

  // Results are live, so submitting (Enter, or the button) only helps the reader along: it moves
  // focus to the first field that needs fixing, or reads the results out at once, not after the pause.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const { inputs, errors } = errorsNow();
    // First in the form's order, which is not the model's (the workload comes before the host).
    const first = fields.find((c) => errors[c.name]);
    if (first) {
      first.focus();
      return;
    }
    clearTimeout(settleTimer);
    if (inputs && !sameInputs(inputs, committed)) commit(inputs);
    clearTimeout(announceTimer);
    const text = summary(true);
    // A changed text is announced again even when the results have not changed since last time.
    live.textContent = live.textContent === text ? `${text}.` : text;
    pendingSummary = text;
  });

  // What the reader typed or chose before this script arrived counts as their edit.
  let early = false;
  for (const c of controls) {
    const changed =
      c instanceof HTMLInputElement
        ? c.value !== c.defaultValue || c.validity.badInput
        : !c.options[c.selectedIndex]?.defaultSelected;
    if (!changed) continue;
    early = true;
    if (c.name === 'preset') {
      edited = true;
      choosePreset(c.value);
    } else edit(c);
  }

  // The browser restored fields (back, forward, reload) into a page whose link holds the last
  // valid inputs: those are what the results showed, so they are what a field to fix falls back on.
  const fromLink = early && location.search ? validate(parseQuery(location.search).raw).inputs : null;
  if (fromLink) commit(fromLink);

  if (!early && location.search) {
    // A shared link: its text goes into the fields as it is, so a bad value gets its message.
    const parsed = parseQuery(location.search);
    for (const c of fields) {
      const text = parsed.raw[c.name as Field];
      raw[c.name] = text;
      c.value = text;
    }
    presetError = parsed.presetError ?? '';
  }
  if (early || location.search) update(true);
}
