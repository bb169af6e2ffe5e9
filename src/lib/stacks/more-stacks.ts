/**
 * The stacks an expert expects beyond the first nine: confidential VMs and Confidential
 * Containers, Windows containers in both isolation modes, system containers, Kata nested in cloud
 * VMs, KubeVirt and a WebAssembly runtime. Same model as stacks.ts, so their kernel counts and
 * paths are derived the same way; kept apart only so each file stays readable.
 */
import type { Layer, Source, Stack } from './types.ts';

const src = {
  snpTdx: {
    title: 'Confidential Computing in Linux for x86 virtualization (kernel docs)',
    url: 'https://github.com/torvalds/linux/blob/375c4d1583948cf2439833e4a85d5a0aee853895/Documentation/security/snp-tdx-threat-model.rst',
  },
  coco: {
    title: 'Confidential Containers architecture (v0.21.0)',
    url: 'https://github.com/confidential-containers/confidential-containers/blob/v0.21.0/architecture.md',
  },
  kataArch: {
    title: 'Kata Containers architecture (4.1.0)',
    url: 'https://github.com/kata-containers/kata-containers/blob/4.1.0/docs/design/architecture/README.md',
  },
  kataHypervisors: {
    title: 'Kata Containers: hypervisors (4.1.0)',
    url: 'https://github.com/kata-containers/kata-containers/blob/4.1.0/docs/hypervisors.md',
  },
  kataInstall: {
    title: 'Kata Containers installation: nested virtualization (4.1.0)',
    url: 'https://github.com/kata-containers/kata-containers/blob/4.1.0/docs/installation.md',
  },
  winIsolation: {
    title: 'Isolation modes (Microsoft Learn: Windows containers)',
    url: 'https://learn.microsoft.com/virtualization/windowscontainers/manage-containers/hyperv-container',
  },
  hyperv: {
    title: 'Hyper-V architecture (Microsoft Learn)',
    url: 'https://learn.microsoft.com/virtualization/hyper-v-on-windows/reference/hyper-v-architecture',
  },
  incus: {
    title: 'Incus: about containers and VMs (v7.3.0)',
    url: 'https://github.com/lxc/incus/blob/v7.3.0/doc/explanation/containers_and_vms.md',
  },
  lxc: { title: 'LXC README (v6.0.6)', url: 'https://github.com/lxc/lxc/blob/v6.0.6/README.md' },
  kubevirt: {
    title: 'KubeVirt components (v1.9.0)',
    url: 'https://github.com/kubevirt/kubevirt/blob/v1.9.0/docs/components.md',
  },
  k8sNodes: { title: 'Kubernetes: Nodes', url: 'https://kubernetes.io/docs/concepts/architecture/nodes/' },
  runwasi: {
    title: 'runwasi: containerd-shim-wasm (containerd-shim-wasmtime v0.6.0)',
    url: 'https://github.com/containerd/runwasi/blob/5680b21a3386869ab2b3e8724c71238f3c25422c/crates/containerd-shim-wasm/README.md',
  },
  wasmtime: {
    title: 'Wasmtime security (v48.0.0)',
    url: 'https://github.com/bytecodealliance/wasmtime/blob/v48.0.0/docs/security.md',
  },
} satisfies Record<string, Source>;

const appTrace = 'Calls write(fd, buf, n) to save data to a file.';
const libcTrace = 'The C library’s write() wrapper executes the system-call instruction.';

function hardware(source: Source, label: string, description: string, examples: readonly string[]): Layer {
  return {
    id: 'hardware',
    label,
    kind: 'hardware',
    scope: 'shared',
    description,
    examples,
    source,
    trace: 'The disk controller stores the block.',
  };
}

const plainHardware = (source: Source) =>
  hardware(
    source,
    'Hardware',
    'CPUs with virtualization extensions, memory, disks and network cards: the one machine every layer above shares.',
    ['x86-64 with Intel VT-x or AMD-V', 'Arm64 with virtualization extensions'],
  );

const teeHardware = (source: Source) =>
  hardware(
    source,
    'CPU with SEV-SNP or TDX',
    'A CPU that encrypts each confidential VM’s memory with its own key and protects its registers; a security manager (AMD’s secure processor firmware, Intel’s TDX module) stands between the host and the guest and signs attestation reports.',
    ['AMD EPYC with SEV-SNP', 'Intel Xeon with TDX'],
  );

/** The pod layers of Kata; `tight` gives shorter labels for six pods in a row (nested). */
function kataPodLayers(guestSource: Source, guestNote: string, tight = false): Layer[] {
  return [
    {
      id: 'shim',
      label: 'containerd-shim-kata-v2',
      short: 'shim',
      kind: 'runtime',
      scope: 'per-pod',
      description:
        'Kata’s runtime, started once per pod by containerd or CRI-O: it launches the VMM and drives the agent in the VM over VSOCK.',
      examples: ['containerd-shim-kata-v2'],
      source: src.kataArch,
    },
    {
      id: 'vmm',
      label: 'VMM',
      kind: 'vmm',
      scope: 'per-pod',
      description: 'The virtual machine monitor process of the pod’s VM, emulating its virtio devices.',
      examples: ['QEMU', 'Cloud Hypervisor'],
      source: src.kataHypervisors,
      trace: 'Gets the VM’s virtio request and issues the matching write on the host it runs on.',
    },
    {
      id: 'guest-kernel',
      label: 'Pod guest kernel',
      short: tight ? 'Guest' : 'Guest kernel',
      kind: 'guest-kernel',
      scope: 'per-pod',
      kernelName: 'a guest kernel',
      description: `A small Linux kernel booted for each pod; the pod’s containers share it. ${guestNote}`,
      examples: ['Kata guest kernel (Linux)'],
      source: guestSource,
      trace: 'Handles write(2); its virtio driver passes the data out of the VM: a VM exit.',
    },
    {
      id: 'agent',
      label: 'kata-agent',
      short: 'agent',
      kind: 'agent',
      scope: 'per-pod',
      description:
        'A daemon in the VM that creates the pod’s containers with the guest kernel’s namespaces and cgroups.',
      examples: ['kata-agent'],
      source: src.kataArch,
    },
    {
      id: 'containers',
      label: 'Pod’s containers',
      short: tight ? 'Apps' : 'containers',
      kind: 'app',
      scope: 'per-pod',
      description: 'The pod’s containers, started by the agent inside the VM.',
      examples: ['app container', 'sidecar'],
      source: src.kataArch,
      trace: 'A container calls write(2); it enters the pod’s guest kernel, not the host’s.',
    },
  ];
}

export const moreStacks: readonly Stack[] = [
  {
    id: 'confidential-vm',
    label: 'Confidential VM (SEV-SNP, TDX)',
    units: { 'per-workload': 'VM' },
    layers: [
      teeHardware(src.snpTdx),
      {
        id: 'host-kernel',
        label: 'Host kernel + KVM',
        kind: 'host-kernel',
        scope: 'shared',
        kernelName: 'the host kernel',
        description:
          'Linux with KVM, or a cloud’s hypervisor. It still creates, schedules and stops the VMs and may deny them resources, but it sits outside their trusted computing base: it cannot read or change their private memory.',
        examples: ['Linux with KVM', 'a cloud provider’s hypervisor'],
        source: src.snpTdx,
        trace: 'Carries out the VMM’s write on the host disk, as for any process.',
        traces: {
          fault:
            'KVM backs the VM’s private page with host memory, which the CPU encrypts with the VM’s key: the host holds the page but cannot read it.',
        },
      },
      {
        id: 'vmm',
        label: 'VMM',
        kind: 'vmm',
        scope: 'per-workload',
        description:
          'The host-side VMM emulates the VM’s devices and manages its life cycle, but is untrusted: the guest checks everything it receives, and attestation proves what was booted.',
        examples: ['QEMU', 'Cloud Hypervisor'],
        source: src.snpTdx,
        trace: 'Reads the request from the page the guest shared and writes it to the VM’s disk image.',
      },
      {
        id: 'guest-kernel',
        label: 'Guest kernel (encrypted)',
        short: 'Guest kernel',
        kind: 'guest-kernel',
        scope: 'per-workload',
        kernelName: 'a guest kernel',
        description:
          'A Linux kernel hardened for an untrusted host: its private memory and registers are encrypted, and it treats every value coming from the host (device I/O, interrupts, time) as hostile input.',
        examples: ['Linux with SEV-SNP or TDX guest support'],
        source: src.snpTdx,
        trace:
          'Handles write(2); the data can leave the VM only through a page it shares with the host, so the guest encrypts disks itself (dm-crypt, for example) or the host sees them.',
        traces: {
          fault:
            'Takes the fault and maps a page; a page new to the VM must also be accepted (validated) by the guest before use, so the host cannot swap or remap its private memory unseen. Then the retried access may exit for the host to back the page.',
          send: 'Runs TCP/IP; the frame leaves through a page shared with the host, so the VM encrypts its traffic itself (TLS) to keep it from the host.',
        },
      },
      {
        id: 'userland',
        label: 'Guest userland',
        short: 'Userland',
        kind: 'userland',
        scope: 'per-workload',
        description: 'The VM’s own OS user space, measured at boot and unlocked only after attestation.',
        examples: ['systemd', 'an attestation agent'],
        source: src.coco,
        trace: libcTrace,
      },
      {
        id: 'app',
        label: 'App',
        kind: 'app',
        scope: 'per-workload',
        description: 'Your program and its data, out of reach of the host’s administrators.',
        examples: ['a key service', 'processing of regulated data'],
        source: src.coco,
        trace: appTrace,
      },
    ],
    boundaries: [
      {
        below: 'vmm',
        above: 'guest-kernel',
        kind: 'memory-encryption',
        label: 'Each VM: encrypted memory; the host and VMM are outside',
      },
    ],
    note: 'Same kernels as any VM, but the trust is reversed: the VM no longer trusts the host under it, only the CPU and its own attested software.',
    sources: [src.snpTdx, src.coco],
  },
  {
    id: 'coco',
    label: 'Confidential Containers',
    units: { 'per-pod': 'pod' },
    layers: [
      teeHardware(src.coco),
      {
        id: 'host-kernel',
        label: 'Host kernel + KVM',
        kind: 'host-kernel',
        scope: 'shared',
        kernelName: 'the host kernel',
        description:
          'The Kubernetes node’s Linux with KVM. With the infrastructure provider removed from the pod’s trusted computing base, it runs the pod VMs but cannot look inside them.',
        examples: ['Linux with KVM'],
        source: src.coco,
        trace: 'Carries out the VMM’s write on the host disk, as for any process.',
      },
      ...kataPodLayers(
        src.coco,
        'Its memory is encrypted; the agent attests the VM, gets keys from a key broker and pulls and decrypts the images inside the VM, not on the host.',
      ),
    ],
    boundaries: [
      {
        below: 'vmm',
        above: 'guest-kernel',
        kind: 'memory-encryption',
        label: 'Each pod: encrypted VM; the host is outside',
      },
    ],
    note: 'Kata Containers in a confidential VM per pod: the pod keeps Kubernetes’ usual workflow while the node, its administrators and the images’ transit stay outside what it trusts.',
    sources: [src.coco, src.kataArch],
  },
  {
    id: 'windows-process',
    label: 'Windows containers, process isolation',
    units: { 'per-workload': 'container' },
    layers: [
      plainHardware(src.winIsolation),
      {
        id: 'host-kernel',
        label: 'Windows kernel',
        kind: 'host-kernel',
        scope: 'shared',
        kernelName: 'the Windows kernel',
        description:
          'The host’s Windows kernel serves every container and keeps them apart: each gets its own view of the file system, registry, network ports, process IDs and object namespace, with resource controls.',
        examples: ['Windows Server 2022', 'Windows Server 2025'],
        source: src.winIsolation,
        trace:
          'Runs write(2)’s Windows equivalent (NtWriteFile) through its I/O manager and storage stack to the disk.',
        traces: {
          fault:
            'Takes the fault: its memory manager gives the process a zeroed page, within the container’s memory limit.',
          send: 'Runs TCP/IP for the container’s own network namespace and forwards the packet through the host’s virtual networking to the network card.',
        },
      },
      {
        id: 'runtime',
        label: 'Container engine',
        short: 'Engine',
        kind: 'runtime',
        scope: 'shared',
        description:
          'The engine on the host that asks Windows to create each container; the default mode on Windows Server.',
        examples: ['containerd', 'Docker Engine'],
        source: src.winIsolation,
      },
      {
        id: 'userland',
        label: 'Image user mode',
        short: 'User mode',
        kind: 'userland',
        scope: 'per-workload',
        description:
          'Each container has its own Windows user mode from its base image, system services included; its Windows version must suit the host’s.',
        examples: ['Nano Server', 'Server Core'],
        source: src.winIsolation,
        trace: 'The Windows API’s WriteFile calls into ntdll, which enters the host’s kernel.',
        traces: { send: 'Winsock’s send() passes the data to the host kernel’s network stack.' },
      },
      {
        id: 'app',
        label: 'App',
        kind: 'app',
        scope: 'per-workload',
        description: 'A Windows program, visible on the host as an ordinary process.',
        examples: ['IIS', 'a .NET Framework service'],
        source: src.winIsolation,
        trace: 'Calls WriteFile to save data to a file.',
      },
    ],
    boundaries: [
      {
        below: 'runtime',
        above: 'userland',
        kind: 'namespaces-cgroups',
        label: 'Each container: Windows namespaces and resource controls',
      },
    ],
    note: 'The Windows counterpart of Linux containers: one kernel for the host and every container.',
    sources: [src.winIsolation],
  },
  {
    id: 'windows-hyperv',
    label: 'Windows containers, Hyper-V isolation',
    units: { 'per-workload': 'container' },
    layers: [
      plainHardware(src.hyperv),
      {
        id: 'hypervisor',
        label: 'Windows hypervisor',
        kind: 'hypervisor',
        scope: 'shared',
        kernelName: 'the Windows hypervisor',
        description:
          'Hyper-V’s hypervisor: the host’s Windows and each container’s utility VM run in partitions on it.',
        examples: ['Windows hypervisor (Hyper-V)'],
        traces: {
          fault: 'Maps the guest-physical page to machine memory in the second-level page tables.',
        },
        source: src.hyperv,
      },
      {
        id: 'windows',
        label: 'Windows host (root partition)',
        short: 'Windows',
        kind: 'host-kernel',
        scope: 'shared',
        beside: true,
        kernelName: 'the host’s Windows',
        description:
          'The host’s Windows runs the container engine and owns the physical devices; it serves the utility VMs’ virtual ones, beside them on the hypervisor.',
        examples: ['Windows Server', 'Windows 10 Pro or Enterprise'],
        source: src.hyperv,
        trace: 'Its storage stack writes the data into the container’s storage on the physical disk.',
        traces: {
          fault: null,
          send: 'Receives the frame over VMBus and sends it through its virtual switch to the network card.',
        },
      },
      {
        id: 'uvm-kernel',
        label: 'Utility VM kernel',
        short: 'Kernel',
        kind: 'guest-kernel',
        scope: 'per-workload',
        kernelName: 'a utility VM kernel',
        description:
          'Each container runs in its own highly optimized VM, so it effectively gets its own Windows kernel; its version need not match the host’s.',
        examples: ['Windows kernel in a utility VM'],
        source: src.winIsolation,
        trace: 'Handles the write; its disk is virtual, so the request leaves the VM over VMBus to the host.',
      },
      {
        id: 'userland',
        label: 'Image user mode',
        short: 'Image',
        kind: 'userland',
        scope: 'per-workload',
        description: 'The same container image as with process isolation, run in the utility VM.',
        examples: ['Nano Server', 'Server Core'],
        source: src.winIsolation,
        trace: 'The Windows API’s WriteFile calls into ntdll, which enters the utility VM’s kernel.',
        traces: { send: 'Winsock’s send() passes the data to the utility VM kernel’s network stack.' },
      },
      {
        id: 'app',
        label: 'App',
        kind: 'app',
        scope: 'per-workload',
        description:
          'A Windows program, invisible to the host’s process list: only the utility VM’s worker process shows.',
        examples: ['IIS', 'an untrusted tenant’s service'],
        source: src.winIsolation,
        trace: 'Calls WriteFile to save data to a file.',
      },
    ],
    boundaries: [
      {
        below: 'hypervisor',
        above: 'uvm-kernel',
        kind: 'hardware-virtualization',
        label: 'Each container: a utility VM',
      },
    ],
    note: 'Same images and commands as process isolation (--isolation=hyperv), but a kernel per container; the default on Windows 10 Pro and Enterprise.',
    sources: [src.winIsolation, src.hyperv],
  },
  {
    id: 'system-container',
    label: 'System containers (LXC, Incus)',
    units: { 'per-workload': 'container' },
    layers: [
      plainHardware(src.incus),
      {
        id: 'host-kernel',
        label: 'Host kernel',
        kind: 'host-kernel',
        scope: 'shared',
        kernelName: 'the host kernel',
        description:
          'One Linux kernel for every system container; namespaces, cgroups and mandatory access control keep them apart, and user namespaces map a container’s root to an unprivileged host user.',
        examples: ['Linux'],
        source: src.lxc,
        trace: 'Runs write(2) as for any process: file system, then block driver.',
      },
      {
        id: 'runtime',
        label: 'Incus + LXC',
        short: 'Incus',
        kind: 'runtime',
        scope: 'shared',
        description:
          'Incus manages containers and VMs through a REST API; LXC, the low-level runtime under it, sets up each container.',
        examples: ['Incus', 'LXC', 'LXD'],
        source: src.incus,
      },
      {
        id: 'init',
        label: 'init + services',
        short: 'init',
        kind: 'userland',
        scope: 'per-workload',
        description:
          'A whole distribution’s user space, booted by its own init as PID 1: services, logins and package manager, as in a VM, without a kernel.',
        examples: ['systemd as PID 1', 'sshd', 'cron'],
        source: src.lxc,
        trace: `${libcTrace} It lands straight in the host kernel.`,
      },
      {
        id: 'app',
        label: 'Apps',
        kind: 'app',
        scope: 'per-workload',
        description: 'Several applications side by side, managed by the container’s init like on a server.',
        examples: ['a database', 'a web stack'],
        source: src.incus,
        trace: appTrace,
      },
    ],
    boundaries: [
      {
        below: 'runtime',
        above: 'init',
        kind: 'namespaces-cgroups',
        label: 'Each container: namespaces, cgroups, user namespace',
      },
    ],
    note: 'Feels like a VM (init, services, SSH), isolates like a container: one shared kernel.',
    sources: [src.incus, src.lxc],
  },
  {
    id: 'kata-nested',
    label: 'Kata on cloud VMs (nested)',
    units: { 'per-node': 'node', 'per-pod': 'pod' },
    layers: [
      plainHardware(src.kataInstall),
      {
        id: 'hypervisor',
        label: 'Cloud hypervisor',
        kind: 'hypervisor',
        scope: 'shared',
        kernelName: 'the cloud hypervisor',
        description:
          'The cloud provider’s hypervisor cuts the machine into node VMs; for Kata it must expose the CPU’s virtualization extensions to them (nested virtualization).',
        examples: ['a KVM-based cloud hypervisor', 'Hyper-V (Azure)'],
        source: src.kataInstall,
        trace: 'Completes the node VM’s I/O on the real device or the cloud’s network disk.',
      },
      {
        id: 'node-kernel',
        label: 'Node kernel + KVM',
        short: 'Node kernel',
        kind: 'guest-kernel',
        scope: 'per-node',
        kernelName: 'a node kernel',
        description: 'Each node is a VM whose Linux runs KVM in turn, to host the pods’ VMs.',
        examples: ['Linux with nested KVM'],
        source: src.kataInstall,
        trace: 'Carries out the VMM’s write; its own virtual disk driver passes the block to the cloud hypervisor.',
        traces: {
          fault:
            'Its KVM handles the pod VM’s second-level fault and allocates a page of the node VM’s own memory, which may in turn fault in the cloud hypervisor’s tables.',
          send: 'Passes the frame from the tap device through its bridge and out of its own virtual network card to the cloud hypervisor.',
        },
      },
      ...kataPodLayers(src.kataArch, 'Here it runs two levels of virtualization above the hardware.', true),
    ],
    boundaries: [
      {
        below: 'hypervisor',
        above: 'node-kernel',
        kind: 'hardware-virtualization',
        label: 'Between nodes: a cloud VM',
      },
      { below: 'vmm', above: 'guest-kernel', kind: 'hardware-virtualization', label: 'Each pod: a nested VM' },
    ],
    note: 'Two VM boundaries between a pod and the hardware: the cloud must expose the CPU’s virtualization extensions to its VMs (nested virtualization) for the node to run KVM.',
    sources: [src.kataInstall, src.kataArch],
  },
  {
    id: 'kubevirt',
    label: 'KubeVirt (VMs in pods)',
    units: { 'per-pod': 'VM' },
    layers: [
      plainHardware(src.kubevirt),
      {
        id: 'host-kernel',
        label: 'Node kernel + KVM',
        short: 'Node kernel',
        kind: 'host-kernel',
        scope: 'shared',
        kernelName: 'the node kernel',
        description: 'A bare-metal Kubernetes node: Linux with KVM.',
        examples: ['Linux with KVM'],
        source: src.k8sNodes,
        trace: 'Carries out QEMU’s write on the node’s disk, as for any process.',
      },
      {
        id: 'kubelet',
        label: 'kubelet + virt-handler',
        short: 'kubelet',
        kind: 'runtime',
        scope: 'shared',
        description:
          'The kubelet runs the pods; virt-handler, one per node, keeps each VM’s libvirt domain in step with its Kubernetes object.',
        examples: ['kubelet', 'virt-handler', 'containerd'],
        source: src.kubevirt,
      },
      {
        id: 'launcher',
        label: 'virt-launcher pod',
        short: 'launcher',
        kind: 'runtime',
        scope: 'per-pod',
        description:
          'One pod per VM: its container runs virt-launcher and a libvirtd of its own, and gives the VM process its namespaces and cgroups.',
        examples: ['virt-launcher', 'libvirtd'],
        source: src.kubevirt,
      },
      {
        id: 'qemu',
        label: 'QEMU',
        kind: 'vmm',
        scope: 'per-pod',
        description: 'The VM process libvirt starts inside the virt-launcher pod.',
        examples: ['QEMU with KVM'],
        source: src.kubevirt,
        trace: 'Gets the VM’s virtio request from KVM and writes to the disk image on the pod’s volume.',
      },
      {
        id: 'guest-kernel',
        label: 'Guest kernel',
        kind: 'guest-kernel',
        scope: 'per-pod',
        kernelName: 'a guest kernel',
        description: 'Any OS kernel: KubeVirt runs whole VMs, Linux or Windows, as Kubernetes objects.',
        examples: ['Linux', 'Windows'],
        source: src.kubevirt,
        trace: 'Handles write(2); its virtio disk driver passes the block out of the VM: a VM exit into KVM.',
      },
      {
        id: 'app',
        label: 'Guest OS + apps',
        short: 'Guest OS',
        kind: 'app',
        scope: 'per-pod',
        description: 'The VM’s user space and programs, as in any VM.',
        examples: ['a legacy application', 'a Windows service'],
        source: src.kubevirt,
        trace: appTrace,
      },
    ],
    boundaries: [
      {
        below: 'kubelet',
        above: 'launcher',
        kind: 'namespaces-cgroups',
        label: 'Around each VM process: the pod’s namespaces, cgroups',
      },
      { below: 'qemu', above: 'guest-kernel', kind: 'hardware-virtualization', label: 'Each VM: KVM' },
    ],
    note: 'A VM inside a pod: Kubernetes schedules, networks and stores it like any pod, and the VM process is also confined as a container.',
    sources: [src.kubevirt],
  },
  {
    id: 'wasm',
    label: 'WebAssembly (Wasmtime via runwasi)',
    units: { 'per-workload': 'module' },
    layers: [
      plainHardware(src.runwasi),
      {
        id: 'host-kernel',
        label: 'Host kernel',
        kind: 'host-kernel',
        scope: 'shared',
        kernelName: 'the host kernel',
        description: 'Linux, shared by every module and container, as for containers.',
        examples: ['Linux'],
        source: src.runwasi,
        trace: 'Runs the shim’s write(2) as for any process.',
      },
      {
        id: 'containerd',
        label: 'containerd',
        kind: 'runtime',
        scope: 'shared',
        description: 'Pulls the module as an OCI image and starts a runwasi shim for it, directly or for the kubelet.',
        examples: ['containerd', 'ctr'],
        source: src.runwasi,
      },
      {
        id: 'wasmtime',
        label: 'Wasmtime shim',
        short: 'Wasmtime',
        kind: 'runtime',
        scope: 'per-workload',
        description:
          'containerd-shim-wasmtime: runwasi’s shim creates a container with youki’s libcontainer and runs the Wasmtime engine in it, which compiles the module and implements WASI for it.',
        examples: ['containerd-shim-wasmtime', 'containerd-shim-spin'],
        source: src.runwasi,
        trace:
          'Wasmtime’s WASI implementation, the host function the module imported, turns fd_write into an ordinary write(2) of the shim’s process.',
        traces: {
          fault:
            'Nothing runs here for an access in bounds: the compiled code writes straight into memory Wasmtime reserved. An access out of bounds lands in a guard region and traps the module.',
          send: 'Wasmtime’s WASI implementation makes the host send(2) for the module.',
        },
      },
      {
        id: 'module',
        label: 'Wasm module',
        short: 'Module',
        kind: 'app',
        scope: 'per-workload',
        description:
          'The compiled module: it reaches memory only through bounds-checked offsets in its linear memory, and the outside world only through the functions it imports.',
        examples: ['a Rust or Go program built for WASI'],
        source: src.wasmtime,
        trace: 'Calls the imported WASI function fd_write: a module has no system-call instruction of its own.',
        traces: {
          fault:
            'Stores to its linear memory for the first time: an ordinary memory access, kept in bounds by the compiled code.',
          send: 'Calls a WASI socket function, if the host granted it one: a module has no network access it did not import.',
        },
      },
    ],
    boundaries: [
      {
        below: 'containerd',
        above: 'wasmtime',
        kind: 'namespaces-cgroups',
        label: 'Around each shim: namespaces, cgroups',
      },
      {
        below: 'wasmtime',
        above: 'module',
        kind: 'language-runtime',
        label: 'Each module: linear memory and imports only',
      },
    ],
    note: 'No second kernel: the sandbox is the compiler and runtime checking every memory access and call, inside a container on the shared host kernel.',
    sources: [src.runwasi, src.wasmtime],
  },
];
