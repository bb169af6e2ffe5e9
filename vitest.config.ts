import { defineConfig } from 'vitest/config';
import { yamlData } from './src/integrations/yaml-data.ts';

export default defineConfig({
  plugins: [yamlData()],
  test: {
    include: ['src/**/*.test.ts'],
  },
});
