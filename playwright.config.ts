import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './e2e/browser.ts';
import './src/integrations/yaml-hooks.ts';

// PW_PORT lets two checkouts run their suites side by side.
const port = Number(process.env['PW_PORT'] ?? 4399);
const devPort = port - 1;
const executablePath = findChromium();

export const devServer = `http://127.0.0.1:${devPort}`;

export default defineConfig({
  testDir: 'e2e',
  // axe over a long page with thousands of highlighted code tokens takes seconds on a 2-core box.
  timeout: 90_000,
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: { args: chromiumArgs, ...(executablePath && { executablePath }) },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // Tests run against the built site, as a reader gets it: `npm run build` comes first. The dev
  // server runs too, for the one test that search works while writing.
  webServer: [
    {
      command: `astro preview --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      command: `astro dev --host 127.0.0.1 --port ${devPort}`,
      url: `http://127.0.0.1:${devPort}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
  ],
});
