import { parse } from 'yaml';

/** Drops the named keys at every depth: prose meant for people reading the file, not for code. */
function omit(value: unknown, keys: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => omit(item, keys));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !keys.has(key))
        .map(([key, item]) => [key, omit(item, keys)]),
    );
  }
  return value;
}

/**
 * Lets TypeScript modules import a YAML data file from content/ (`import data from
 * '…/figures.yaml'`) as plain data, so the density model and the pages read the same file. Used by
 * both Astro (astro.config.mjs) and Vitest (vitest.config.ts); the content collections validate
 * the same files with their schemas. `what:` explanations are left out so that the calculator's
 * island does not carry text it never shows.
 */
export function yamlData(omitKeys: readonly string[] = ['what']) {
  const keys = new Set(omitKeys);
  // In the browser only the calculator's model reads figures, for their values: each figure's
  // source (title, URL, date) is for the prerendered pages, and would be 2 KB of its gzip.
  const browserKeys = new Set([...omitKeys, 'source']);
  return {
    name: 'isolation-atlas:yaml-data',
    transform(code: string, id: string, options?: { ssr?: boolean }) {
      if (!/\.ya?ml$/.test(id.split('?')[0] ?? '')) return null;
      // Vite gives the plugin context as `this` (its environment says who consumes the module);
      // Node's loader hook in yaml-hooks.ts calls this as a plain method, for the server side.
      const context = this as unknown as { environment?: { config?: { consumer?: string } } } | undefined;
      const consumer = context?.environment?.config?.consumer;
      const browser = consumer ? consumer === 'client' : options?.ssr === false;
      const data = omit(parse(code), browser ? browserKeys : keys);
      return { code: `export default ${JSON.stringify(data)};`, map: null };
    },
  };
}
