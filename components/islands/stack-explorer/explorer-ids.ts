/** A fresh id prefix for each explorer rendered in a build, so two on one page never collide. */
let count = 0;

export function nextExplorerId(): string {
  count += 1;
  return `se${count}`;
}
