import { releaseReadinessMessages } from './releaseReadinessTranslationRef';
import type { ReleaseReadinessTranslate } from './releaseReadinessTranslationRef';

type Nested = { readonly [key: string]: string | Nested };

function flatten(messages: Nested, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') {
      flat.set(path, value);
    } else {
      for (const [k, v] of flatten(value, `${path}.`)) {
        flat.set(k, v);
      }
    }
  }
  return flat;
}

const ENGLISH = flatten(releaseReadinessMessages);
const PLURALS = new Intl.PluralRules('en');

function translate(key: string, options?: Record<string, unknown>): string {
  const count = options?.count;
  const message =
    (typeof count === 'number' &&
      ENGLISH.get(`${key}_${PLURALS.select(count)}`)) ||
    ENGLISH.get(key) ||
    key;
  return message.replace(/\{\{\s*([^}]+?)\s*\}\}/g, (_, name: string) =>
    String(options?.[name] ?? ''),
  );
}

/**
 * The English (default) messages of {@link ReleaseReadinessTranslate} outside React, for pure
 * helpers called without a translation function: `{{name}}` interpolation and `_one`/`_other`
 * plurals by `count`, as i18next does them (`englishTranslate.test.ts` compares the two).
 * Components pass `useTranslationRef(releaseReadinessTranslationRef).t` instead, which follows
 * the portal's language.
 */
export const englishTranslate = translate as ReleaseReadinessTranslate;
