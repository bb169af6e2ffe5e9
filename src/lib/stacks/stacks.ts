/**
 * The layered stacks of virtualization and containerization: one model that the diagram,
 * the comparison table and any prose counting kernels all read, so they cannot disagree.
 * Kernel counts and system-call paths are derived from the layers, never written down twice
 * (stack-kernels.ts, stack-path.ts); this module holds the data and re-exports every helper.
 */
import { describeKernels } from './kernels.ts';
import { describePathKernels, kernelsOnPath } from './path.ts';
import { moreStacks } from './more-stacks.ts';
import { boundaryKindLabels, type Layer, type Source, type Stack } from './types.ts';
import { DEFAULT_STACKS, isStackId, MAX_SHOWN, sanitizeStackIds, stackIds, type StackId } from './url.ts';

export * from './kernels.ts';
export * from './path.ts';
export * from './traces.ts';
export * from './types.ts';
export * from './url.ts';

const src = {
  hyperv: {
    title: 'Hyper-V architecture (Microsoft Learn)',
    url: 'https://learn.microsoft.com/virtualization/hyper-v-on-windows/reference/hyper-v-architecture',
  },
  xen: {
    title: 'Barham et al., Xen and the Art of Virtualization, SOSP 2003',
    url: 'https://doi.org/10.1145/945445.945462',
  },
  vbox: {
    title: 'Oracle VM VirtualBox User Manual: some terminology',
    url: 'https://docs.oracle.com/en/virtualization/virtualbox/6.0/user/virtintro.html',
  },
  kataHypervisors: {
    title: 'Kata Containers: hypervisors (before its March 2026 rewrite)',
    url: 'https://github.com/kata-containers/kata-containers/blob/cfc1836a31ce6314eaad8751ba14007e78f21976/docs/hypervisors.md',
  },
  namespaces: {
    title: 'namespaces(7), Linux manual page',
    url: 'https://man7.org/linux/man-pages/man7/namespaces.7.html',
  },
  cgroups: { title: 'cgroups(7), Linux manual page', url: 'https://man7.org/linux/man-pages/man7/cgroups.7.html' },
  runc: { title: 'runc, the OCI runtime (README)', url: 'https://github.com/opencontainers/runc' },
  k8sNodes: { title: 'Kubernetes: Nodes', url: 'https://kubernetes.io/docs/concepts/architecture/nodes/' },
  k8sComponents: { title: 'Kubernetes components', url: 'https://kubernetes.io/docs/concepts/overview/components/' },
  k8sPods: { title: 'Kubernetes: Pods', url: 'https://kubernetes.io/docs/concepts/workloads/pods/' },
  k8sReserve: {
    title: 'Kubernetes: Reserve compute resources for system daemons',
    url: 'https://kubernetes.io/docs/tasks/administer-cluster/reserve-compute-resources/',
  },
  kata: {
    title: 'Kata Containers architecture',
    url: 'https://github.com/kata-containers/kata-containers/blob/4.0.0/docs/design/architecture/README.md',
  },
  gvisor: {
    title: 'gVisor security model (architecture guide)',
    url: 'https://gvisor.dev/docs/architecture_guide/security/',
  },
  gvisorPlatforms: {
    title: 'gVisor platforms (architecture guide)',
    url: 'https://gvisor.dev/docs/architecture_guide/platforms/',
  },
  firecracker: {
    title: 'Firecracker design (docs/design.md)',
    url: 'https://github.com/firecracker-microvm/firecracker/blob/v1.16.1/docs/design.md',
  },
  jailer: {
    title: 'The Firecracker jailer (docs/jailer.md)',
    url: 'https://github.com/firecracker-microvm/firecracker/blob/v1.16.1/docs/jailer.md',
  },
  dockerVmm: {
    title: 'Virtual Machine Manager for Docker Desktop on Mac',
    url: 'https://docs.docker.com/desktop/features/vmm/',
  },
  wsl: {
    title: 'Comparing WSL versions (Microsoft Learn)',
    url: 'https://learn.microsoft.com/windows/wsl/compare-versions',
  },
} satisfies Record<string, Source>;

const appTrace = 'Calls write(fd, buf, n) to save data to a file.';
const libcTrace = 'The C library’s write() wrapper executes the system-call instruction.';

function hardware(source: Source, label = 'Hardware', trace = 'The disk controller stores the block.'): Layer {
  return {
    id: 'hardware',
    label,
    kind: 'hardware',
    scope: 'shared',
    description:
      'CPUs with virtualization extensions, memory, disks and network cards: the one machine every layer above shares.',
    examples: ['x86-64 with Intel VT-x or AMD-V', 'Arm64 with virtualization extensions'],
    source,
    trace,
  };
}

const firstStacks: readonly Stack[] = [
  {
    id: 'type1-vm',
    label: 'Type 1 VM',
    units: { 'per-workload': 'VM' },
    layers: [
      hardware(src.hyperv),
      {
        id: 'hypervisor',
        label: 'Hypervisor',
        kind: 'hypervisor',
        scope: 'shared',
        kernelName: 'the hypervisor',
        description:
          'Runs on the bare hardware with no host OS beneath it, schedules the VMs’ virtual CPUs and gives each its own memory. Hyper-V and Xen keep a management OS in a privileged partition (root partition, dom0) beside the VMs.',
        examples: ['VMware ESXi', 'Microsoft Hyper-V', 'Xen'],
        source: src.hyperv,
        trace:
          'Takes the VM’s I/O request (a trap or a paravirtual channel) and completes it on the real disk, itself or through its management partition.',
      },
      {
        id: 'guest-kernel',
        label: 'Guest kernel',
        kind: 'guest-kernel',
        scope: 'per-workload',
        kernelName: 'a guest kernel',
        description:
          'A complete OS kernel in every VM. It manages the VM’s memory and processes as if it owned a machine, with drivers for the virtual devices the hypervisor presents.',
        examples: ['Linux', 'Windows', 'FreeBSD'],
        source: src.xen,
        trace:
          'Handles write(2) itself: file system, page cache, then its driver for the virtual disk, which hands the block to the hypervisor.',
      },
      {
        id: 'userland',
        label: 'Guest userland',
        short: 'Userland',
        kind: 'userland',
        scope: 'per-workload',
        description:
          'The VM’s own operating-system user space: init, services, shell and libraries, installed and patched separately in each VM.',
        examples: ['systemd', 'glibc', 'OpenSSH'],
        source: src.xen,
        trace: libcTrace,
      },
      {
        id: 'app',
        label: 'App',
        kind: 'app',
        scope: 'per-workload',
        description: 'Your program, unchanged: it sees a whole machine of its own.',
        examples: ['web server', 'database'],
        source: src.xen,
        trace: appTrace,
      },
    ],
    boundaries: [
      {
        below: 'hypervisor',
        above: 'guest-kernel',
        kind: 'hardware-virtualization',
        label: 'Each VM: hardware virtualization',
      },
    ],
    note: 'The hypervisor runs on the bare metal and every VM brings its own kernel.',
    sources: [src.hyperv, src.xen],
  },
  {
    id: 'type2-vm',
    label: 'Type 2 VM',
    units: { 'per-workload': 'VM' },
    layers: [
      hardware(src.vbox),
      {
        id: 'host-kernel',
        label: 'Host kernel',
        kind: 'host-kernel',
        scope: 'shared',
        kernelName: 'the host kernel',
        description:
          'An ordinary desktop or server OS owns the hardware. The hypervisor loads a driver into it, so every VM also depends on this kernel.',
        examples: ['Windows', 'macOS', 'Linux'],
        source: src.vbox,
        trace: 'Writes the block to the physical disk, as for any program.',
        traces: {
          fault:
            'The hypervisor’s kernel driver handles the second-level fault and backs the page with host memory, which belongs to the hypervisor application.',
          send: 'Sends the packet to the network card, as for any program.',
        },
      },
      {
        id: 'host-userland',
        label: 'Host userland',
        kind: 'userland',
        scope: 'shared',
        description: 'The host’s own programs and desktop, running beside the hypervisor application.',
        examples: ['desktop session', 'browser'],
        source: src.vbox,
      },
      {
        id: 'hypervisor-app',
        label: 'Hypervisor application',
        kind: 'vmm',
        scope: 'shared',
        description:
          'A program you install and start on the host, with a kernel driver that uses the CPU’s virtualization extensions; it emulates each VM’s devices in user space.',
        examples: ['Oracle VirtualBox', 'VMware Workstation'],
        source: src.vbox,
        trace:
          'Receives the VM’s disk request and turns it into an ordinary write to the VM’s disk-image file on the host.',
        traces: {
          send: 'Takes the frame from the emulated network card and sends it through the host: NAT inside the application, or a bridged-networking driver.',
        },
      },
      {
        id: 'guest-kernel',
        label: 'Guest kernel',
        kind: 'guest-kernel',
        scope: 'per-workload',
        kernelName: 'a guest kernel',
        description:
          'A complete OS kernel in every VM, the guest OS, with drivers for the virtual devices the application emulates.',
        examples: ['Linux', 'Windows'],
        source: src.vbox,
        trace: 'Handles write(2) itself; its disk driver talks to the emulated virtual disk, which exits the VM.',
      },
      {
        id: 'app',
        label: 'App',
        kind: 'app',
        scope: 'per-workload',
        description: 'Programs in the guest OS, unaware of the host.',
        examples: ['test environment', 'legacy desktop app'],
        source: src.vbox,
        trace: appTrace,
      },
    ],
    boundaries: [
      {
        below: 'hypervisor-app',
        above: 'guest-kernel',
        kind: 'hardware-virtualization',
        label: 'Each VM: hardware virtualization',
      },
    ],
    note: 'The hypervisor is an application on a host OS, so the host kernel sits under every VM. KVM blurs the two types: it makes Linux itself the hypervisor, and sources disagree on its type.',
    sources: [src.vbox, src.kataHypervisors],
  },
  {
    id: 'containers',
    label: 'Containers on bare metal',
    units: { 'per-workload': 'container' },
    layers: [
      hardware(src.namespaces),
      {
        id: 'host-kernel',
        label: 'Host kernel',
        kind: 'host-kernel',
        scope: 'shared',
        kernelName: 'the host kernel',
        description:
          'One Linux kernel serves every container and enforces their isolation: namespaces give each its own view of processes, mounts and network; cgroups limit resources; seccomp, capabilities and LSMs narrow what it may ask.',
        examples: ['Linux'],
        source: src.namespaces,
        trace:
          'Checks the container’s seccomp filter and permissions, then runs write(2) as for any process: file system, then block driver.',
      },
      {
        id: 'runtime',
        label: 'containerd + runc',
        short: 'runc (OCI)',
        kind: 'runtime',
        scope: 'shared',
        description:
          'containerd pulls images and supervises containers through a shim each; runc, the OCI runtime, creates a container’s namespaces and cgroups, starts its first process and exits.',
        examples: ['containerd', 'runc', 'CRI-O', 'crun'],
        source: src.runc,
      },
      {
        id: 'userland',
        label: 'Image userland',
        short: 'Userland',
        kind: 'userland',
        scope: 'per-workload',
        description:
          'The container image’s files, seen as the root file system: a distribution’s libraries and tools, or almost nothing. No kernel inside.',
        examples: ['alpine', 'debian-slim', 'distroless'],
        source: src.namespaces,
        trace: `${libcTrace} It lands straight in the host kernel.`,
      },
      {
        id: 'app',
        label: 'App',
        kind: 'app',
        scope: 'per-workload',
        description: 'The containerized process, an ordinary host process in its own namespaces and cgroups.',
        examples: ['nginx', 'a Go service'],
        source: src.cgroups,
        trace: appTrace,
      },
    ],
    boundaries: [
      {
        below: 'runtime',
        above: 'userland',
        kind: 'namespaces-cgroups',
        label: 'Each container: namespaces, cgroups, seccomp, LSM',
      },
    ],
    note: 'One kernel for all: containers are host processes the kernel keeps apart, so a kernel bug is a hole in every container’s boundary.',
    sources: [src.namespaces, src.cgroups, src.runc],
  },
  {
    id: 'k8s-on-vms',
    label: 'Kubernetes on VMs',
    units: { 'per-node': 'node', 'per-pod': 'pod' },
    layers: [
      hardware(src.k8sNodes),
      {
        id: 'hypervisor',
        label: 'Hypervisor',
        kind: 'hypervisor',
        scope: 'shared',
        kernelName: 'the hypervisor',
        description: 'The cloud’s or data centre’s hypervisor, cutting each physical machine into node VMs.',
        examples: ['KVM-based cloud hypervisors', 'VMware ESXi', 'Hyper-V'],
        source: src.hyperv,
        trace: 'Completes the node VM’s I/O on the real device or the cloud’s network disk.',
      },
      {
        id: 'node-kernel',
        label: 'Node kernel',
        kind: 'guest-kernel',
        scope: 'per-node',
        kernelName: 'a node kernel',
        description: 'Each node is a VM with its own Linux kernel, shared by every pod scheduled on that node.',
        examples: ['Linux'],
        source: src.k8sNodes,
        trace:
          'Applies the pod’s namespaces and cgroups and handles write(2); its virtual disk driver passes the block to the hypervisor.',
      },
      {
        id: 'kubelet',
        label: 'kubelet + containerd',
        short: 'kubelet',
        kind: 'runtime',
        scope: 'per-node',
        description:
          'The kubelet, the node agent, runs the pods the control plane assigns through the container runtime; part of the node is reserved for them and the OS.',
        examples: ['kubelet', 'containerd', 'CRI-O'],
        source: src.k8sComponents,
      },
      {
        id: 'pod',
        label: 'Pod',
        kind: 'app',
        scope: 'per-pod',
        description:
          'One or more containers sharing a network namespace and volumes; the pods on a node share its kernel.',
        examples: ['app container', 'sidecar'],
        source: src.k8sPods,
        trace: 'A container in the pod calls write(2); it goes straight into its node’s kernel.',
      },
    ],
    boundaries: [
      { below: 'hypervisor', above: 'node-kernel', kind: 'hardware-virtualization', label: 'Between nodes: a VM' },
      { below: 'kubelet', above: 'pod', kind: 'namespaces-cgroups', label: 'Between pods: namespaces, cgroups' },
    ],
    note: 'Two boundaries of different strength: pods on one node share a kernel; pods on different nodes do not.',
    sources: [src.k8sNodes, src.k8sComponents, src.k8sPods, src.k8sReserve],
  },
  {
    id: 'kata',
    label: 'Kata Containers',
    units: { 'per-pod': 'pod' },
    layers: [
      hardware(src.kata),
      {
        id: 'host-kernel',
        label: 'Host kernel + KVM',
        kind: 'host-kernel',
        scope: 'shared',
        kernelName: 'the host kernel',
        description:
          'Linux with KVM, which makes the kernel a hypervisor: each VM is a host process whose virtual CPUs are threads.',
        examples: ['Linux with KVM'],
        source: src.kataHypervisors,
        trace: 'Carries out the VMM’s write on the host disk, as for any process.',
      },
      {
        id: 'shim',
        label: 'containerd-shim-kata-v2',
        short: 'shim',
        kind: 'runtime',
        scope: 'per-pod',
        description:
          'Kata’s runtime, started by containerd or CRI-O once per pod: it launches the VMM and drives the agent inside the VM over VSOCK.',
        examples: ['containerd-shim-kata-v2'],
        source: src.kata,
      },
      {
        id: 'vmm',
        label: 'VMM',
        kind: 'vmm',
        scope: 'per-pod',
        description:
          'The virtual machine monitor process for the pod’s VM, emulating its virtio devices; shared files go through virtiofsd.',
        examples: ['QEMU', 'Cloud Hypervisor', 'Firecracker', 'Dragonball'],
        source: src.kataHypervisors,
        trace:
          'Gets the VM’s virtio request from KVM and issues the matching write on the host (virtiofsd does it for shared files).',
      },
      {
        id: 'guest-kernel',
        label: 'Guest kernel',
        kind: 'guest-kernel',
        scope: 'per-pod',
        kernelName: 'a guest kernel',
        description: 'A small Linux kernel booted for each pod; the pod’s containers share it, no other pod does.',
        examples: ['Kata guest kernel (Linux)'],
        source: src.kata,
        trace: 'Handles write(2); its virtio driver passes the data out of the VM: a VM exit into KVM.',
      },
      {
        id: 'agent',
        label: 'kata-agent',
        short: 'agent',
        kind: 'agent',
        scope: 'per-pod',
        description:
          'A daemon in the VM that creates the containers, with namespaces and cgroups of the guest kernel, and watches their processes.',
        examples: ['kata-agent'],
        source: src.kata,
      },
      {
        id: 'containers',
        label: 'Pod’s containers',
        short: 'containers',
        kind: 'app',
        scope: 'per-pod',
        description: 'The pod’s containers, started by the agent inside the VM.',
        examples: ['app container', 'sidecar'],
        source: src.kata,
        trace: 'A container calls write(2); it enters the pod’s guest kernel, not the host’s.',
      },
    ],
    boundaries: [
      {
        below: 'vmm',
        above: 'guest-kernel',
        kind: 'hardware-virtualization',
        label: 'Each pod: hardware virtualization',
      },
    ],
    note: 'A VM per pod: the host kernel sees one VMM process per pod, never the containers’ system calls.',
    sources: [src.kata, src.kataHypervisors],
  },
  {
    id: 'gvisor',
    label: 'gVisor',
    units: { 'per-workload': 'sandbox' },
    layers: [
      hardware(src.gvisor),
      {
        id: 'host-kernel',
        label: 'Host kernel',
        kind: 'host-kernel',
        scope: 'shared',
        kernelName: 'the host kernel',
        description:
          'Linux. It never receives the application’s system calls, only the Sentry’s and Gofer’s own: fewer, and filtered by seccomp.',
        examples: ['Linux'],
        source: src.gvisor,
        trace: 'Runs the Sentry’s host call, after its seccomp filter, and writes to the disk.',
        traces: {
          fault: 'Backs the Sentry’s memory file with a real page on first touch, as for any process.',
          send: 'Sends the Sentry’s packets to the network card, after its seccomp filter.',
        },
      },
      {
        id: 'runsc',
        label: 'containerd + gVisor runsc',
        short: 'gVisor runsc',
        kind: 'runtime',
        scope: 'shared',
        description:
          'runsc, gVisor’s OCI runtime, starts a sandbox for each pod or container and confines it with namespaces, cgroups and seccomp.',
        examples: ['runsc', 'containerd-shim-runsc-v1'],
        source: src.gvisor,
      },
      {
        id: 'sentry',
        label: 'Sentry + Gofer',
        short: 'Sentry',
        kind: 'app-kernel',
        scope: 'per-workload',
        kernelName: 'the Sentry',
        description:
          'The Sentry is an application kernel in Go, an ordinary user-space process: it implements Linux system calls, memory, file systems and networking for the sandbox. The Gofer process gives it access to files.',
        examples: ['Sentry on the systrap or KVM platform', 'Gofer'],
        source: src.gvisorPlatforms,
        trace:
          'Intercepts the call (systrap by default) and implements write itself; to reach the disk it makes its own host call on a file opened with the Gofer’s help.',
        traces: {
          fault:
            'Handles the fault itself, not the host kernel: it learns of it from the platform (a signal under systrap, a VM exit under KVM) and maps memory from its own memory file into the app’s address space.',
          send: 'Runs TCP/IP in its own network stack, in user space, and hands finished packets to the host; the app never reaches the host’s network stack.',
        },
      },
      {
        id: 'app',
        label: 'App',
        kind: 'app',
        scope: 'per-workload',
        description: 'The container’s program and files; its system calls reach the Sentry, never the host kernel.',
        examples: ['untrusted code', 'a customer’s container'],
        source: src.gvisor,
        trace: appTrace,
      },
    ],
    boundaries: [
      {
        below: 'sentry',
        above: 'app',
        kind: 'application-kernel',
        label: 'Each sandbox: the Sentry serves system calls',
      },
    ],
    note: 'Two kernels between the app and the hardware, no VM: the Sentry is a process, and escaping needs a bug in it and in the host kernel.',
    sources: [src.gvisor, src.gvisorPlatforms],
  },
  {
    id: 'firecracker',
    label: 'Firecracker',
    units: { 'per-workload': 'micro-VM' },
    layers: [
      hardware(src.firecracker),
      {
        id: 'host-kernel',
        label: 'Host Linux + KVM',
        kind: 'host-kernel',
        scope: 'shared',
        kernelName: 'the host kernel',
        description: 'Linux with KVM: each micro-VM’s virtual CPUs are threads of its Firecracker process.',
        examples: ['Linux with KVM'],
        source: src.firecracker,
        trace: 'Runs the VMM’s write to the backing file on the host disk.',
      },
      {
        id: 'jailer',
        label: 'jailer',
        kind: 'runtime',
        scope: 'per-workload',
        description:
          'Sets up a chroot, cgroups and namespaces, drops privileges, then execs Firecracker, which then runs unprivileged.',
        examples: ['jailer'],
        source: src.jailer,
      },
      {
        id: 'vmm',
        label: 'Firecracker VMM',
        short: 'VMM',
        kind: 'vmm',
        scope: 'per-workload',
        description:
          'One process per micro-VM with a minimal device model (virtio net, block and vsock); seccomp filters limit its own system calls.',
        examples: ['firecracker'],
        source: src.firecracker,
        trace:
          'Its vCPU thread gets the exit from KVM, emulates the virtio block device and writes to the backing file.',
      },
      {
        id: 'guest-kernel',
        label: 'Guest kernel',
        kind: 'guest-kernel',
        scope: 'per-workload',
        kernelName: 'a guest kernel',
        description: 'A minimal Linux kernel in each micro-VM.',
        examples: ['Linux'],
        source: src.firecracker,
        trace: 'Handles write(2); its virtio-block driver notifies the device, which exits the VM.',
      },
      {
        id: 'app',
        label: 'App',
        kind: 'app',
        scope: 'per-workload',
        description: 'The workload: a function or a container’s processes, one tenant per micro-VM.',
        examples: ['a Lambda function', 'a Fargate task'],
        source: src.firecracker,
        trace: appTrace,
      },
    ],
    boundaries: [
      { below: 'jailer', above: 'vmm', kind: 'namespaces-cgroups', label: 'Around each VMM: seccomp, cgroups, chroot' },
      { below: 'vmm', above: 'guest-kernel', kind: 'hardware-virtualization', label: 'Each micro-VM: KVM' },
    ],
    note: 'Defence in depth: code that escapes the VM lands in a jailed, unprivileged VMM process.',
    sources: [src.firecracker, src.jailer],
  },
  {
    id: 'docker-desktop-mac',
    label: 'Docker Desktop on macOS',
    units: { 'per-workload': 'container' },
    layers: [
      hardware(src.dockerVmm, 'Mac hardware'),
      {
        id: 'macos',
        label: 'macOS',
        kind: 'host-kernel',
        scope: 'shared',
        kernelName: 'macOS',
        description:
          'macOS cannot run Linux containers, so Docker Desktop starts one Linux VM through the Mac’s virtualization frameworks.',
        examples: ['macOS (XNU kernel)'],
        source: src.dockerVmm,
        trace: 'Writes the data to the Mac’s disk: the VM’s disk image, or a shared folder.',
        traces: {
          fault:
            'Backs the Linux VM’s memory, which is memory of the VMM process, with a real page through macOS’s virtualization support.',
          send: 'Sends the packet out through its network stack, as for any Mac program.',
        },
      },
      {
        id: 'vmm',
        label: 'VMM',
        kind: 'vmm',
        scope: 'shared',
        description: 'The virtual machine manager that runs Docker Desktop’s Linux VM, chosen in Settings.',
        examples: ['Docker VMM', 'Apple Virtualization framework', 'QEMU (legacy)'],
        source: src.dockerVmm,
        trace: 'Receives the VM’s virtio request and writes through macOS.',
        traces: { send: 'Takes the frame from the VM’s virtio network card and sends it out through macOS.' },
      },
      {
        id: 'linux-kernel',
        label: 'Linux kernel (one VM)',
        short: 'Linux kernel',
        kind: 'guest-kernel',
        scope: 'shared',
        kernelName: 'the Linux VM’s kernel',
        description: 'The kernel of the single Linux VM; every container shares it.',
        examples: ['Docker Desktop’s Linux'],
        source: src.dockerVmm,
        trace: 'Handles write(2); the block, or the shared-folder request, leaves the VM through a virtio device.',
      },
      {
        id: 'engine',
        label: 'Docker Engine + containerd',
        short: 'Engine',
        kind: 'runtime',
        scope: 'shared',
        description:
          'dockerd and containerd run inside the Linux VM; the docker CLI on the Mac talks to them through a socket.',
        examples: ['dockerd', 'containerd', 'runc'],
        source: src.dockerVmm,
      },
      {
        id: 'containers',
        label: 'Containers',
        kind: 'app',
        scope: 'per-workload',
        description: 'Linux containers: namespaces and cgroups of the VM’s kernel.',
        examples: ['a database for development', 'the app under test'],
        source: src.dockerVmm,
        trace: 'A container calls write(2); it enters the VM’s Linux kernel.',
      },
    ],
    boundaries: [
      {
        below: 'vmm',
        above: 'linux-kernel',
        kind: 'hardware-virtualization',
        label: 'The Linux VM: hardware virtualization',
      },
      {
        below: 'engine',
        above: 'containers',
        kind: 'namespaces-cgroups',
        label: 'Between containers: namespaces, cgroups',
      },
    ],
    note: 'Two kernels however many containers: macOS, and the one Linux VM they all share.',
    sources: [src.dockerVmm],
  },
  {
    id: 'wsl2',
    label: 'WSL 2',
    units: { 'per-workload': 'distribution' },
    layers: [
      hardware(src.hyperv, 'PC hardware'),
      {
        id: 'hypervisor',
        label: 'Windows hypervisor',
        kind: 'hypervisor',
        scope: 'shared',
        kernelName: 'the Windows hypervisor',
        description: 'Hyper-V’s hypervisor. Windows itself and the WSL VM both run in partitions on it, side by side.',
        examples: ['Windows hypervisor (Hyper-V)'],
        source: src.hyperv,
        traces: {
          fault: 'Maps the guest-physical page to machine memory in the second-level page tables.',
        },
      },
      {
        id: 'windows',
        label: 'Windows (root partition)',
        short: 'Windows',
        kind: 'host-kernel',
        scope: 'shared',
        beside: true,
        kernelName: 'Windows',
        description:
          'Windows runs in the root partition, beside the WSL VM rather than under it; it owns the physical devices and serves the VM’s virtual ones.',
        examples: ['Windows 11', 'Windows 10 (1903 or later)'],
        source: src.hyperv,
        trace: 'Its storage stack writes the data into the VM’s virtual-disk file on the physical disk.',
        traces: {
          fault: null,
          send: 'Receives the frame over VMBus and sends it through its virtual switch and network stack to the network card.',
        },
      },
      {
        id: 'linux-kernel',
        label: 'Linux kernel (utility VM)',
        short: 'Linux kernel',
        kind: 'guest-kernel',
        scope: 'shared',
        kernelName: 'the Linux kernel',
        description:
          'Microsoft’s build of Linux in one lightweight utility VM that Windows manages; every distribution shares it.',
        examples: ['WSL2-Linux-Kernel'],
        source: src.wsl,
        trace: 'Handles write(2); its disk is virtual, so the block leaves the VM over VMBus to Windows.',
      },
      {
        id: 'distros',
        label: 'Distributions',
        short: 'distro',
        kind: 'userland',
        scope: 'per-workload',
        description: 'Each installed distribution runs as an isolated container inside the one VM.',
        examples: ['Ubuntu', 'Debian', 'openSUSE'],
        source: src.wsl,
        trace: libcTrace,
      },
      {
        id: 'app',
        label: 'App',
        kind: 'app',
        scope: 'per-workload',
        description: 'Linux programs, unmodified, with full system-call compatibility.',
        examples: ['bash', 'a compiler toolchain'],
        source: src.wsl,
        trace: appTrace,
      },
    ],
    boundaries: [
      {
        below: 'hypervisor',
        above: 'linux-kernel',
        kind: 'hardware-virtualization',
        label: 'The utility VM: hardware virtualization',
      },
      {
        below: 'linux-kernel',
        above: 'distros',
        kind: 'namespaces-cgroups',
        label: 'Between distributions: namespaces',
      },
    ],
    note: 'One Linux kernel for every distribution, in one VM that runs beside Windows, not on top of it.',
    sources: [src.wsl, src.hyperv],
  },
];

const stackList: readonly Stack[] = [...firstStacks, ...moreStacks];

export const stacks: ReadonlyMap<StackId, Stack> = new Map(stackList.map((s) => [s.id, s]));
export const allStacks = stackList;

export function getStack(id: StackId): Stack {
  const stack = stacks.get(id);
  if (!stack) throw new Error(`No stack "${id}"`);
  return stack;
}

export interface ComparisonRow {
  id: StackId;
  label: string;
  kernels: string;
  pathKernels: string;
  boundaries: string[];
  note: string;
}

/** One row of the table comparing the stacks. */
export function comparisonRow(stack: Stack): ComparisonRow {
  return {
    id: stack.id,
    label: stack.label,
    kernels: describeKernels(stack),
    pathKernels: `${kernelsOnPath(stack).length}: ${describePathKernels(stack)}`,
    boundaries: stack.boundaries.map((b) => `${b.label} (${boundaryKindLabels[b.kind]})`),
    note: stack.note,
  };
}

/**
 * Stack ids as an author writes them ("kata, gvisor" or an array). Unlike the URL, a mistake
 * here is the author's to fix, so it throws with the list of valid ids.
 */
export function authorStackIds(input: string | readonly string[] | undefined, where = 'StackExplorer'): StackId[] {
  if (input === undefined) return [...DEFAULT_STACKS];
  const values = (typeof input === 'string' ? input.split(',') : [...input]).map((v) => v.trim()).filter(Boolean);
  const unknown = values.filter((v) => !isStackId(v));
  if (unknown.length > 0 || values.length === 0 || values.length > MAX_SHOWN) {
    throw new Error(
      `${where}: stacks="${values.join(',')}" must name one to ${MAX_SHOWN} of: ${stackIds.join(', ')}` +
        (unknown.length > 0 ? ` (unknown: ${unknown.join(', ')})` : ''),
    );
  }
  return sanitizeStackIds(values);
}
