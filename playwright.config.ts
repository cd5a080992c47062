import { defineConfig, devices } from '@playwright/test';

const port = 3210;
const baseURL = `http://127.0.0.1:${port}`;

/**
 * Browser tests drive Debian's Chromium (never a downloaded browser) against a
 * Guildhall started by e2e/serve.ts on a fresh store: PGlite in a temporary
 * folder, or a new database on DATABASE_URL's server when that is set.
 * Build the assets first (`npm run build`; `npm test` and `npm run test:e2e` do).
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  forbidOnly: true,
  workers: 1,
  retries: 0,
  reporter: 'list',
  // Each test is a whole journey with axe checks; on CI's busier machine the longer ones ran to 24–30 s.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL,
    trace: 'off',
    screenshot: 'off',
    video: 'off',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
  ],
  webServer: {
    command: 'node e2e/serve.ts',
    url: `${baseURL}/health/ready`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
