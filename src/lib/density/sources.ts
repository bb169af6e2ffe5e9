import { figure } from '../figures.ts';

/** The source content/figures.yaml gives for a shared figure, so the two cannot drift apart. */
const of = (id: string): Source => {
  const { title, url, checked } = figure(id).source;
  return { title, url, checked };
};

/**
 * Where each default comes from. Every figure the calculator uses by default points at one of
 * these, so the page can show the source next to the value it supports.
 */
export interface Source {
  title: string;
  url: string;
  /** The day someone last confirmed the source says what the calculator uses it for. */
  checked: string;
}

export const sources = {
  k8sReserve: {
    title: 'Kubernetes: Reserve Compute Resources for System Daemons',
    url: 'https://kubernetes.io/docs/tasks/administer-cluster/reserve-compute-resources/',
    checked: '2026-11-23',
  },
  kubeletConfig: of('kubelet-max-pods'),
  k8sResources: {
    title: 'Kubernetes: Resource Management for Pods and Containers',
    url: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
    checked: '2026-11-23',
  },
  k8sLimits: {
    title: 'Kubernetes website: Managing Resources for Containers (content at commit 79845b0)',
    url: 'https://github.com/kubernetes/website/blob/79845b0c4aa0bba3752496c5e2a394b7929564ce/content/en/docs/concepts/configuration/manage-resources-containers.md',
    checked: '2026-11-28',
  },
  podOverhead: {
    title: 'Kubernetes: Pod Overhead',
    url: 'https://kubernetes.io/docs/concepts/scheduling-eviction/pod-overhead/',
    checked: '2026-11-23',
  },
  gke: of('gke-cpu-tiers'),
  eks: of('eks-memory-per-pod'),
  eksMaxPods: {
    title: 'amazon-eks-ami nodeadm/internal/kubelet/eni_max_pods.go (v20260724)',
    url: 'https://github.com/awslabs/amazon-eks-ami/blob/v20260724/nodeadm/internal/kubelet/eni_max_pods.go',
    checked: '2026-11-28',
  },
  eksInstances: of('eks-m5-2xlarge-enis'),
  aks: of('aks-memory-per-pod'),
  vsphere: {
    title: 'vSphere 6.5 Resource Management: Overhead Memory on Virtual Machines (archived)',
    url: 'https://web.archive.org/web/2023/https://docs.vmware.com/en/VMware-vSphere/6.5/com.vmware.vsphere.resmgmt.doc/GUID-B42C72C1-F8D5-40DC-93D1-FB31849B1114.html',
    checked: '2026-11-28',
  },
  kubevirt: of('kubevirt-fixed-overhead'),
  firecracker: of('firecracker-vmm-memory'),
  kata: of('kata-qemu-overhead-memory'),
  gvisor: {
    title: 'gVisor performance guide',
    url: 'https://gvisor.dev/docs/architecture_guide/performance/',
    checked: '2026-11-23',
  },
  ubuntu: {
    title: 'Ubuntu Server: system requirements',
    url: 'https://documentation.ubuntu.com/server/reference/installation/system-requirements/',
    checked: '2026-11-23',
  },
  osinfo: {
    title: 'osinfo-db v20250124, Alpine Linux 3.21 minimum resources (libosinfo)',
    url: 'https://gitlab.com/libosinfo/osinfo-db/-/blob/v20250124/data/os/alpinelinux.org/alpinelinux-3.21.xml.in',
    checked: '2026-11-28',
  },
  nova: of('nova-cpu-allocation-ratio'),
  runners: {
    title: 'GitHub-hosted runners reference',
    url: 'https://docs.github.com/en/actions/reference/runners/github-hosted-runners',
    checked: '2026-11-23',
  },
  postgres: {
    title: 'PostgreSQL: Resource Consumption',
    url: 'https://www.postgresql.org/docs/current/runtime-config-resource.html',
    checked: '2026-11-23',
  },
  hotspot: {
    title: 'Java SE HotSpot: Ergonomics',
    url: 'https://docs.oracle.com/en/java/javase/21/gctuning/ergonomics.html',
    checked: '2026-11-23',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof sources;

/** A default value with where it comes from. `estimate` marks what no primary source states. */
export interface Cited<T> {
  value: T;
  source: SourceId | null;
  estimate: boolean;
  /** What the source says, or why the value is what it is. */
  note: string;
}
