import { test, expect } from '@playwright/test';
import { signIn } from './signIn';

test.use({ timezoneId: 'Europe/Berlin' });

test.describe('the board in German', () => {
  test('a user switches the portal to German on the settings page and reads the team board in German', async ({
    page,
  }) => {
    await signIn(page);
    // The settings page offers a language picker because the portal has two languages
    // (app-config.yaml: api:app/app-language, availableLanguages en, de).
    await page.goto('/settings');
    const picker = page
      .getByRole('listitem')
      .filter({ hasText: /Language|Sprache/ })
      .getByRole('button', { name: /English/ });
    await picker.click();
    await page.getByRole('option', { name: 'Deutsch' }).click();
    // The app-language API keeps the choice in the browser, as for every later visit.
    await expect
      .poll(() => page.evaluate(() => window.localStorage.getItem('language')))
      .toBe('de');

    await page.goto('/release-readiness/systems/servanda');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Servanda' }),
    ).toBeVisible();
    await expect(
      page.getByText(/^\d+ Umgebungen in Promotion-Reihenfolge\./),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Alle Systeme' }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Was ist wo deployt', exact: true }),
    ).toBeVisible();
    await expect(page.getByLabel('Release-Policy')).toContainText(
      'http://localhost:7010/servanda/release-readiness.yaml (Team-Datei) · Stand',
    );

    // Environment titles are the team's data; the labels around them are German.
    const dev = page.getByRole('region', { name: 'Development', exact: true });
    await expect(dev.getByText('Stufe 1', { exact: true })).toBeVisible();
    await expect(dev.getByLabel(/^Entscheid: /)).toHaveAccessibleName(
      'Entscheid: Bereit',
    );
    const stage = page.getByRole('region', { name: 'Staging', exact: true });
    await expect(stage.getByLabel(/^Entscheid: /)).toHaveAccessibleName(
      'Entscheid: Blockiert',
    );
    for (const tile of [
      'Gates',
      'Versionen',
      'Workloads',
      'Verantwortliche (RACI)',
      'Rufbereitschaft jetzt',
      'Backups',
      'Release-Fenster',
    ]) {
      await expect(
        stage.getByRole('region', { name: tile, exact: true }),
      ).toBeVisible();
    }
    await expect(
      stage.getByRole('link', { name: 'Staging öffnen' }),
    ).toBeVisible();
    // No English label of the board is left (window titles such as "Standard release window"
    // are the team's data and stay as written).
    for (const english of [
      'Versions',
      'Owners (RACI)',
      'On call now',
      'Release window',
    ]) {
      await expect(
        page.getByRole('region', { name: english, exact: true }),
      ).toHaveCount(0);
    }
    await expect(page.getByLabel(/^Verdict: /)).toHaveCount(0);
    await expect(page.getByText(/environments in promotion order/)).toHaveCount(
      0,
    );

    // The environment's page follows the same setting.
    await stage.getByRole('link', { name: 'Staging öffnen' }).click();
    await expect(
      page.getByRole('heading', { name: 'Darf es live gehen?' }),
    ).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Übersicht' })).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Go-Live-Vorbedingungen' }),
    ).toBeVisible();
  });
});
