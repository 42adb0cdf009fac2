import { test, expect, Page } from '@playwright/test';
import { signIn, signInAs } from './signIn';

test.use({ timezoneId: 'Europe/Berlin' });

const LENA = 'user:default/lena.kraus';

/** Fills the "Record a restore test" dialog (the time stays "now") and submits it. */
async function recordRestoreTest(page: Page, reason: string) {
  const backups = page.getByRole('region', { name: 'Backups' });
  const button = backups.getByRole('button', { name: 'Record a restore test' });
  await expect(button).toBeEnabled();
  await button.click();
  const dialog = page.getByRole('dialog');
  await dialog
    .getByLabel(/Report link/)
    .fill('https://wiki.example/servanda/restore-drill');
  await dialog.getByLabel(/Reason/).fill(reason);
  await dialog.getByRole('button', { name: 'Record' }).click();
  return dialog;
}

test.describe('SLA and backups', () => {
  test('Servanda prod: api-gateway meets its SLA, auth misses P99 < 50 ms', async ({
    page,
  }) => {
    await signIn(page);
    await page.goto('/release-readiness/systems/servanda/env/prod');
    await page
      .getByRole('tablist', { name: 'Sections of prod' })
      .getByRole('tab', { name: 'SLA' })
      .click();
    await expect(page).toHaveURL(
      /\/release-readiness\/systems\/servanda\/env\/prod\/sla$/,
    );
    const sla = page.getByRole('region', { name: 'SLA' });
    await expect(sla.getByText(/Source: prometheus/)).toBeVisible();

    const gateway = sla.getByRole('region', { name: 'api-gateway' });
    const gatewayObjectives = gateway.getByRole('table', {
      name: 'Objectives of api-gateway',
    });
    await expect(
      gatewayObjectives.locator('tr[data-objective="availability"]'),
    ).toContainText('Pass');
    // the service's own status, next to its name
    const gatewayStatus = gateway
      .getByRole('heading', { name: 'api-gateway' })
      .locator('..');
    await expect(gatewayStatus).toContainText('Pass');
    await expect(gatewayStatus).not.toContainText('Fail');

    const auth = sla.getByRole('region', { name: 'auth' });
    const p99 = auth
      .getByRole('table', { name: 'Objectives of auth' })
      .locator('tr[data-objective="p99-50ms"]');
    await expect(p99).toContainText('Fail');
    await expect(p99).not.toContainText('100%');
  });

  test('Servanda prod: the offsite backup fails against its 26 h RPO', async ({
    page,
  }) => {
    await signIn(page);
    await page.goto('/release-readiness/systems/servanda/env/prod/backups');
    const items = page
      .getByRole('region', { name: 'Backups' })
      .getByRole('table', { name: 'Backup items' });
    const offsite = items.locator('tr[data-item="offsite"]');
    await expect(offsite).toContainText('Fail');
    await expect(offsite).toContainText(/ago, RPO 26 h/);
    // the restore test of prod comes from Kubernetes Jobs: nobody records it by hand
    await expect(
      page.getByRole('button', { name: 'Record a restore test' }),
    ).toBeDisabled();
  });

  test('the board shows the SLA and the backup freshness of each environment', async ({
    page,
  }) => {
    await signIn(page);
    await page.goto('/release-readiness/systems/servanda');
    const prod = page.getByRole('region', { name: 'Production', exact: true });
    await expect(
      prod.getByRole('region', { name: 'SLA' }).getByText(/worst: auth/),
    ).toBeVisible();
    await expect(
      prod.getByRole('region', { name: 'Backups' }).getByText('Fail'),
    ).toBeVisible();
  });

  test('as the release captain, a restore test of stage is recorded and listed', async ({
    page,
  }) => {
    await signInAs(page, LENA);
    await page.goto('/release-readiness/systems/servanda/env/stage/backups');
    const reason = `e2e restore drill ${Date.now()}`;
    const dialog = await recordRestoreTest(page, reason);
    await expect(dialog).toBeHidden();
    const records = page
      .getByRole('region', { name: 'Backups' })
      .getByRole('table', { name: 'Restore-test records' });
    const row = records.getByRole('row', { name: new RegExp(reason) });
    await expect(row).toContainText('passed');
    await expect(row).toContainText('lena.kraus');
  });

  test('as guest, recording a restore test is refused with the reason', async ({
    page,
  }) => {
    await signIn(page);
    await page.goto('/release-readiness/systems/servanda/env/stage/backups');
    const reason = `e2e refused drill ${Date.now()}`;
    const dialog = await recordRestoreTest(page, reason);
    const refusal = dialog.getByRole('alert');
    await expect(refusal).toBeVisible();
    // the backend's reason: the guest holds no RACI role for go-no-go in stage
    await expect(refusal).toContainText(/guest is not/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText(reason)).toHaveCount(0);
  });
});
