/** Words the density calculator shows; the model in src/lib/density stays free of them. */
import type { Binding, CpuPart, MemoryPart, Mode } from '@lib/density/calculate.ts';
import type { ChoiceField, Field, NumberField } from '@lib/density/inputs.ts';
import type { Hypervisor } from '@lib/density/overheads.ts';

export const modeLabel: Record<Mode, string> = {
  vm: 'VM per workload',
  plain: 'Containers without Kubernetes',
  k8s: 'Kubernetes, bare metal',
  'k8s-on-vm': 'Kubernetes on VMs',
  kata: 'Kata pods',
  gvisor: 'gVisor pods',
  firecracker: 'Firecracker micro-VMs',
};

export const cpuPartLabel: Record<CpuPart, string> = {
  workload: 'Workload',
  guest: 'VM vCPUs beyond requests',
  overhead: 'Per-instance overhead',
  hostReserve: 'Host reserve',
  kubeReserved: 'Kubernetes reservations',
  daemonsets: 'DaemonSets',
  stranded: 'Stranded or unused',
};

/** Short names for the compact summary that stays in view while the reader edits. */
export const modeShort: Record<Mode, string> = {
  vm: 'VMs',
  plain: 'Containers',
  k8s: 'Kubernetes',
  'k8s-on-vm': 'K8s on VMs',
  kata: 'Kata',
  gvisor: 'gVisor',
  firecracker: 'Firecracker',
};

export const bindingLabel: Record<Binding, string> = {
  cpu: 'CPU',
  memory: 'Memory',
  'pod-limit': 'Pod limit',
  'ip-limit': 'IP addresses',
  fragmentation: 'Fragmentation',
  'none-fit': 'Nothing fits',
};

export const partLabel: Record<MemoryPart, string> = {
  workload: 'Workload',
  guestOS: 'Guest OS',
  overhead: 'Per-instance overhead',
  hostReserve: 'Host reserve',
  kubeReserved: 'Kubernetes reservations',
  eviction: 'Eviction threshold',
  daemonsets: 'DaemonSets',
  stranded: 'Stranded or unused',
};

/** Option names of the selects (the Kubernetes profiles name themselves, in reservations.ts). */
export const hvLabel: Record<Hypervisor, string> = {
  kubevirt: 'KVM (KubeVirt formula)',
  vsphere: 'vSphere 6.5 table',
};

/** Labels of the selects. */
export const choiceLabel: Record<ChoiceField | 'preset', string> = {
  preset: 'Workload preset',
  profile: 'Kubernetes profile',
  hv: 'VM memory overhead',
};

/** Label (with its unit) of each number field. */
export const fieldLabel: Record<NumberField, string> = {
  cores: 'Physical cores',
  threads: 'Threads per core',
  ram: 'Memory (GiB)',
  hostMem: 'Host memory reserve (MiB)',
  hostCpu: 'Host CPU reserve (millicores)',
  cpu: 'CPU request (millicores)',
  mem: 'Memory request (MiB)',
  cpuLimit: 'CPU limit (millicores)',
  memLimit: 'Memory limit (MiB)',
  guest: 'VM guest OS memory (MiB)',
  microGuest: 'Micro-VM guest OS memory (MiB)',
  cpuRatio: 'CPU overcommit (vCPUs per thread)',
  memRatio: 'Memory overcommit (ratio)',
  maxPods: 'Max pods per node',
  dsPods: 'DaemonSet pods per node',
  dsCpu: 'DaemonSet CPU, total (millicores)',
  dsMem: 'DaemonSet memory, total (MiB)',
  nodeCpu: 'Node VM vCPUs',
  nodeMem: 'Node VM memory (GiB)',
  enis: 'ENIs per node (EKS)',
  ipsPerEni: 'IPv4 addresses per ENI (EKS)',
  hosts: 'Hosts in the pool',
  spares: 'Spare hosts (may fail)',
};

/**
 * The form's fieldsets and their fields, in order; `preset` is the workload preset select. A field
 * of the model listed in no group still appears, in a last group of its own.
 */
export const groups: { legend: string; fields: (Field | 'preset')[] }[] = [
  { legend: 'Workload', fields: ['preset', 'cpu', 'mem', 'cpuLimit', 'memLimit'] },
  { legend: 'Host', fields: ['cores', 'threads', 'ram', 'hostMem', 'hostCpu'] },
  { legend: 'Virtual machines', fields: ['hv', 'guest', 'microGuest', 'cpuRatio', 'memRatio'] },
  {
    legend: 'Kubernetes',
    fields: ['profile', 'maxPods', 'dsPods', 'dsCpu', 'dsMem', 'nodeCpu', 'nodeMem', 'enis', 'ipsPerEni'],
  },
  { legend: 'Pool', fields: ['hosts', 'spares'] },
];
