import { defineConfig, devices } from '@playwright/test';

// The e2e runs against a real Django server + Celery worker started by ../scripts/e2e_server.sh
// (migrate, seed, admin user e2e / e2e-password, web, worker) on E2E_BASE_URL.
const baseURL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8765';
const port = new URL(baseURL).port || '80';

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results/playwright',
  timeout: 180_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL,
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], locale: 'en-US' } },
  ],
  webServer: {
    // E2E_SERVER_COMMAND lets a developer point at another start script (the default is the project's).
    command: process.env.E2E_SERVER_COMMAND ?? 'bash ../scripts/e2e_server.sh',
    cwd: '.',
    url: `${baseURL}/api/auth/csrf/`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { E2E_PORT: port, E2E_BASE_URL: baseURL },
  },
});
