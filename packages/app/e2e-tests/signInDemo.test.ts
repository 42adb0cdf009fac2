import { test, expect, Page } from '@playwright/test';
import { signIn, signInAs } from './signIn';

const LENA = 'user:default/lena.kraus';

/** The Settings page's cards: profile (name, e-mail) and Backstage identity (user, ownership). */
async function openSettings(page: Page) {
  await page.goto('/settings');
  const settings = page.getByRole('article');
  return {
    profile: settings.getByRole('heading', { level: 6 }).first(),
    settings,
    user: settings.getByRole('heading', { name: /^User Entity:/ }),
    ownership: settings.getByRole('heading', {
      name: /^Ownership Entities:/,
    }),
  };
}

test.describe('demo sign-in', () => {
  test('the sign-in page lists the catalog people with their groups, next to the guest', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(
      page.getByText(
        'Demo sign-in: pick a person to try their permissions. Not for production.',
      ),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Sign in as guest' }),
    ).toBeVisible();

    const people = page.getByRole('list', { name: 'Demo people' });
    const lena = people.getByRole('button', {
      name: 'Lena Kraus',
      exact: true,
    });
    // The catalog ingests examples/org.yaml shortly after start.
    await expect(async () => {
      if (!(await lena.isVisible())) {
        await page.reload();
      }
      await expect(lena).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 90_000 });
    await expect(lena).toHaveAccessibleDescription('Release captains');
    await expect(
      people.getByRole('button', { name: 'Jonas Weber', exact: true }),
    ).toHaveAccessibleDescription('Product owners');

    await page
      .getByRole('searchbox', { name: 'Find a person or group' })
      .fill('on-call');
    await expect(lena).toBeHidden();
    await expect(
      people.getByRole('button', { name: 'Mara Schulz', exact: true }),
    ).toBeVisible();
  });

  test('signed in as Lena Kraus, the portal shows her; a reload keeps her; signing out returns to the picker', async ({
    page,
  }) => {
    await signInAs(page, LENA);

    const expectLena = async () => {
      const { profile, settings, user, ownership } = await openSettings(page);
      await expect(profile).toHaveText('Lena Kraus');
      await expect(settings).toContainText('lena.kraus@servanda.example');
      await expect(
        user.getByRole('link', { name: 'Lena Kraus' }),
      ).toHaveAttribute('href', '/catalog/default/user/lena.kraus');
      await expect(
        ownership.getByRole('link', { name: 'Release captains' }),
      ).toHaveAttribute(
        'href',
        '/catalog/default/group/servanda-release-captains',
      );
    };
    await expectLena();

    await page.reload();
    await expectLena();
    await expect(
      page.getByRole('button', { name: 'Sign in as guest' }),
    ).toBeHidden();

    await page.getByRole('button', { name: 'more' }).click();
    await page.getByRole('menuitem', { name: 'Sign Out' }).click();
    await expect(
      page.getByRole('button', { name: 'Sign in as guest' }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('list', { name: 'Demo people' })
        .getByRole('button', { name: 'Lena Kraus', exact: true }),
    ).toBeVisible();

    await page.reload();
    await expect(
      page.getByRole('button', { name: 'Sign in as guest' }),
    ).toBeVisible();
  });

  test('the guest sign-in still works', async ({ page }) => {
    await signIn(page);

    const { profile, user } = await openSettings(page);
    await expect(user.getByRole('link')).toHaveAttribute(
      'href',
      '/catalog/development/user/guest',
    );
    await expect(profile).not.toHaveText('Lena Kraus');
  });
});
