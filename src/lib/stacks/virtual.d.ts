/** The stack files as the build ships them (src/integrations/stack-data.ts). */
declare module 'virtual:isolation-atlas/stacks' {
  const stacks: import('./from-file.ts').CompactStack[];
  export default stacks;
}
