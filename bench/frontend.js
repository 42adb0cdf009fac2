/*
 * Time to interactive of the production build (`make bench-frontend`, bench/README.md): Debian's
 * Chromium (/usr/bin/chromium, headless; no browser is downloaded) driven by Playwright against
 * the build the backend serves (`make start-prod`, http://localhost:7007; BENCH_BASE_URL to
 * change). Each run signs in as the guest in a fresh browser context (empty HTTP cache), then
 * measures, from navigation start (the page's own clock, performance.now()):
 *   - the Servanda board until every environment's verdict chip shows (as many `Verdict: …`
 *     chips as the API lists environments, so any build of the board qualifies), cold (first
 *     visit of the context) and warm (the same context again, HTTP cache filled);
 *   - the environment page of prod until its readiness section ("May it go live?") shows.
 * It also records which API calls ran before the verdicts showed (Resource Timing) and the main
 * thread's busy time (Chrome's Performance metrics), and adds the chunk analysis of
 * frontendChunks.js. Prints a JSON report; BENCH_RUNS (default 5) runs.
 */
const { loadavg } = require('node:os');
const { chromium } = require('@playwright/test');
const { analyseChunks } = require('./frontendChunks');

const BASE = process.env.BENCH_BASE_URL ?? 'http://localhost:7007';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BOARD = '/release-readiness/systems/servanda';
const ENV_PAGE = '/release-readiness/systems/servanda/env/prod';

/** True in the page once `count` verdict chips (`aria-label="Verdict: …"`) are rendered. */
function verdictsVisible(count) {
  return document.querySelectorAll('[aria-label^="Verdict: "]').length >= count;
}

/** How many environments Servanda has, asked of the API as the guest. */
async function environmentCount() {
  const refresh = await fetch(`${BASE}/api/auth/guest/refresh`, {
    headers: { 'x-requested-with': 'XMLHttpRequest' },
  });
  const token = (await refresh.json()).backstageIdentity?.token;
  const system = await fetch(`${BASE}/api/release-readiness/systems/servanda`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!system.ok) throw new Error(`systems/servanda answered ${system.status}`);
  const { environments } = await system.json();
  return environments.length;
}

/** True in the page once the readiness section's heading shows. */
function readinessVisible() {
  return [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].some(
    h => h.textContent?.trim() === 'May it go live?',
  );
}

/** Navigates and waits for `ready(arg)` (polled every frame); ms since navigation start. */
async function timeTo(page, path, ready, arg) {
  await page.goto(`${BASE}${path}`, { waitUntil: 'commit' });
  await page.waitForFunction(ready, arg, {
    polling: 'raf',
    timeout: 120_000,
  });
  return page.evaluate(() => Math.round(performance.now()));
}

/** The API calls the page made, with start and end relative to navigation start. */
function apiCalls(page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter(e => e.name.includes('/api/'))
      .map(e => ({
        path: new URL(e.name).pathname.replace(/^\/api/, ''),
        start: Math.round(e.startTime),
        end: Math.round(e.responseEnd),
      })),
  );
}

async function signInAsGuest(page) {
  await page.goto(`${BASE}/`);
  await page.getByRole('button', { name: 'Sign in as guest' }).click();
  await page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Release readiness' })
    .waitFor({ timeout: 60_000 });
}

const stats = values => {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: sorted[0],
    median: sorted[Math.floor(sorted.length / 2)],
    max: sorted[sorted.length - 1],
    runs: sorted.length,
  };
};

async function main() {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const load = [loadavg()[0]];
  const runs = [];
  const environments = await environmentCount();
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.setDefaultTimeout(120_000);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await signInAsGuest(page);
      const boardCold = await timeTo(
        page,
        BOARD,
        verdictsVisible,
        environments,
      );
      const calls = await apiCalls(page);
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = name => metrics.find(m => m.name === name)?.value ?? 0;
      const boardWarm = await timeTo(
        page,
        BOARD,
        verdictsVisible,
        environments,
      );
      const envPage = await timeTo(page, ENV_PAGE, readinessVisible);
      runs.push({
        boardCold,
        boardWarm,
        envPage,
        mainThreadMs: Math.round(metric('TaskDuration') * 1000),
        scriptMs: Math.round(metric('ScriptDuration') * 1000),
        apiCallsBeforeVerdicts: calls.filter(c => c.start < boardCold),
      });
      load.push(loadavg()[0]);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const chunks = analyseChunks();
  const report = {
    baseUrl: BASE,
    environments,
    loadAverage1m: { min: Math.min(...load), max: Math.max(...load) },
    boardColdMs: stats(runs.map(r => r.boardCold)),
    boardWarmMs: stats(runs.map(r => r.boardWarm)),
    envPageMs: stats(runs.map(r => r.envPage)),
    mainThreadMsUntilVerdicts: stats(runs.map(r => r.mainThreadMs)),
    scriptMsUntilVerdicts: stats(runs.map(r => r.scriptMs)),
    firstRunApiCalls: runs[0]?.apiCallsBeforeVerdicts,
    chunks: { totals: chunks.totals, plugin: chunks.plugin },
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().catch(error => {
  process.stderr.write(`bench/frontend: ${error.message}\n`);
  process.exit(1);
});
