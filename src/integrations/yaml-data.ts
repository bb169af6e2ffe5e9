import { parse } from 'yaml';

/**
 * Lets TypeScript modules import a YAML data file from content/ (`import data from
 * '…/figures.yaml'`) as plain data, so the density model and the pages read the same file. Used by
 * both Astro (astro.config.mjs) and Vitest (vitest.config.ts); the content collections validate
 * the same files with their schemas.
 */
export function yamlData() {
  return {
    name: 'isolation-atlas:yaml-data',
    transform(code: string, id: string) {
      if (!/\.ya?ml$/.test(id.split('?')[0] ?? '')) return null;
      return { code: `export default ${JSON.stringify(parse(code))};`, map: null };
    },
  };
}
