import { expect, Page } from '@playwright/test';

async function expectSignedIn(page: Page) {
  await expect(
    page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'Release readiness' }),
  ).toBeVisible();
}

/** Signs in as the demo's guest user and waits for the sidebar. */
export async function signIn(page: Page) {
  await page.goto('/');
  const guestButton = page.getByRole('button', { name: 'Sign in as guest' });
  await expect(guestButton).toBeVisible();
  await guestButton.click();
  await expectSignedIn(page);
}

/**
 * Signs in as a catalog user of `examples/org.yaml` through the demo sign-in (the picker on the
 * sign-in page), e.g. `signInAs(page, 'user:default/lena.kraus')`, and waits for the sidebar.
 * Expects a fresh browser context (nobody signed in yet). The catalog reads the examples shortly
 * after the backend starts, so the page is reloaded until the person is listed.
 */
export async function signInAs(page: Page, userRef: string) {
  await page.goto('/');
  const person = page
    .getByRole('list', { name: 'Demo people' })
    .locator(`button[data-entity-ref="${userRef}"]`);
  await expect(async () => {
    if (!(await person.isVisible())) {
      await page.reload();
    }
    await expect(person).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 90_000 });
  await person.click();
  await expectSignedIn(page);
}
