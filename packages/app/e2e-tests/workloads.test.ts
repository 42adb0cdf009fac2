import { test, expect } from '@playwright/test';
import { signIn } from './signIn';

test.describe('workloads', () => {
  test.beforeEach(async ({ page }) => signIn(page));

  test('the matrix shows versions per environment, drift and a failure', async ({
    page,
  }) => {
    await page.goto('/release-readiness/systems/servanda');
    await page.getByRole('link', { name: "What's deployed where" }).click();
    await expect(page).toHaveURL(
      /\/release-readiness\/systems\/servanda\/deployed$/,
    );

    const matrix = page.getByRole('table');
    for (const column of [
      /^Development kubernetes:/,
      /^Staging kubernetes:/,
      /^Production kubernetes:/,
      /^Production \(on-prem\) snapshot/,
    ]) {
      await expect(
        matrix.getByRole('columnheader', { name: column }),
      ).toBeVisible();
    }
    const api = matrix.getByRole('row', { name: /^servanda-api/ });
    await expect(api).toContainText('drift');
    for (const version of ['dev-3f2a9c1', 'rc-1.5.0', '1.4.2', '1.4.0']) {
      await expect(api).toContainText(version);
    }
    await expect(
      matrix.getByRole('row', { name: /^servanda-export-worker/ }),
    ).toContainText('failed');
    const postgres = matrix.getByRole('row', { name: /^postgresql/ });
    await expect(postgres).toContainText('16.4.0');
    await expect(postgres.getByLabel('not deployed')).toHaveCount(3);
  });

  test('an environment page shows its live workloads, the air-gapped one its snapshot', async ({
    page,
  }) => {
    await page.goto('/release-readiness/systems/servanda/env/stage');
    const stage = page.getByRole('region', { name: 'Workloads' });
    await expect(stage.getByText('live', { exact: true })).toBeVisible();
    const worker = stage.getByRole('row', { name: /servanda-export-worker/ });
    await expect(worker).toContainText('failed');
    await expect(worker).toContainText('17');
    await expect(stage.getByText(/as of/)).toBeVisible();

    await page.goto('/release-readiness/systems/servanda/env/prod-onprem');
    const onprem = page.getByRole('region', { name: 'Workloads' });
    await expect(
      onprem.getByText('offline snapshot', { exact: true }),
    ).toBeVisible();
    await expect(
      onprem.getByRole('row', { name: /servanda-log-shipper/ }),
    ).toContainText('DaemonSet');
  });

  test('a catalog component has a tab with where it runs', async ({ page }) => {
    await page.goto(
      '/catalog/default/component/servanda-api/release-readiness',
    );
    await expect(page.getByRole('row', { name: /servanda-api/ })).toContainText(
      'rc-1.5.0',
      {
        timeout: 60_000,
      },
    );
  });
});
