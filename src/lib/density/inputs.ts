/**
 * The calculator's inputs: what each one means, its default with its source, its range, and the
 * validation that turns what a reader typed (or a link carried) into numbers the model can trust.
 */
import { figureValue } from '../figures.ts';
import { hypervisors, type Hypervisor } from './overheads.ts';
import { profiles, type Profile } from './reservations.ts';
import type { Cited, SourceId } from './sources.ts';

export interface Inputs {
  /** Physical cores in the host. */
  cores: number;
  /** Hardware threads per core (SMT). */
  threads: number;
  /** Host memory, GiB. */
  ram: number;
  /** Memory the hypervisor host keeps for itself, MiB. */
  hostMem: number;
  /** CPU the hypervisor host keeps for itself, millicores. */
  hostCpu: number;
  /** Workload CPU request, millicores. */
  cpu: number;
  /** Workload memory request, MiB. */
  mem: number;
  /**
   * Workload CPU and memory limits: what one instance may burst to. Pods are scheduled on their
   * requests; a VM has no request, so VM modes size each VM for these. Never below the request.
   */
  cpuLimit: number;
  memLimit: number;
  /** Guest OS memory of a full VM, MiB. */
  guest: number;
  /** Guest OS memory of a micro-VM, MiB. */
  microGuest: number;
  hv: Hypervisor;
  /** vCPUs per physical hardware thread. */
  cpuRatio: number;
  /** Guest memory per physical MiB. */
  memRatio: number;
  profile: Profile;
  maxPods: number;
  /** DaemonSet pods on every node, and what they request in total. */
  dsPods: number;
  dsCpu: number;
  dsMem: number;
  /** Size of a Kubernetes node VM: vCPUs and GiB. */
  nodeCpu: number;
  nodeMem: number;
  /**
   * Network interfaces (ENIs) per node and IPv4 addresses per ENI: under the EKS profile the VPC
   * CNI gives every pod an address of its own, so a node runs at most ENIs × (IPs − 1) + 2 pods.
   */
  enis: number;
  ipsPerEni: number;
  /** Hosts in the pool, and how many of them may fail while the rest still hold every instance (N+1 is 1). */
  hosts: number;
  spares: number;
}

export type NumberField = {
  [K in keyof Inputs]: Inputs[K] extends number ? K : never;
}[keyof Inputs];
export type ChoiceField = 'hv' | 'profile';
export type Field = keyof Inputs;

export interface NumberSpec extends Cited<number> {
  min: number;
  max: number;
  /** Whole numbers only; otherwise up to two decimals are kept. */
  integer: boolean;
}

const spec = (
  value: number,
  min: number,
  max: number,
  source: SourceId | null,
  note: string,
  estimate = false,
  integer = true,
): NumberSpec => ({ value, min, max, source, note, estimate, integer });

/** An allocation ratio as Nova writes it: 4.0, not 4. */
const ratio = (id: string): string => figureValue(id).toFixed(1);

/** Largest host memory the calculator accepts: 64 TiB. */
const MAX_GIB = 65536;

export const numberSpecs: Record<NumberField, NumberSpec> = {
  cores: spec(32, 1, 1024, null, 'Illustrative two-socket server.'),
  threads: spec(2, 1, 8, null, 'Illustrative: SMT gives 2 on most x86 servers.'),
  ram: spec(256, 1, MAX_GIB, null, 'Illustrative.'),
  hostMem: spec(
    figureValue('nova-reserved-host-memory'),
    0,
    MAX_GIB * 1024,
    'nova',
    'Nova reserved_host_memory_mb default.',
  ),
  hostCpu: spec(0, 0, 1024 * 8 * 1000, 'nova', 'Nova reserved_host_cpus default.'),
  // The JVM preset: at these sizes each model runs out of something different (see calculate.test.ts).
  cpu: spec(500, 0, 1024 * 8 * 1000, 'hotspot', 'JVM microservice preset, illustrative; 0 means no CPU request.', true),
  mem: spec(1024, 1, MAX_GIB * 1024, 'hotspot', 'JVM microservice preset, illustrative.', true),
  cpuLimit: spec(500, 0, 1024 * 8 * 1000, 'k8sLimits', 'Equal to the request: no burst.'),
  memLimit: spec(1024, 1, MAX_GIB * 1024, 'k8sLimits', 'Equal to the request: no burst.'),
  guest: spec(
    1024,
    16,
    MAX_GIB * 1024,
    'ubuntu',
    'Ubuntu Server 24.04 minimum for cloud images (ISO 1.5 GB, 3 GB suggested).',
  ),
  microGuest: spec(128, 16, MAX_GIB * 1024, 'osinfo', 'Alpine minimum per libosinfo, not Alpine itself.', true),
  cpuRatio: spec(
    figureValue('nova-cpu-allocation-ratio'),
    1,
    16,
    'nova',
    `Nova’s initial_cpu_allocation_ratio, ${ratio('nova-cpu-allocation-ratio')}; 1 is no overcommit.`,
    false,
    false,
  ),
  memRatio: spec(
    1,
    1,
    2,
    'nova',
    `No overcommit. Nova’s initial_ram_allocation_ratio is ${ratio('nova-ram-allocation-ratio')}.`,
    false,
    false,
  ),
  maxPods: spec(
    figureValue('kubelet-max-pods'),
    1,
    1000,
    'kubeletConfig',
    'kubelet default. Under EKS the node’s ENIs cap pods too (below); AKS depends on the network plugin.',
  ),
  dsPods: spec(3, 0, 999, null, 'Illustrative: logging, monitoring, networking.'),
  dsCpu: spec(200, 0, 1024 * 8 * 1000, null, 'Illustrative total for those pods.'),
  dsMem: spec(300, 0, MAX_GIB * 1024, null, 'Illustrative total for those pods.'),
  nodeCpu: spec(8, 1, 1024 * 8, null, 'Illustrative node VM.'),
  nodeMem: spec(32, 1, MAX_GIB, null, 'Illustrative node VM.'),
  enis: spec(
    figureValue('eks-m5-2xlarge-enis'),
    1,
    100,
    'eksInstances',
    'An m5.2xlarge, per nodeadm’s instance table; EKS only.',
  ),
  ipsPerEni: spec(
    figureValue('eks-m5-2xlarge-ips-per-eni'),
    2,
    1000,
    'eksInstances',
    'An m5.2xlarge, without prefix delegation; EKS only.',
  ),
  hosts: spec(4, 1, 10_000, null, 'Illustrative small pool.'),
  spares: spec(1, 0, 9_999, null, 'Illustrative: N+1, one host may fail.'),
};

export const numberFields = Object.keys(numberSpecs) as NumberField[];

export const choiceSpecs: {
  hv: Cited<Hypervisor> & { options: readonly Hypervisor[] };
  profile: Cited<Profile> & { options: readonly Profile[] };
} = {
  hv: {
    value: 'kubevirt',
    options: hypervisors,
    source: 'kubevirt',
    estimate: false,
    note: 'KVM via KubeVirt: a formula valid at any size.',
  },
  profile: {
    value: 'gke',
    options: profiles,
    source: 'gke',
    estimate: false,
    note: 'Reservation formula of the node.',
  },
};

export const defaults: Inputs = {
  ...(Object.fromEntries(numberFields.map((f) => [f, numberSpecs[f].value])) as Record<NumberField, number>),
  hv: choiceSpecs.hv.value,
  profile: choiceSpecs.profile.value,
};

/** What a reader typed, or a link carried: text, possibly anything. */
export type RawInputs = Partial<Record<Field, string>>;
export type FieldErrors = Partial<Record<Field, string>>;

const fmt = (n: number): string => n.toLocaleString('en-US');
const range = (s: NumberSpec): string => `${fmt(s.min)} to ${fmt(s.max)}`;
/** Plain decimal notation, as a number input produces it; no hex, no "Infinity". */
const numeric = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

const what = (s: NumberSpec): string => `${s.integer ? 'a whole number' : 'a number'} from ${range(s)}`;

/** For text a number input refused to turn into a value (its validity.badInput), such as "1e309" or "-". */
export const unusableNumber = (field: NumberField): string => `Not a usable number: enter ${what(numberSpecs[field])}.`;

/** One number field: the value, or a message that says what to type instead. */
export function parseNumber(field: NumberField, text: string | undefined): number | string {
  const s = numberSpecs[field];
  const t = (text ?? '').trim();
  if (t === '') return `Required: enter ${what(s)}.`;
  if (!numeric.test(t)) return `Not a number: enter ${what(s)}.`;
  // "-0" passes every check below but prints as "-0" ("with -0 hosts down"): it is 0.
  const n = Number(t) + 0;
  if (!(n <= s.max)) return `Too large: the range is ${range(s)}.`;
  if (!(n >= s.min)) {
    return n <= 0 && s.min > 0
      ? `Must be more than zero: the range is ${range(s)}.`
      : `Too small: the range is ${range(s)}.`;
  }
  if (s.integer && !Number.isInteger(n)) return `Whole numbers only: the range is ${range(s)}.`;
  return s.integer ? n : Math.round(n * 100) / 100;
}

/** One choice field: the option, or null when the text names none of them. */
export function parseChoice<F extends ChoiceField>(field: F, text: string | undefined): Inputs[F] | null {
  const options = choiceSpecs[field].options as readonly string[];
  const t = (text ?? '').trim();
  return options.includes(t) ? (t as Inputs[F]) : null;
}

export const choiceError = (field: ChoiceField): string => `Choose one of: ${choiceSpecs[field].options.join(', ')}.`;

export interface Validated {
  /** Present only when every field is valid. */
  inputs: Inputs | null;
  errors: FieldErrors;
}

/** Every field of `raw`; a missing field counts as empty. */
export function validate(raw: RawInputs): Validated {
  const errors: FieldErrors = {};
  const out: Record<string, number | string> = {};
  for (const f of numberFields) {
    const v = parseNumber(f, raw[f]);
    if (typeof v === 'string') errors[f] = v;
    else out[f] = v;
  }
  for (const f of ['hv', 'profile'] as const) {
    const v = parseChoice(f, raw[f]);
    if (v === null) errors[f] = choiceError(f);
    else out[f] = v;
  }
  if (Object.keys(errors).length === 0) Object.assign(errors, relationErrors(out as unknown as Inputs));
  return Object.keys(errors).length === 0 ? { inputs: out as unknown as Inputs, errors } : { inputs: null, errors };
}

/**
 * Fields valid alone but not together. Kubernetes refuses a container whose limit is below its
 * request; a pool where every host is a spare runs nothing.
 */
export function relationErrors(i: Inputs): FieldErrors {
  const errors: FieldErrors = {};
  if (i.cpuLimit < i.cpu)
    errors.cpuLimit = `Below the CPU request: enter at least ${fmt(i.cpu)}, since a limit is never below its request.`;
  if (i.memLimit < i.mem)
    errors.memLimit = `Below the memory request: enter at least ${fmt(i.mem)}, since a limit is never below its request.`;
  if (i.spares >= i.hosts)
    errors.spares = `Must be fewer than the ${i.hosts === 1 ? 'one host' : `${fmt(i.hosts)} hosts`}: with every host a spare, nothing runs.`;
  return errors;
}

/** The limit that belongs to each request. */
export const limitOf = { cpu: 'cpuLimit', mem: 'memLimit' } as const satisfies Record<string, NumberField>;
export type RequestField = keyof typeof limitOf;

/**
 * A request's new text, with its limit moved along when the limit matched the old request (the
 * default: no burst). A limit the reader set apart stays, and validation says if it falls below.
 * Presets and typing a request use this, so changing a request never strands the limit below it.
 */
export function setRequest<R extends RawInputs>(raw: R, field: RequestField, text: string): R {
  const limit = limitOf[field];
  const follows = (raw[limit] ?? '').trim() === (raw[field] ?? '').trim();
  return { ...raw, [field]: text, ...(follows ? { [limit]: text } : {}) };
}

/** Inputs as the text a form shows. */
export function toRaw(inputs: Inputs): Record<Field, string> {
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)])) as Record<Field, string>;
}

/** True when numbers handed to the model directly (not through `validate`) are still in range. */
export function inRange(inputs: Inputs): boolean {
  if (typeof inputs !== 'object' || inputs === null) return false;
  return (
    numberFields.every((f) => typeof parseNumber(f, String(inputs[f])) === 'number' && typeof inputs[f] === 'number') &&
    choiceSpecs.hv.options.includes(inputs.hv) &&
    choiceSpecs.profile.options.includes(inputs.profile) &&
    Object.keys(relationErrors(inputs)).length === 0
  );
}
