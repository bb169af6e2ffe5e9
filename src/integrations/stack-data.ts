import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { ViteDevServer } from 'vite';
import { parse } from 'yaml';
import { compactStacks, stackIdOf } from '../lib/stacks/from-file.ts';
import type { StackFile } from '../lib/stacks/schema.ts';

const id = 'virtual:isolation-atlas/stacks';

/**
 * Serves the stack explorer's files, content/stacks/*.yaml, as one module of compact data
 * (src/lib/stacks/from-file.ts): what the diagrams and texts show, without what only people and
 * the build's check read. Used by Astro (astro.config.mjs) and Vitest (vitest.config.ts); the
 * content check (src/lib/content-check/stacks.ts) validates the same files first.
 */
export function stackData(folder = 'content/stacks') {
  return {
    name: 'isolation-atlas:stack-data',
    // In `astro dev`, an edited stack file is a watched file of the module (load() below), which
    // Vite reloads itself. A file added or removed is not, so the module that carries all of them
    // is dropped here and the page reloads, with no restart.
    configureServer(server: ViteDevServer) {
      const root = resolve(folder);
      const addedOrRemoved = (file: string) => {
        if (!resolve(file).startsWith(root + sep)) return;
        const module = server.moduleGraph.getModuleById(`\0${id}`);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.add(root);
      server.watcher.on('add', addedOrRemoved).on('unlink', addedOrRemoved);
    },
    resolveId: (source: string) => (source === id ? `\0${id}` : null),
    load(this: { addWatchFile?: (file: string) => void }, resolved: string) {
      if (resolved !== `\0${id}`) return null;
      this.addWatchFile?.(folder);
      const files = readdirSync(folder)
        .filter((name) => /\.ya?ml$/.test(name))
        .map((name) => {
          const path = join(folder, name);
          this.addWatchFile?.(path);
          return [stackIdOf(name), parse(readFileSync(path, 'utf8')) as StackFile] as const;
        });
      // An object literal, which the bundler minifies (unquoted keys): 80 B less gzip than JSON.parse('…').
      return `export default ${JSON.stringify(compactStacks(files))};`;
    },
  };
}
