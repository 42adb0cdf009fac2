import { mockApis } from '@backstage/frontend-test-utils';
import { englishTranslate } from './englishTranslate';
import {
  releaseReadinessMessages,
  releaseReadinessTranslationRef,
  type ReleaseReadinessTranslate,
} from './releaseReadinessTranslationRef';

type Nested = { readonly [key: string]: string | Nested };

function entriesOf(messages: Nested, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : entriesOf(value, `${prefix}${key}.`),
  );
}

const ENTRIES = entriesOf(releaseReadinessMessages);

/** Each key once, plural variants (`x_one`, `x_other`) as the key `x` that `t` takes. */
const KEYS = [
  ...new Set(
    ENTRIES.map(([key]) => key.replace(/_(zero|one|two|few|many|other)$/, '')),
  ),
];

/** A value for every placeholder of any message; `count` picks the plural. */
function optionsFor(count: number): Record<string, string | number> {
  const names = ENTRIES.flatMap(([, message]) =>
    [...message.matchAll(/\{\{\s*([^},\s]+)/g)].map(m => m[1]),
  );
  return {
    ...Object.fromEntries(names.map(name => [name, `<${name}>`])),
    count,
  };
}

/** The untyped view of a translation function, taking every key and every option. */
function untyped(t: ReleaseReadinessTranslate) {
  return t as (key: string, options: object) => string;
}

describe('englishTranslate', () => {
  it.each([0, 1, 2, 14])(
    'renders every English message as Backstage’s i18next-based translation API does (count %d)',
    count => {
      // Backstage's translation API in its default language, English.
      const snapshot = mockApis
        .translation()
        .getTranslation(releaseReadinessTranslationRef);
      if (!snapshot.ready) {
        throw new Error('the mock translation API is not ready');
      }
      const options = optionsFor(count);
      const ours = KEYS.map(key => [
        key,
        untyped(englishTranslate)(key, options),
      ]);
      const theirs = KEYS.map(key => [key, untyped(snapshot.t)(key, options)]);
      expect(KEYS.length).toBeGreaterThan(100);
      expect(ours).toEqual(theirs);
    },
  );

  it('fills placeholders and picks the plural by count', () => {
    expect(
      englishTranslate('board.tile.slaWorst', { name: 'auth', count: 1 }),
    ).toBe('worst: auth (1 service)');
    expect(
      englishTranslate('board.tile.slaWorst', { name: 'auth', count: 3 }),
    ).toBe('worst: auth (3 services)');
  });
});
