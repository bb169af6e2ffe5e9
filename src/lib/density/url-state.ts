/**
 * The calculator's state in a link: `?cores=32&threads=2&ram=256&cpu=250&mem=64&profile=gke…`.
 * Parsing never judges a value (validation does, with a message per field); it only decides which
 * text each field starts from. A limit absent from the link equals its request, so links made
 * before limits existed (and links that do not burst) mean what they meant; so does a link made
 * before CPU overcommit defaulted to 4.0 (see LEGACY_CPU_RATIO).
 */
import { defaults, limitOf, numberFields, toRaw, type Field, type Inputs } from './inputs.ts';
import { presetById, presetFor, CUSTOM } from './presets.ts';

/** The fields every shared link carries; the others only when they differ from the default. */
const always: readonly Field[] = ['cores', 'threads', 'ram', 'cpu', 'mem', 'cpuRatio', 'profile', 'maxPods'];
/**
 * Every link has carried `cores`. One without `cpuRatio` was made while the default was 1 (no
 * overcommit), before it became Nova's 4.0, and keeps meaning 1.
 */
const LEGACY_CPU_RATIO = '1';
const fields = [...numberFields, 'hv', 'profile'] as const satisfies readonly Field[];
/** Longer than any sensible number; a pasted essay is cut before it reaches a message. */
const MAX_TEXT = 40;

export interface Parsed {
  raw: Record<Field, string>;
  /** Set when the link names a preset that does not exist. */
  presetError: string | null;
}

export function parseQuery(search: string): Parsed {
  const params = new URLSearchParams(search);
  const raw = toRaw(defaults);
  let presetError: string | null = null;
  const presetId = params.get('preset');
  if (presetId !== null && presetId !== CUSTOM) {
    const preset = presetById(presetId);
    if (preset) {
      raw.cpu = String(preset.cpu);
      raw.mem = String(preset.mem);
    } else presetError = 'This link names a preset that does not exist; the default workload is shown.';
  }
  // Explicit values win over the preset's, so a link may start from a preset and change it.
  for (const f of fields) {
    const v = params.get(f);
    if (v !== null) raw[f] = v.slice(0, MAX_TEXT);
  }
  if (params.has('cores') && !params.has('cpuRatio')) raw.cpuRatio = LEGACY_CPU_RATIO;
  for (const [request, limit] of Object.entries(limitOf) as [keyof typeof limitOf, Field][]) {
    if (!params.has(limit)) raw[limit] = raw[request];
  }
  return { raw, presetError };
}

/** The request each limit belongs to; a link writes a limit only when it differs from it. */
const requestOf = Object.fromEntries(Object.entries(limitOf).map(([request, limit]) => [limit, request])) as Partial<
  Record<Field, Field>
>;

export function toQuery(inputs: Inputs): string {
  const params = new URLSearchParams();
  for (const f of fields) {
    const request = requestOf[f];
    const differs = request ? inputs[f] !== inputs[request] : always.includes(f) || inputs[f] !== defaults[f];
    if (differs) params.set(f, String(inputs[f]));
  }
  params.set('preset', presetFor(inputs.cpu, inputs.mem));
  return params.toString();
}
