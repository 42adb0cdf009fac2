import { test, expect } from '@playwright/test';
import { signIn } from './signIn';

test("the release-readiness board lists Servanda's environments", async ({
  page,
}) => {
  await signIn(page);

  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await nav.getByRole('link', { name: 'Release readiness' }).click();
  await expect(page).toHaveURL(/\/release-readiness$/);
  await page
    .locator('section[data-system="servanda"]')
    .getByRole('link', { name: /^Open the board of/ })
    .click();
  await expect(page).toHaveURL(/\/release-readiness\/systems\/servanda$/);

  for (const title of ['Development', 'Staging', 'Production']) {
    await expect(
      page.getByRole('region', { name: title, exact: true }),
    ).toBeVisible();
  }
  const headings = await page
    .getByRole('heading', { level: 2 })
    .allTextContents();
  expect(
    headings.filter(h => ['Development', 'Staging', 'Production'].includes(h)),
  ).toEqual(['Development', 'Staging', 'Production']);

  await page
    .getByRole('link', { name: 'Open Production', exact: true })
    .click();
  await expect(page).toHaveURL(
    /\/release-readiness\/systems\/servanda\/env\/prod$/,
  );
  await expect(
    page.getByRole('heading', { name: 'Production', level: 1 }),
  ).toBeVisible();
  await expect(
    page.getByText(/Runs on: demo-cluster\/servanda-prod/),
  ).toBeVisible();
});
