import { defineConfig } from '@playwright/test';

/**
 * Browser tests run Debian's Chromium (`/usr/bin/chromium`, installed by `make test`); no browser
 * is ever downloaded. The portal is started the same way in local runs and on CI: the demo
 * cluster (:6443), the demo git host (:7010, with the demo app endpoint on :7011), the demo
 * Prometheus (:9090), the backend on
 * :7007 and the frontend dev server on :3000, each reused when already running locally.
 */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'packages/app/e2e-tests',
  timeout: 120_000,
  expect: { timeout: 30_000 },
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'e2e-test-report' }],
  ],
  webServer: [
    {
      // The demo cluster: the Kubernetes API test server that `make start` also runs.
      command: 'yarn demo-cluster',
      port: 6443,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The demo git host (the teams' catalog and policy files, :7010) and the demo app endpoint
      // (:7011) that `make start` also runs; before the backend, whose catalog reads it at start.
      command: 'yarn demo-git',
      url: 'http://localhost:7010/',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The DEMO Prometheus (`make demo-metrics`: 30 days of generated series for Servanda's SLA
      // and backup cards); `make test` installs Debian's prometheus package.
      command: 'scripts/demo-metrics.sh',
      url: 'http://127.0.0.1:9090/-/ready',
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: 'yarn start backend',
      url: 'http://localhost:7007/.backstage/health/v1/readiness',
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      command: 'yarn start app',
      url: 'http://localhost:3000',
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
    },
  ],
  use: {
    baseURL: process.env.PLAYWRIGHT_URL ?? 'http://localhost:3000',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
  },
  outputDir: 'node_modules/.cache/e2e-test-results',
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
