#!/usr/bin/env node
/**
 * The install test's checks against the booted portal (its backend serves the built app):
 * 1. `GET /api/release-readiness/health` answers 200 `{ status: 'ok' }` without credentials;
 * 2. `GET /api/release-readiness/systems` refuses a request without a user (401) and, with the
 *    guest user's token (fetched from `/api/auth/guest/refresh`, as the frontend's sign-in does),
 *    lists the system of the test's configuration with its environment;
 * 3. the environment's gate passes: the http module probed the portal's own health route;
 * 4. in Chromium (Debian's, never a downloaded one), the plugin's page, reached through the
 *    portal's sidebar after signing in, renders that system, and no page error is thrown.
 * Usage: node checkPortal.js <baseUrl> <logDir>
 */
'use strict';

const path = require('node:path');
const { chromium } = require('playwright-core');

const [baseUrl, logDir] = process.argv.slice(2);
if (!baseUrl || !logDir) {
  console.error('usage: checkPortal.js <baseUrl> <logDir>');
  process.exit(2);
}
const system = { name: 'install-test', title: 'Install test system' };
const environment = { name: 'staging', title: 'Install test staging' };

class CheckFailed extends Error {}
function check(condition, message) {
  if (!condition) throw new CheckFailed(message);
}
const passed = [];
function ok(message) {
  passed.push(message);
  console.log(`  ok  ${message}`);
}

async function getJson(route, token) {
  const res = await fetch(`${baseUrl}${route}`, {
    headers: {
      ...(token && { authorization: `Bearer ${token}` }),
      'x-requested-with': 'XMLHttpRequest',
    },
  });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, body, text };
}

async function apiChecks() {
  const health = await getJson('/api/release-readiness/health');
  check(
    health.status === 200 && health.body && health.body.status === 'ok',
    `GET /api/release-readiness/health: expected 200 {"status":"ok"}, got ${
      health.status
    } ${health.text.slice(0, 200)}`,
  );
  ok('GET /api/release-readiness/health → 200 {"status":"ok"}');

  const anonymous = await getJson('/api/release-readiness/systems');
  check(
    anonymous.status === 401,
    `GET /api/release-readiness/systems without a user: expected 401, got ${anonymous.status}`,
  );
  ok('GET /api/release-readiness/systems without a user → 401');

  const refresh = await getJson(
    '/api/auth/guest/refresh?optional&env=development',
  );
  const token =
    refresh.body &&
    refresh.body.backstageIdentity &&
    refresh.body.backstageIdentity.token;
  check(
    refresh.status === 200 && typeof token === 'string' && token.length > 0,
    `GET /api/auth/guest/refresh: expected 200 with a Backstage token, got ${refresh.status}`,
  );
  const userRef = refresh.body.backstageIdentity.identity.userEntityRef;
  ok(`guest sign-in → token for ${userRef}`);

  const systems = await getJson('/api/release-readiness/systems', token);
  check(
    systems.status === 200 && Array.isArray(systems.body && systems.body.items),
    `GET /api/release-readiness/systems as ${userRef}: expected 200 with items, got ${
      systems.status
    } ${systems.text.slice(0, 300)}`,
  );
  const listed = systems.body.items.find(s => s.name === system.name);
  check(
    listed && listed.title === system.title,
    `GET /api/release-readiness/systems: system "${system.name}" ("${
      system.title
    }") not listed: ${systems.text.slice(0, 300)}`,
  );
  check(
    (listed.environments || []).some(e => e.name === environment.name),
    `GET /api/release-readiness/systems: "${system.name}" lacks environment "${
      environment.name
    }": ${JSON.stringify(listed).slice(0, 300)}`,
  );
  ok(
    `GET /api/release-readiness/systems as ${userRef} → 200, lists "${system.title}" with "${environment.name}"`,
  );

  // The http module (from its tarball) probes the portal's own health route for the gate; the
  // first probe runs on the collector's schedule, so poll until it has a result.
  const readinessRoute = `/api/release-readiness/systems/${system.name}/environments/${environment.name}/readiness`;
  const deadline = Date.now() + 90_000;
  let readiness;
  let gate;
  for (;;) {
    readiness = await getJson(readinessRoute, token);
    check(
      readiness.status === 200 &&
        Array.isArray(readiness.body && readiness.body.items),
      `GET ${readinessRoute}: expected 200 with items, got ${
        readiness.status
      } ${readiness.text.slice(0, 300)}`,
    );
    gate = readiness.body.items.find(i => i.id === 'health');
    check(
      gate,
      `GET ${readinessRoute}: no item "health": ${readiness.text.slice(
        0,
        300,
      )}`,
    );
    if (gate.status === 'pass' || Date.now() > deadline) break;
    await new Promise(resolve => setTimeout(resolve, 2_000));
  }
  check(
    gate.status === 'pass' && gate.gate && gate.gate.passed === 1,
    `GET ${readinessRoute}: the gate "health" (http check health-200) did not pass within 90 s: ${JSON.stringify(
      gate,
    ).slice(0, 400)}`,
  );
  ok(
    `GET ${readinessRoute} → gate "health" passes (the http module probed health-200)`,
  );
  return { token, readiness: readiness.body };
}

async function browserCheck() {
  const browser = await chromium.launch({
    executablePath: process.env.INSTALL_TEST_CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const pageErrors = [];
  const page = await browser.newPage();
  page.on('pageerror', error => pageErrors.push(String(error)));
  try {
    await page.goto(baseUrl);
    const guest = page.getByRole('button', { name: /enter|guest/i });
    const nav = page.getByRole('navigation').getByRole('link', {
      name: /release readiness/i,
    });
    await guest.or(nav).first().waitFor({ timeout: 60_000 });
    if (await guest.isVisible()) {
      await guest.click();
      ok('browser: signed in as guest on the stock sign-in page');
    }
    await nav.waitFor({ timeout: 60_000 });
    ok('browser: the sidebar has a "Release readiness" entry');
    await nav.click();
    await page.waitForURL(/\/release-readiness/, { timeout: 30_000 });
    await page.getByText(system.title).first().waitFor({ timeout: 60_000 });
    ok(
      `browser: ${new URL(page.url()).pathname} renders "${
        system.title
      }" from the API`,
    );
    check(
      pageErrors.length === 0,
      `browser: page errors: ${pageErrors.join(' | ').slice(0, 500)}`,
    );
    ok('browser: no page errors');
  } catch (error) {
    const shot = path.join(logDir, 'install-test-failure.png');
    await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
    throw new CheckFailed(
      `${
        error instanceof Error ? error.message.split('\n')[0] : String(error)
      } (screenshot: ${shot}; page errors: ${pageErrors.length})`,
    );
  } finally {
    await browser.close();
  }
}

async function main() {
  await apiChecks();
  await browserCheck();
  console.log(`install-test: ${passed.length} checks passed`);
}

main().catch(error => {
  console.error(
    `install-test: check failed: ${
      error instanceof Error ? error.message : String(error)
    }`,
  );
  process.exit(1);
});
