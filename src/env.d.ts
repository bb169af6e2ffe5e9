/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The content page being rendered, so authoring components can check their props against it. */
    page?: {
      file: string;
      sources: import('./lib/schema.ts').Source[];
      /** How many <Term> tooltips the page has rendered so far, for unique ids. */
      termCount: number;
      /** How many tables the page has rendered so far, to name each one. */
      tableCount: number;
      /** Each source's citation markers so far, by source id: the ids the source list links back to. */
      citations?: Map<string, string[]>;
    };
  }
}
