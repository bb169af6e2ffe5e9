/**
 * Where each default comes from. Every figure the calculator uses by default points at one of
 * these, so the page can show the source next to the value it supports.
 */
export interface Source {
  title: string;
  url: string;
}

export const sources = {
  k8sReserve: {
    title: 'Kubernetes: Reserve Compute Resources for System Daemons',
    url: 'https://kubernetes.io/docs/tasks/administer-cluster/reserve-compute-resources/',
  },
  k8sLarge: {
    title: 'Kubernetes: Considerations for large clusters',
    url: 'https://kubernetes.io/docs/setup/best-practices/cluster-large/',
  },
  k8sResources: {
    title: 'Kubernetes: Resource Management for Pods and Containers',
    url: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
  },
  podOverhead: {
    title: 'Kubernetes: Pod Overhead',
    url: 'https://kubernetes.io/docs/concepts/scheduling-eviction/pod-overhead/',
  },
  gke: {
    title: 'GKE: Plan node sizes',
    url: 'https://cloud.google.com/kubernetes-engine/docs/concepts/plan-node-sizes',
  },
  eks: {
    title: 'amazon-eks-ami: bootstrap.sh',
    url: 'https://github.com/awslabs/amazon-eks-ami/blob/main/templates/al2/runtime/bootstrap.sh',
  },
  aks: {
    title: 'AKS: Node resource reservations',
    url: 'https://learn.microsoft.com/azure/aks/node-resource-reservations',
  },
  vsphere: {
    title: 'vSphere Resource Management, vSphere 6.5',
    url: 'https://docs.vmware.com/en/VMware-vSphere/6.5/vsphere-esxi-vcenter-server-65-resource-management-guide.pdf',
  },
  kubevirt: {
    title: 'OpenShift Virtualization: physical resource overhead',
    url: 'https://github.com/openshift/openshift-docs/blob/main/modules/virt-cluster-resource-requirements.adoc',
  },
  firecracker: {
    title: 'Firecracker specification',
    url: 'https://github.com/firecracker-microvm/firecracker/blob/main/SPECIFICATION.md',
  },
  kata: {
    title: 'kata-deploy runtime class kata-qemu',
    url: 'https://github.com/kata-containers/kata-containers/blob/main/tools/packaging/kata-deploy/runtimeclasses/kata-qemu.yaml',
  },
  gvisor: {
    title: 'gVisor performance guide',
    url: 'https://gvisor.dev/docs/architecture_guide/performance/',
  },
  ubuntu: {
    title: 'Ubuntu Server: system requirements',
    url: 'https://documentation.ubuntu.com/server/reference/installation/system-requirements/',
  },
  osinfo: {
    title: 'osinfo-db (libosinfo)',
    url: 'https://gitlab.com/libosinfo/osinfo-db',
  },
  nova: {
    title: 'OpenStack Nova configuration options',
    url: 'https://docs.openstack.org/nova/latest/configuration/config.html',
  },
  runners: {
    title: 'GitHub-hosted runners reference',
    url: 'https://docs.github.com/en/actions/reference/runners/github-hosted-runners',
  },
  postgres: {
    title: 'PostgreSQL: Resource Consumption',
    url: 'https://www.postgresql.org/docs/current/runtime-config-resource.html',
  },
  hotspot: {
    title: 'Java SE HotSpot: Ergonomics',
    url: 'https://docs.oracle.com/en/java/javase/21/gctuning/ergonomics.html',
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
