/**
 * The calculator's results as HTML strings, from one function used twice: by
 * DensityCalculator.astro at build time (the default scenario, complete without JavaScript) and
 * by the behaviour each time the committed inputs change. One renderer means the results markup
 * is written once and the two can never disagree. Each piece fills a container that stays in
 * place (data-dc="…"), and no piece holds anything focusable, so replacing a piece never takes
 * the reader's focus or an open <details> away. The words come in as an argument (from labels.ts
 * at build time, from the page's JSON at run time) so they stay out of the script bundle.
 */
import { OTHER, segments } from '@lib/charts/segments.ts';
import type { Mode, ModeResult } from '@lib/density/calculate.ts';
import type { Inputs } from '@lib/density/inputs.ts';

export interface Words {
  mode: Record<string, string>;
  short: Record<string, string>;
  binding: Record<string, string>;
  profile: Record<string, string>;
  hv: Record<string, string>;
  /** Each chart's part labels, by chart id. */
  parts: Record<string, Record<string, string>>;
}

export interface View {
  modes: readonly Mode[];
  results: Record<Mode, ModeResult>;
  inputs: Inputs;
}

/** One stacked bar per mode: what it shows, its parts in drawing order, and their unit. */
export interface Chart {
  id: string;
  title: string;
  parts: readonly string[];
  values: (r: ModeResult) => Record<string, number>;
  format: (value: number) => string;
  /** A sentence under the bar for what no part can show (CPU promised beyond the host). */
  note?: (r: ModeResult) => string;
}

/**
 * Narrowest segment drawn, as a share of the bar: about 20 px of a 390 px phone's bar. Anything
 * smaller joins "other" (see src/lib/charts/segments.ts).
 */
export const MIN_SHARE = 0.06;

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (text: string | number): string => String(text).replace(/[&<>"']/g, (c) => escapes[c] ?? c);

const fmt = (n: number): string => n.toLocaleString('en-US');
export const gib = (mib: number): string => `${fmt(Number((mib / 1024).toFixed(1)))} GiB`;
export const cores = (millicores: number): string => `${fmt(Number((millicores / 1000).toFixed(2)))} CPU`;
export const percent = (share: number): string =>
  share === 0 ? '0%' : share < 0.01 ? '<1%' : `${fmt(Math.round(share * 100))}%`;

const label = (map: Record<string, string>, key: string): string => map[key] ?? key;

/** The counts, kept in view while the reader edits (sticky; see density.css). */
function now({ modes, results }: View, w: Words): string {
  const items = modes.map((m) => {
    const r = results[m];
    return `<li><span>${esc(label(w.short, m))}</span> <strong>${esc(fmt(r.count))}</strong> <span class="dc-bind">${esc(label(w.binding, r.binding))}</span></li>`;
  });
  return items.join('');
}

function caption(i: Inputs, w: Words): string {
  return esc(
    `${i.cores} cores × ${i.threads} threads, ${i.ram} GiB; a workload requesting ${i.cpu}m CPU and ${i.mem} MiB` +
      ` (limits ${i.cpuLimit}m, ${i.memLimit} MiB); ` +
      `${label(w.profile, i.profile)} reservations, ${i.maxPods} max pods, ${i.dsPods} DaemonSet pods; ` +
      `${i.nodeCpu} vCPU / ${i.nodeMem} GiB node VMs; ${label(w.hv, i.hv)} overhead; ` +
      `overcommit ${i.cpuRatio}:1 CPU, ${i.memRatio}:1 memory; ` +
      `a pool of ${fmt(i.hosts)} hosts that still holds everything with ${fmt(i.spares)} down.`,
  );
}

function table({ modes, results, inputs }: View, w: Words): string {
  const rows = modes.map((m) => {
    const r = results[m];
    return (
      `<tr><th scope="row">${esc(label(w.mode, m))}</th>` +
      `<td><output name="${esc(m)}" aria-live="off">${esc(fmt(r.count))}</output>` +
      `<small>${esc(fmt(r.pool.total))} in the pool</small></td>` +
      `<td><strong>${esc(label(w.binding, r.binding))}.</strong> ${esc(r.reason)}${r.estimate ? ' Rests on an estimate.' : ''}` +
      `<small>Requests: ${percent(r.cpuUtil)} of the host’s CPU, ${percent(r.memUtil)} of its memory.</small>` +
      `<small>At their limits: ${esc(r.burst.reason)}</small></td></tr>`
    );
  });
  return (
    `<table class="dc-results"><caption>${caption(inputs, w)}</caption>` +
    '<thead><tr><th scope="col">Model</th><th scope="col">Fits on a host</th><th scope="col">What runs out first</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

/** A bar (hidden from assistive technology) and the same figures as text beneath it. */
function bar(chart: Chart, r: ModeResult, w: Words): string {
  const values = chart.values(r);
  const names = w.parts[chart.id] ?? {};
  const segs = segments(
    chart.parts.map((key) => ({ key, value: values[key] ?? 0 })),
    MIN_SHARE,
  );
  const style = (key: string) => (key === OTHER ? 'other' : `s${chart.parts.indexOf(key)} k-${esc(key)}`);
  const drawn = segs.map(
    (s) =>
      `<span class="dc-seg ${style(s.key)}" style="flex-grow:${s.width.toFixed(4)}" data-key="${esc(s.key)}"></span>`,
  );
  const key = segs.map((s) => {
    const what =
      s.key === OTHER
        ? `Other ${percent(s.share)}: ${s.members.map((p) => `${label(names, p.key)} ${chart.format(p.value)}`).join(', ')}`
        : `${label(names, s.key)} ${percent(s.share)}, ${chart.format(s.value)}`;
    return `<li><i class="dc-swatch ${style(s.key)}"></i>${esc(what)}</li>`;
  });
  const note = chart.note?.(r);
  if (note) key.push(`<li>${esc(note)}</li>`);
  return (
    `<div class="dc-chart" data-chart="${esc(chart.id)}"><p class="dc-chart-h">${esc(chart.title)}</p>` +
    `<div class="dc-bar" aria-hidden="true">${drawn.join('')}</div><ul class="dc-key">${key.join('')}</ul></div>`
  );
}

function charts(view: View, w: Words, list: readonly Chart[]): string {
  return view.modes
    .map((m) => {
      const r = view.results[m];
      return (
        `<li class="dc-mode"><p class="dc-mode-h"><strong>${esc(label(w.mode, m))}</strong>: ${esc(fmt(r.count))} fit` +
        ` (what runs out first: ${esc(label(w.binding, r.binding))})</p>` +
        `<div class="dc-pair">${list.map((c) => bar(c, r, w)).join('')}</div></li>`
      );
    })
    .join('');
}

/** Every part of one chart in full, per mode: the table behind the grouped bars. */
function partsTable({ modes, results }: View, w: Words, chart: Chart): string {
  const names = w.parts[chart.id] ?? {};
  const head = chart.parts.map((p) => `<th scope="col">${esc(label(names, p))}</th>`).join('');
  const rows = modes.map((m) => {
    const values = chart.values(results[m]);
    const cells = chart.parts.map((p) => `<td>${esc(chart.format(values[p] ?? 0))}</td>`).join('');
    return `<tr><th scope="row">${esc(label(w.mode, m))}</th>${cells}</tr>`;
  });
  return `<table><thead><tr><th scope="col">Model</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** Each piece's HTML, keyed by the data-dc attribute of the container it fills. */
export function renderResults(view: View, w: Words, list: readonly Chart[]): Record<string, string> {
  const out: Record<string, string> = { now: now(view, w), table: table(view, w), charts: charts(view, w, list) };
  for (const chart of list) out[`${chart.id}-table`] = partsTable(view, w, chart);
  return out;
}
