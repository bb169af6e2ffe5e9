// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { site } from './src/lib/site.ts';
import { devSearchIndex } from './src/integrations/dev-search-index.ts';
import { yamlData } from './src/integrations/yaml-data.ts';
import { stackData } from './src/integrations/stack-data.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { codeFrame } from './src/lib/code/shiki-frame.ts';

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  integrations: [
    contentCheck(process.env.CONTENT_DIR ?? './content'),
    mdx(),
    sitemap(),
    devSearchIndex(process.env.CONTENT_DIR ?? './content'),
  ],
  markdown: {
    shikiConfig: {
      // The high-contrast GitHub themes keep every token at 4.5:1 or better on our code background.
      themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
      defaultColor: false,
      // Frame, title, copy button; terminal sessions split into commands and output.
      transformers: [codeFrame()],
    },
  },
  build: {
    // One request fewer per page: the site's CSS is small enough to inline.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  vite: {
    // content/figures.yaml is read by the density model as well as by the pages.
    // The stack explorer's files, content/stacks/*.yaml, as compact data.
    plugins: [yamlData(), stackData()],
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // @astrojs/mdx marks each page module with the "use astro:head-inject" directive, which
          // Astro itself reads before bundling; the bundler's notice that it drops the directive
          // is expected (one per page) and would bury any warning that needs attention.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // Fixture builds in the tests keep their cache apart from the real one.
  ...(process.env.ASTRO_CACHE_DIR && { cacheDir: process.env.ASTRO_CACHE_DIR }),
  security: {
    // Scripts are allowed by hash only (Astro computes them per page); Pagefind's search
    // needs its own files and WebAssembly. Styles allow inline because Shiki colours code
    // tokens with style attributes, which hashes cannot cover.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
});
