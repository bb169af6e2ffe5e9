/**
 * The calls the explorer can trace and what each kind of layer does with them. A write(2) is
 * written per layer in the data (`trace`); a page fault and a network send follow the same layers,
 * so their text is derived from the layer's kind and what sits above it, and a layer states its own
 * text in `traces` only where its stack handles the call differently (gVisor's Sentry takes the
 * fault itself; Windows, not KVM, sits under a Hyper-V VM). `null` there takes a layer off a path.
 */
import type { Layer, Stack, TraceKind } from './types.ts';

export const traceKinds: readonly TraceKind[] = ['write', 'fault', 'send'];

/** What the control offers, and the heading of each list of steps ("One … in Kata Containers"). */
export const traceLabels: Record<TraceKind, { option: string; heading: string }> = {
  write: { option: 'A write(2) to a file', heading: 'One <code>write(2)</code>' },
  fault: { option: 'A page fault on first touch', heading: 'A page fault on first touch of memory' },
  send: { option: 'A network send', heading: 'One network <code>send(2)</code>' },
};

/** True when a layer of one of these kinds sits above `layer` in the stack. */
function above(stack: Stack, layer: Layer, kinds: readonly string[]): boolean {
  const i = stack.layers.indexOf(layer);
  return stack.layers.slice(i + 1).some((l) => kinds.includes(l.kind));
}

const faultText = (stack: Stack, layer: Layer): string | undefined => {
  switch (layer.kind) {
    case 'app':
      return 'Touches memory it allocated but never used: the MMU finds no mapping and raises a page fault.';
    case 'guest-kernel':
      return 'Takes the fault like any kernel: picks a page of the VM’s memory and maps it. If nothing backs that guest-physical page yet, the retried access faults in the second-level page tables (an EPT or NPT violation), which exits the VM.';
    case 'host-kernel':
      return above(stack, layer, ['guest-kernel'])
        ? 'KVM handles the second-level fault: it allocates a host page for the VM’s memory, as for any process memory, and maps it into the VM’s page tables.'
        : 'Takes the fault: allocates a zeroed page, charges it to the container’s memory cgroup and maps it.';
    case 'hypervisor':
      return 'Backs the guest-physical page with machine memory in the second-level page tables (EPT or NPT).';
    case 'hardware':
      return 'The MMU retries the access and now finds the page.';
    default:
      return undefined;
  }
};

const sendText = (stack: Stack, layer: Layer): string | undefined => {
  switch (layer.kind) {
    case 'app':
      return 'Calls send(sock, buf, n) on a connected TCP socket.';
    case 'userland':
      return 'The C library’s send() wrapper executes the system-call instruction.';
    case 'guest-kernel':
      return 'Runs TCP/IP itself; its virtual network driver hands the frame out of the VM.';
    case 'vmm':
      return 'Takes the frame from the VM’s virtual network card and writes it to a tap device on the host.';
    case 'host-kernel':
      return above(stack, layer, ['guest-kernel'])
        ? 'Passes the frame from the tap device through a bridge or routing to the network card’s driver.'
        : 'Runs TCP/IP in the container’s network namespace; the packet leaves through a veth pair and the host’s bridge or routing.';
    case 'hypervisor':
      return 'Passes the frame to the physical network card, itself or through its management partition’s virtual switch.';
    case 'hardware':
      return 'The network card puts the frame on the wire.';
    default:
      return undefined;
  }
};

/**
 * What `layer` does with a call of this kind, or undefined when the call does not pass it. A
 * page fault or a send passes only layers a write passes too, unless the layer says otherwise.
 */
export function traceText(stack: Stack, layer: Layer, kind: TraceKind): string | undefined {
  if (kind === 'write') return layer.trace;
  const own = layer.traces?.[kind];
  if (own !== undefined) return own ?? undefined;
  if (!layer.trace) return undefined;
  return kind === 'fault' ? faultText(stack, layer) : sendText(stack, layer);
}
