/**
 * The model against random and hostile input: whatever arrives, it never throws, never produces
 * NaN, Infinity, a negative or fractional count, and says why when nothing fits.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { computeAll, cpuParts, memoryParts, modes, type ModeResult } from './calculate.ts';
import { choiceSpecs, defaults, numberFields, numberSpecs, validate, type Field, type Inputs } from './inputs.ts';
import { allocatable, eksMaxPods, reservation } from './reservations.ts';
import { parseQuery } from './url-state.ts';

const RUNS = 10_000;
const TIMEOUT = 120_000;

/** Text a reader or a link could put in a field. */
const hostileText = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e309',
    '-1e309',
    '99999999',
    '0',
    '-5',
    '0x10',
    '1,5',
    'abc',
    '١٢',
    '9007199254740993',
    '1e-400',
    '--1',
  ),
  fc.double().map(String),
  fc.integer().map(String),
  fc.bigInt().map(String),
  fc.string(),
);

/** Numbers handed straight to the model, bypassing validation. */
const hostileNumber = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    0,
    -0,
    -5,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    // eslint-disable-next-line no-loss-of-precision -- 1e309 is meant to overflow to Infinity
    1e309,
  ),
  fc.double(),
  fc.integer(),
);

/** Valid inputs across each field's whole range; limits at or above requests, spares below hosts. */
const anyInputs: fc.Arbitrary<Inputs> = fc.record({
  ...(Object.fromEntries(
    numberFields.map((f) => {
      const s = numberSpecs[f];
      // Mostly small values, where the interesting edges are, and sometimes anything in range.
      const small = fc.integer({ min: s.min, max: Math.min(s.max, Math.max(s.min, 4 * s.value + 8)) });
      const any = fc.integer({ min: s.min, max: s.max });
      const value = s.integer
        ? fc.oneof(small, any)
        : fc.integer({ min: s.min * 100, max: s.max * 100 }).map((n) => n / 100);
      return [f, value];
    }),
  ) as Record<string, fc.Arbitrary<number>>),
  hv: fc.constantFrom(...choiceSpecs.hv.options),
  profile: fc.constantFrom(...choiceSpecs.profile.options),
}) as unknown as fc.Arbitrary<Inputs>;
const validInputs: fc.Arbitrary<Inputs> = anyInputs.map((i) => ({
  ...i,
  cpuLimit: Math.max(i.cpuLimit, i.cpu),
  memLimit: Math.max(i.memLimit, i.mem),
  hosts: Math.max(i.hosts, i.spares + 1),
}));

/** What is wrong with a result, if anything. Plain checks: `expect` per value is too slow at this volume. */
function problems(result: Record<string, ModeResult>): string[] {
  const found: string[] = [];
  const natural = (n: number) => Number.isSafeInteger(n) && n >= 0 && !Object.is(n, -0);
  for (const mode of modes) {
    const r = result[mode] as ModeResult;
    if (!natural(r.count)) found.push(`${mode}: count ${r.count}`);
    if (!(Number.isFinite(r.cpuUtil) && r.cpuUtil >= 0)) found.push(`${mode}: cpuUtil ${r.cpuUtil}`);
    if (!(Number.isFinite(r.memUtil) && r.memUtil >= 0)) found.push(`${mode}: memUtil ${r.memUtil}`);
    for (const part of memoryParts) if (!natural(r.memory[part])) found.push(`${mode}: ${part} ${r.memory[part]}`);
    for (const part of cpuParts) if (!natural(r.cpu[part])) found.push(`${mode}: cpu ${part} ${r.cpu[part]}`);
    if (!natural(r.cpuOvercommitted)) found.push(`${mode}: cpuOvercommitted ${r.cpuOvercommitted}`);
    if (!natural(r.pool.total) || !natural(r.pool.perHost)) found.push(`${mode}: pool ${JSON.stringify(r.pool)}`);
    if (r.pool.perHost > r.count) found.push(`${mode}: ${r.pool.perHost} a host in the pool, ${r.count} fit`);
    const b = r.burst;
    for (const n of [b.cpuLimits, b.cpuRoom, b.memLimits, b.memRoom])
      if (!(Number.isFinite(n) && n >= 0)) found.push(`${mode}: burst ${JSON.stringify(b)}`);
    if (b.reason.length < 10 || /NaN|Infinity|undefined/.test(b.reason)) found.push(`${mode}: burst "${b.reason}"`);
    if ((r.count === 0) !== (r.binding === 'none-fit'))
      found.push(`${mode}: count ${r.count} with binding ${r.binding}`);
    if (r.reason.length < 10 || /NaN|Infinity|undefined/.test(r.reason)) found.push(`${mode}: reason "${r.reason}"`);
  }
  return found;
}

function expectSound(result: Record<string, ModeResult>): void {
  const found = problems(result);
  if (found.length > 0) throw new Error(found.join('; '));
}

describe('property: hostile text through validation', () => {
  it(
    'never throws; every bad field gets a message; valid text gives sound results',
    () => {
      const fields = [...numberFields, 'hv', 'profile'] as Field[];
      const rawRecord = fc.record(
        Object.fromEntries(fields.map((f) => [f, fc.oneof(fc.constant(String(defaults[f])), hostileText)])),
      );
      fc.assert(
        fc.property(rawRecord, (raw) => {
          const { inputs, errors } = validate(raw);
          const bad = Object.keys(errors);
          if ((inputs === null) !== bad.length > 0)
            throw new Error('inputs must be null exactly when a field has an error');
          for (const f of bad) if (!/\S/.test(errors[f as Field] ?? '')) throw new Error(`${f}: empty message`);
          if (inputs) expectSound(computeAll(inputs));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'links never throw, whatever their query string',
    () => {
      fc.assert(
        fc.property(fc.string(), fc.dictionary(fc.string(), hostileText), (junk, dict) => {
          const query = `?${junk}&${new URLSearchParams(dict).toString()}`;
          validate(parseQuery(query).raw);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

describe('property: hostile numbers straight into the model', () => {
  it(
    'never throws and never returns a broken number',
    () => {
      const record = fc.record(
        Object.fromEntries(numberFields.map((f) => [f, fc.oneof(fc.constant(defaults[f]), hostileNumber)])),
      );
      fc.assert(
        fc.property(
          record,
          fc.constantFrom<unknown>(...choiceSpecs.profile.options, 'nomad', undefined),
          (numbers, profile) => {
            const inputs = { ...defaults, ...numbers, profile } as Inputs;
            expectSound(computeAll(inputs));
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

describe('property: valid inputs across the whole range', () => {
  it(
    'counts are sound, memory adds up to the host’s RAM, and nothing-fits comes with its reason',
    () => {
      fc.assert(
        fc.property(validInputs, (i) => {
          const result = computeAll(i);
          expectSound(result);
          for (const mode of modes) {
            const r = result[mode];
            const total = memoryParts.reduce((sum, part) => sum + r.memory[part], 0);
            if (total !== i.ram * 1024) throw new Error(`${mode}: memory adds up to ${total}, not ${i.ram * 1024}`);
            const cpu = cpuParts.reduce((sum, part) => sum + r.cpu[part], 0);
            const threads = i.cores * i.threads * 1000;
            if (cpu !== threads) throw new Error(`${mode}: CPU adds up to ${cpu}, not ${threads}`);
            if (r.pool.total !== r.count * (i.hosts - i.spares))
              throw new Error(`${mode}: pool ${r.pool.total} for ${r.count} × (${i.hosts} − ${i.spares})`);
          }
          // Pods never exceed the addresses an EKS node has.
          const ips = i.profile === 'eks' ? eksMaxPods(i.enis, i.ipsPerEni) : Infinity;
          if (result.k8s.count > Math.max(0, ips - i.dsPods))
            throw new Error(`${result.k8s.count} pods exceed the IP limit ${ips}`);
          // Containers without Kubernetes never fit fewer than Kubernetes on the same host, unless
          // the host reserve (which the kubelet's reservations replace) is the larger.
          if (i.hostMem === 0 && i.hostCpu === 0 && result.plain.count < result.k8s.count)
            throw new Error(`plain ${result.plain.count} < k8s ${result.k8s.count}`);
          // Reservations at or above capacity, or a pod larger than what is allocatable: 0, with the reason.
          const cap = { cpu: i.cores * i.threads * 1000, mem: i.ram * 1024 };
          const alloc = allocatable(cap, reservation(i.profile, cap, i.profile === 'eks' ? ips : i.maxPods));
          const c = result.k8s;
          if (alloc.cpu <= 0 || alloc.mem <= 0) {
            if (c.count !== 0 || !/reservations/.test(c.reason))
              throw new Error(`reservations exceed the node, yet: ${c.count}, ${c.reason}`);
          } else if (
            i.mem > alloc.mem - i.dsMem &&
            i.dsMem <= alloc.mem &&
            i.dsCpu <= alloc.cpu &&
            i.dsPods < Math.min(i.maxPods, ips)
          ) {
            if (c.count !== 0 || !/A pod needs/.test(c.reason))
              throw new Error(`the pod exceeds allocatable, yet: ${c.count}, ${c.reason}`);
          }
          if (c.count > Math.max(0, i.maxPods - i.dsPods)) throw new Error(`${c.count} pods exceed the pod limit`);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'more host memory never means fewer instances',
    () => {
      fc.assert(
        fc.property(validInputs, fc.integer({ min: 1, max: 4096 }), (i, extra) => {
          const more = { ...i, ram: Math.min(numberSpecs.ram.max, i.ram + extra) };
          const a = computeAll(i);
          const b = computeAll(more);
          for (const mode of modes) {
            if (b[mode].count < a[mode].count)
              throw new Error(`${mode}: ${a[mode].count} → ${b[mode].count} with more memory`);
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
