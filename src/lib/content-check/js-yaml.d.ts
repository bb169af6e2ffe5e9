// js-yaml ships no types; this declares the one function and error the content check uses.
declare module 'js-yaml' {
  export function load(text: string): unknown;
  export class YAMLException extends Error {
    reason: string;
    mark?: { line: number; column: number };
  }
}
