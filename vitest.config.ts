import { defineConfig } from 'vitest/config';
import { yamlData } from './src/integrations/yaml-data.ts';
import { stackData } from './src/integrations/stack-data.ts';

export default defineConfig({
  plugins: [yamlData(), stackData()],
  test: {
    include: ['src/**/*.test.ts'],
  },
});
