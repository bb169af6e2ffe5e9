/**
 * One stack of the explorer as a contributor writes it: content/stacks/<id>.yaml. Checked before
 * the build renders anything (src/lib/content-check/stacks.ts), so every message says what to
 * write instead. Kernel counts, system-call paths and where a boundary lies are derived from the
 * layers by the model, so they have no field here; a layer only says that a boundary starts at it.
 */
import { z } from 'astro/zod';
import { sourceSchema } from '../schema.ts';
import { boundaryKindLabels, kindLabels, scopes, type BoundaryKind, type LayerKind } from './types.ts';

const layerKinds = Object.keys(kindLabels) as [LayerKind, ...LayerKind[]];
const boundaryKinds = Object.keys(boundaryKindLabels) as [BoundaryKind, ...BoundaryKind[]];
const kernelKinds: readonly LayerKind[] = ['hypervisor', 'host-kernel', 'guest-kernel', 'app-kernel'];

const id = z
  .string({ error: 'needs an `id:`, lowercase letters, digits and hyphens, such as `guest-kernel`' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'use lowercase letters, digits and hyphens only, such as `guest-kernel`' });

const sentence = (field: string, what: string) =>
  z
    .string({ error: `needs \`${field}:\`, ${what}` })
    .min(10, { error: `is too short: ${what}` })
    .refine((text) => text.trim() === text, { error: 'has spaces at its start or end: remove them' });

/** What a layer does with a page fault or a send where its kind's usual text is wrong (traces.ts). */
const traceOverride = z.union([sentence('traces', 'what this layer does with the call'), z.null()], {
  error: 'write what this layer does with the call, or `null` when the call does not pass it',
});

const layer = z.strictObject({
  id,
  label: z.string({ error: 'needs a `label:`, the name drawn in the diagram' }).min(2),
  /** A shorter name, drawn where the label does not fit its box. */
  short: z.string().min(2).optional(),
  kind: z.enum(layerKinds, { error: `must be one of: ${layerKinds.join(', ')}` }),
  scope: z.enum(scopes, { error: `must be one of: ${scopes.join(', ')} (how many copies of the layer run)` }),
  /** Runs beside the layers above it on the same base, not under them (Windows beside the WSL VM). */
  beside: z.literal(true, { error: 'write `beside: true`, or leave it out' }).optional(),
  kernelName: z.string().min(3).optional(),
  description: sentence('description', 'say what the layer is and what runs there, in a sentence or two'),
  examples: z
    .array(z.string().min(2), { error: 'needs `examples:`, a list of what runs in this layer' })
    .min(1, { error: 'give at least one example' }),
  /** The id of one of the file's `sources:`. */
  source: id,
  trace: sentence('trace', 'what this layer does with the traced write(2)').optional(),
  traces: z.strictObject({ fault: traceOverride.optional(), send: traceOverride.optional() }).optional(),
  /** An isolation boundary between this layer and the one under it: this layer and all above are inside. */
  boundary: z
    .strictObject({
      kind: z.enum(boundaryKinds, { error: `must be one of: ${boundaryKinds.join(', ')}` }),
      label: z.string({ error: 'needs a `label:`, such as "Each VM: hardware virtualization"' }).min(5),
    })
    .optional(),
});

const units = z.strictObject(
  {
    'per-node': z.string().min(2).optional(),
    'per-pod': z.string().min(2).optional(),
    'per-workload': z.string().min(2).optional(),
  },
  { error: 'needs `units:`, what one copy of a repeated layer is called, such as `per-workload: VM`' },
);

export const stackFileSchema = z
  .strictObject({
    label: z.string({ error: 'needs a `label:`, the stack’s name in the explorer’s lists' }).min(3).max(60),
    order: z
      .number({ error: 'needs `order:`, a whole number that places the stack in the lists (10, 20, …)' })
      .int({ error: 'must be a whole number' })
      .min(0, { error: 'must be 0 or more' }),
    units,
    note: sentence('note', 'say in one or two sentences what sets this stack apart'),
    sources: z
      .array(sourceSchema, { error: 'needs `sources:`, the documents the layers rely on' })
      .min(1, { error: 'list at least one source' }),
    layers: z
      .array(layer, { error: 'needs `layers:`, from the hardware up' })
      .min(2, { error: 'give at least two layers, from the hardware up' }),
  })
  .superRefine((stack, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const sourceIds = stack.sources.map((s) => s.id);
    stack.sources.forEach((s, i) => {
      if (sourceIds.indexOf(s.id) !== i)
        issue(['sources', i, 'id'], `"${s.id}" is used by two sources: give each its own id`);
    });
    const layerIds = stack.layers.map((l) => l.id);
    if (stack.layers[0]?.kind !== 'hardware') {
      issue(
        ['layers', 0, 'kind'],
        'the first layer is the machine itself: `kind: hardware`, the layers then go up from it',
      );
    }
    if (!stack.layers.at(-1)?.trace) {
      issue(['layers', stack.layers.length - 1], 'the top layer starts every traced call: give it a `trace:`');
    }
    stack.layers.forEach((l, i) => {
      const at = (...rest: (string | number)[]) => ['layers', i, ...rest];
      if (layerIds.indexOf(l.id) !== i) issue(at('id'), `"${l.id}" is used by two layers: give each its own id`);
      if (!sourceIds.includes(l.source)) {
        issue(at('source'), `"${l.source}" names no source of this file; use one of: ${sourceIds.join(', ')}`);
      }
      if (l.scope !== 'shared' && !stack.units[l.scope]) {
        issue(at('scope'), `is ${l.scope}, so \`units:\` needs \`${l.scope}:\`, what one copy is called (VM, pod, …)`);
      }
      if (kernelKinds.includes(l.kind) && !l.kernelName) {
        issue(
          at('kind'),
          'is a kernel, so the layer needs `kernelName:`, its name in a sentence, such as "the host kernel"',
        );
      }
      if (l.boundary && (i === 0 || stack.layers.slice(0, i).every((below) => below.beside))) {
        issue(at('boundary'), 'has no layer under it to be a boundary with: put `boundary:` on a higher layer');
      }
    });
  });

/** A stack file as YAML gives it, before the model resolves its sources and boundaries. */
export type StackFile = z.input<typeof stackFileSchema>;
