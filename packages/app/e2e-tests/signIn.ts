import { expect, Page } from '@playwright/test';

/** Signs in as the demo's guest user and waits for the sidebar. */
export async function signIn(page: Page) {
  await page.goto('/');
  const enterButton = page.getByRole('button', { name: 'Enter' });
  await expect(enterButton).toBeVisible();
  await enterButton.click();
  await expect(
    page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'Release readiness' }),
  ).toBeVisible();
}
