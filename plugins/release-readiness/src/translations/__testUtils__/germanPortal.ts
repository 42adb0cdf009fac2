/**
 * Test configuration of a portal whose language setting (`api:app/app-language`) offers English
 * and German with German chosen, for `renderInTestApp(..., { config: germanPortal })`.
 */
export const germanPortal = {
  app: {
    baseUrl: 'http://localhost:3000',
    extensions: [
      {
        'api:app/app-language': {
          config: { availableLanguages: ['en', 'de'], defaultLanguage: 'de' },
        },
      },
    ],
  },
  backend: { baseUrl: 'http://localhost:7007' },
};

/**
 * Clears the language the app keeps in local storage before and after each test of the calling
 * `describe`: a stored language wins over the configured default, so an earlier English test
 * would keep a German one English.
 */
export function forgetStoredLanguage(): void {
  beforeEach(() => window.localStorage.removeItem('language'));
  afterEach(() => window.localStorage.removeItem('language'));
}
