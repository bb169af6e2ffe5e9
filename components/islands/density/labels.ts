/** Words the density calculator shows; the model in src/lib/density stays free of them. */
import type { Binding, CpuPart, MemoryPart, Mode } from '@lib/density/calculate.ts';
import type { NumberField } from '@lib/density/inputs.ts';

export const modeLabel: Record<Mode, string> = {
  vm: 'VM per workload',
  plain: 'Containers without Kubernetes',
  k8s: 'Kubernetes, bare metal',
  'k8s-on-vm': 'Kubernetes on VMs',
  kata: 'Kata pods',
  gvisor: 'gVisor pods',
  firecracker: 'Firecracker micro-VMs',
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

export const cpuPartLabel: Record<CpuPart, string> = {
  workload: 'Workload',
  guest: 'VM vCPUs beyond requests',
  overhead: 'Per-instance overhead',
  hostReserve: 'Host reserve',
  kubeReserved: 'Kubernetes reservations',
  daemonsets: 'DaemonSets',
  stranded: 'Stranded or unused',
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

export const groups: { legend: string; fields: NumberField[] }[] = [
  { legend: 'Workload', fields: ['cpu', 'mem', 'cpuLimit', 'memLimit'] },
  { legend: 'Host', fields: ['cores', 'threads', 'ram', 'hostMem', 'hostCpu'] },
  { legend: 'Virtual machines', fields: ['guest', 'microGuest', 'cpuRatio', 'memRatio'] },
  { legend: 'Kubernetes', fields: ['maxPods', 'dsPods', 'dsCpu', 'dsMem', 'nodeCpu', 'nodeMem', 'enis', 'ipsPerEni'] },
  { legend: 'Pool', fields: ['hosts', 'spares'] },
];

export const gib = (mib: number): string => `${Number((mib / 1024).toFixed(1)).toLocaleString('en-US')} GiB`;

export const percent = (share: number): string =>
  share === 0 ? '0%' : share < 0.01 ? '<1%' : `${Math.round(share * 100).toLocaleString('en-US')}%`;
