import { test, expect } from '@playwright/test';
import { signIn } from './signIn';

test.describe('documentation', () => {
  test('the release-readiness system’s TechDocs tab shows the guides, built by the portal', async ({
    page,
  }) => {
    // the first view of the docs waits for the entity page's code and for the docs build
    test.setTimeout(300_000);
    await signIn(page);
    await page.goto('/catalog/default/system/release-readiness');
    // The catalog has read the repository's catalog-info.yaml long before the app is served; the
    // dev server builds the entity page's code on first use, which takes a while on a busy machine.
    const tab = page
      .getByRole('navigation', { name: 'Content navigation' })
      .getByRole('link', { name: 'TechDocs', exact: true });
    await expect(tab).toBeVisible({ timeout: 150_000 });
    await tab.click();
    await expect(page).toHaveURL(
      /\/catalog\/default\/system\/release-readiness\/docs/,
    );

    // The first view builds the docs (mkdocs, on the backend machine) and then shows them.
    await expect(
      page.getByRole('heading', { level: 2, name: 'Who reads what' }),
    ).toBeVisible({ timeout: 90_000 });
    await page
      .getByRole('main')
      .getByRole('link', { name: 'User guide', exact: true })
      .first()
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'User guide' }),
    ).toBeVisible();
    await expect(
      page.getByRole('cell', {
        name: 'request, vote on or waive a go/no-go decision',
      }),
    ).toBeVisible();
  });
});
