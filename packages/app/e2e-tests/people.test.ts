import { test, expect } from '@playwright/test';
import { signIn } from './signIn';

test.describe('people', () => {
  test.beforeEach(async ({ page }) => signIn(page));

  test('on call: primary and backup, the rota with its one gap', async ({
    page,
  }) => {
    await page.goto('/release-readiness/systems/servanda/env/prod');
    const onCall = page.getByRole('region', { name: 'On call' });
    await expect(
      onCall.getByRole('link', { name: /.+/ }).first(),
    ).toHaveAttribute('href', /\/catalog\/default\/user\//);
    await expect(onCall).toContainText(/Next handover:.*\(Europe\/Berlin\)/);

    const rota = onCall.getByRole('table', { name: 'On-call rota' });
    await expect(rota.locator('tbody tr')).toHaveCount(4);
    await expect(rota.locator('tbody tr[data-gap="true"]')).toHaveCount(1);
    await expect(onCall.getByText(/1 gap in the rota/)).toBeVisible();
  });

  test('RACI: five activities, people linked to the catalog', async ({
    page,
  }) => {
    await page.goto('/release-readiness/systems/servanda/env/prod');
    const raci = page.getByRole('table', { name: 'RACI matrix' });
    // The catalog ingests examples/org.yaml shortly after start; the card shows unavailable until then.
    await expect(async () => {
      await page.reload();
      await expect(raci.locator('tbody tr')).toHaveCount(5, { timeout: 5_000 });
    }).toPass({ timeout: 90_000 });
    await raci.getByRole('link', { name: 'Lena Kraus' }).first().click();
    await expect(page).toHaveURL(/\/catalog\/default\/user\/lena\.kraus/);
  });
});
