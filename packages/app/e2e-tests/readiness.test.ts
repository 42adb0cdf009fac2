import { test, expect } from '@playwright/test';
import { signIn, signInAs } from './signIn';

test.use({ timezoneId: 'Europe/Berlin' });

test.describe('readiness', () => {
  test.beforeEach(async ({ page }, testInfo) => {
    if (!testInfo.title.startsWith('as the release captain')) {
      await signIn(page);
    }
  });

  test('the overview shows one verdict per environment', async ({ page }) => {
    await page.goto('/release-readiness/systems/servanda');
    const dev = page.getByRole('region', { name: 'Development', exact: true });
    await expect(dev.getByLabel(/^Verdict: /)).toHaveAccessibleName(
      'Verdict: Ready',
    );
    const stage = page.getByRole('region', { name: 'Staging', exact: true });
    await expect(stage.getByLabel(/^Verdict: /)).toHaveAccessibleName(
      'Verdict: Blocked',
    );
  });

  test('prod answers "may it go live, and if not, why and when"', async ({
    page,
  }) => {
    await page.goto('/release-readiness/systems/servanda/env/prod');
    const readiness = page.getByRole('region', { name: 'Readiness' });
    await expect(
      readiness.getByRole('heading', { name: 'May it go live?' }),
    ).toBeVisible();

    const gates = page.getByRole('region', { name: 'Gates' });
    await expect(gates.getByText('5/5 passed (5 required)')).toBeVisible();
    // Checked for the release prod runs (servanda-api 1.4.2 on the demo cluster).
    const release = gates.getByRole('region', { name: 'Release gate' });
    await expect(release.getByText(/Checked: v1\.4\.2/)).toBeVisible();
    await expect(release.getByRole('link', { name: 'lint' })).toHaveAttribute(
      'href',
      /^https?:/,
    );

    // No incident source is configured in the demo: unknown, never pass.
    const preconditions = page.getByRole('region', { name: 'Preconditions' });
    const incidents = preconditions.getByRole('region', {
      name: 'No open P0–P2 incident',
    });
    await expect(incidents).toContainText('Unknown');
    await expect(incidents).not.toContainText('Pass');

    // Friday 27 Nov 2026, 18:30 Berlin: inside the weekend freeze.
    await readiness.getByLabel('At (your time zone)').fill('2026-11-27T18:30');
    const changeWindow = preconditions.getByRole('region', {
      name: 'Change window',
    });
    await expect(changeWindow).toContainText('Fail');
    await expect(changeWindow).toContainText('Weekend change freeze');
    await expect(
      readiness.getByText(/Next allowed window: Tue 1 Dec, 20:00 CET/),
    ).toBeVisible();
  });

  test('as the release captain, a manual gate result set for the running release changes the verdict', async ({
    page,
  }) => {
    await signInAs(page, 'user:default/lena.kraus');
    // Unique per run, so the test does not depend on results an earlier run left in a reused
    // local portal (CI always starts a fresh backend with an in-memory database).
    const reason = `Smoke run ${Date.now()} green on staging`;
    await page.goto('/release-readiness/systems/servanda/env/prod');
    const gates = page.getByRole('region', { name: 'Gates' });
    const staging = gates.getByRole('region', { name: 'Staging gate (T-12h)' });
    // The staging gate is judged for the release prod runs (servanda-api 1.4.2 → v1.4.2).
    await expect(staging.getByText(/Checked: v1\.4\.2/)).toBeVisible();
    const reasons = page.getByRole('list', { name: 'Reasons' });
    await expect(reasons).toContainText('Staging gate (T-12h)');

    for (const check of ['smoke-tests', 'health-200', 'readiness-200']) {
      const row = staging.getByRole('row', { name: new RegExp(check) });
      const set = row.getByRole('button', { name: 'Set result' });
      await expect(set).toBeEnabled();
      await set.click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toContainText(`Set “${check}” for v1.4.2`);
      await dialog.getByLabel(/Reason/).fill(reason);
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(dialog).toBeHidden();
      await expect(row).toContainText('passed');
      await expect(row).toContainText(reason);
      await expect(row).toContainText('user:default/lena.kraus');
    }
    // The gate passes now: it is no longer among the reasons the verdict gives.
    await expect(staging.getByLabel('Checks passed')).toHaveText(
      '3/3 passed (3 required)',
    );
    await expect(reasons).not.toContainText('Staging gate (T-12h)');
  });

  test('signed in as guest, the manual gate cannot be set and says why', async ({
    page,
  }) => {
    await page.goto('/release-readiness/systems/servanda/env/prod');
    const staging = page
      .getByRole('region', { name: 'Gates' })
      .getByRole('region', { name: 'Staging gate (T-12h)' });
    const set = staging
      .getByRole('row', { name: /smoke-tests/ })
      .getByRole('button', { name: 'Set result' });
    await expect(set).toBeDisabled();
    await expect(set).toHaveAccessibleDescription(
      /You cannot set this gate: user:development\/guest is not responsible or accountable for 'Go\/no-go decision' in prod/,
    );
  });
});
