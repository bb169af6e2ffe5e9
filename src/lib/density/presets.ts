/** Workloads a reader can start from: CPU and memory requests with where each comes from. */
import type { SourceId } from './sources.ts';

export interface Preset {
  id: string;
  name: string;
  /** millicores */
  cpu: number;
  /** MiB */
  mem: number;
  source: SourceId;
  /** Illustrative sizes that no source states as a request. */
  estimate: boolean;
  note: string;
}

export const presets: readonly Preset[] = [
  {
    id: 'web',
    name: 'Small web service',
    cpu: 250,
    mem: 64,
    source: 'k8sResources',
    estimate: false,
    note: 'The example requests in the Kubernetes docs.',
  },
  {
    id: 'jvm',
    name: 'JVM microservice',
    cpu: 500,
    mem: 1024,
    source: 'hotspot',
    estimate: true,
    note: 'Illustrative; HotSpot sizes its default heap at about a quarter of memory.',
  },
  {
    id: 'postgres',
    name: 'PostgreSQL',
    cpu: 2000,
    mem: 8192,
    source: 'postgres',
    estimate: true,
    note: 'Illustrative; shared_buffers is suggested at about 25 % of RAM.',
  },
  {
    id: 'ci',
    name: 'CI job',
    cpu: 4000,
    mem: 16384,
    source: 'runners',
    estimate: false,
    note: 'A GitHub-hosted Linux runner for public repositories: 4 CPUs, 16 GB.',
  },
  {
    id: 'function',
    name: 'Function sandbox',
    cpu: 1000,
    mem: 128,
    source: 'firecracker',
    estimate: false,
    note: 'Firecracker’s reference micro-VM: 1 vCPU, 128 MiB.',
  },
];

export const CUSTOM = 'custom';

export const presetById = (id: string): Preset | undefined => presets.find((p) => p.id === id);

/** The preset whose requests these are, or "custom". */
export const presetFor = (cpu: number, mem: number): string =>
  presets.find((p) => p.cpu === cpu && p.mem === mem)?.id ?? CUSTOM;
