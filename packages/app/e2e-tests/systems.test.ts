import { test, expect } from '@playwright/test';
import { signIn, signInAs } from './signIn';

/** The four handbook teams' systems (examples/teams), by the start of their card's title. */
const SYSTEMS = [
  { name: 'servanda', title: /^Servanda/, environments: 4 },
  { name: 'wimmelwelt', title: /^Wimmelwelt/, environments: 2 },
  { name: 'sva-studio', title: /^SVA Studio/, environments: 2 },
  { name: 'lifetimecircle', title: /^LifeTimeCircle/, environments: 2 },
];

test.describe('systems', () => {
  test('the landing page lists the four teams’ systems with a verdict chip per environment', async ({
    page,
  }) => {
    await signIn(page);
    await page.goto('/release-readiness');
    for (const system of SYSTEMS) {
      const card = page.locator(`section[data-system="${system.name}"]`);
      // Team files are read from the demo git host shortly after the backend starts.
      await expect(async () => {
        if (!(await card.isVisible())) {
          await page.reload();
        }
        await expect(card).toBeVisible({ timeout: 5_000 });
      }).toPass({ timeout: 90_000 });
      await expect(card.getByRole('heading', { level: 2 })).toHaveText(
        system.title,
      );
      await expect(card.getByLabel('Release policy')).toContainText(
        `http://localhost:7010/${system.name}/release-readiness.yaml`,
      );
      const verdicts = card.getByRole('list', { name: 'Verdicts' });
      await expect(verdicts.getByRole('listitem')).toHaveCount(
        system.environments,
      );
      await expect(verdicts.getByLabel(/^Verdict: /)).toHaveCount(
        system.environments,
      );
      await expect(card.getByLabel('Verdict unavailable')).toHaveCount(0);
    }
    const servanda = page.locator('section[data-system="servanda"]');
    await expect(
      servanda
        .getByRole('listitem', { name: 'Development', exact: true })
        .getByLabel(/^Verdict: /),
    ).toHaveAccessibleName('Verdict: Ready');
    await expect(
      servanda
        .getByRole('listitem', { name: 'Staging', exact: true })
        .getByLabel(/^Verdict: /),
    ).toHaveAccessibleName('Verdict: Blocked');
  });

  test("a second team's board (Wimmelwelt) opens with its environments", async ({
    page,
  }) => {
    await signIn(page);
    await page.goto('/release-readiness');
    const card = page.locator('section[data-system="wimmelwelt"]');
    await expect(card).toBeVisible();
    await card.getByRole('link', { name: /^Open the board of/ }).click();
    await expect(page).toHaveURL(/\/release-readiness\/systems\/wimmelwelt$/);
    await expect(
      page.getByRole('heading', { level: 1, name: /Wimmelwelt/ }),
    ).toBeVisible();
    const headings = page.getByRole('heading', { level: 2 });
    await expect(headings).toHaveText(['Staging', 'Production']);
    const production = page.getByRole('region', {
      name: 'Production',
      exact: true,
    });
    // Production waits for its manual gates: never ready in the demo.
    await expect(production.getByLabel(/^Verdict: /)).not.toHaveAccessibleName(
      'Verdict: Ready',
    );
    await production
      .getByRole('link', { name: 'Open Production', exact: true })
      .click();
    await expect(page).toHaveURL(
      /\/release-readiness\/systems\/wimmelwelt\/env\/production$/,
    );
    await expect(
      page.getByRole('heading', { name: 'Production', level: 1 }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Gates' })
        .getByRole('region', { name: /Preflight/i }),
    ).toBeVisible();
  });

  test('signed in as a member of Wimmelwelt, its system comes first', async ({
    page,
  }) => {
    await signInAs(page, 'user:default/jana.petersen');
    await page.goto('/release-readiness');
    const cards = page.locator('section[data-system]');
    await expect(cards).toHaveCount(SYSTEMS.length, { timeout: 90_000 });
    await expect(cards.first()).toHaveAttribute('data-system', 'wimmelwelt');
    await expect(cards.first().getByText('Your team')).toBeVisible();
    await expect(page.getByText('Your team')).toHaveCount(1);
  });

  test("the old pages redirect to the default system's (Servanda)", async ({
    page,
  }) => {
    await signIn(page);
    await page.goto('/release-readiness/env/prod');
    await expect(page).toHaveURL(
      /\/release-readiness\/systems\/servanda\/env\/prod$/,
    );
    await expect(
      page.getByRole('heading', { name: 'Production', level: 1 }),
    ).toBeVisible();
    await page.goto('/release-readiness/deployed');
    await expect(page).toHaveURL(
      /\/release-readiness\/systems\/servanda\/deployed$/,
    );
    await expect(
      page.getByRole('heading', { name: "What's deployed where", level: 1 }),
    ).toBeVisible();
  });

  test('a catalog System has a tab with its board', async ({ page }) => {
    await signIn(page);
    await page.goto('/catalog/default/system/wimmelwelt/release-readiness');
    await expect(
      page.getByRole('region', { name: 'Staging', exact: true }),
    ).toBeVisible({ timeout: 60_000 });
    await expect(
      page.getByRole('region', { name: 'Production', exact: true }),
    ).toBeVisible();
    await page.getByRole('link', { name: /^Open the board of/ }).click();
    await expect(page).toHaveURL(/\/release-readiness\/systems\/wimmelwelt$/);
  });

  test("a component of a system shows the system's verdicts on its tab", async ({
    page,
  }) => {
    await signIn(page);
    await page.goto(
      '/catalog/default/component/wimmelwelt-backend/release-readiness',
    );
    const readiness = page.getByRole('region', {
      name: /^Release readiness of Wimmelwelt/,
    });
    await expect(readiness).toBeVisible({ timeout: 60_000 });
    await expect(
      readiness
        .getByRole('list', { name: 'Verdicts' })
        .getByLabel(/^Verdict: /),
    ).toHaveCount(2);
  });
});
