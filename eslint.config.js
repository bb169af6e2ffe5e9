// @ts-check
// ESLint for TypeScript and Astro files. MDX content is checked by Prettier, the schema
// and the content lint instead. Run: npm run lint
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['dist/', '.astro/', 'test-results/', 'playwright-report/', 'coverage/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Components run in the browser, tooling and config in Node; both kinds live side by side.
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    rules: {
      // `catch {}` is how the tiny inline scripts ignore storage a browser refuses (private mode);
      // a comment there would cost bytes on every page.
      'no-empty': ['error', { allowEmptyCatch: true }],
      // A leading underscore marks a name left unused on purpose, such as a field destructured away.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
]);
