import releaseReadinessDe from './de';
import { releaseReadinessMessages } from './releaseReadinessTranslationRef';

type Nested = { readonly [key: string]: string | Nested };

function flatten(messages: Nested, prefix = ''): Record<string, string> {
  return Object.entries(messages).reduce<Record<string, string>>(
    (flat, [key, value]) =>
      typeof value === 'string'
        ? { ...flat, [`${prefix}${key}`]: value }
        : { ...flat, ...flatten(value, `${prefix}${key}.`) },
    {},
  );
}

/** The `{{name}}` placeholders of a message, sorted. */
function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)]
    .map(m => m[1])
    .sort();
}

const english = flatten(releaseReadinessMessages);
const german: Record<string, string | null> = releaseReadinessDe;

describe('releaseReadinessTranslationRef', () => {
  it('has no German key that the English messages lack', () => {
    const extra = Object.keys(german).filter(key => !(key in english));
    expect(extra).toEqual([]);
  });

  it('has a German message for every English one (also checked by the types)', () => {
    const missing = Object.keys(english).filter(key => !(key in german));
    expect(missing).toEqual([]);
  });

  it('says every German message with the placeholders of its English one', () => {
    // A singular may say "next week" rather than "next 1 week": `count` is optional there.
    const singular = (key: string) => /_(zero|one)$/.test(key);
    const names = (key: string, message: string) =>
      placeholders(message)
        .filter(name => !(singular(key) && name === 'count'))
        .join();
    const mismatched = Object.entries(german).flatMap(([key, message]) =>
      key in english &&
      message !== null &&
      names(key, message) !== names(key, english[key])
        ? [`${key}: ${message}`]
        : [],
    );
    expect(mismatched).toEqual([]);
  });

  it('leaves no German message empty', () => {
    const empty = Object.entries(german).flatMap(([key, message]) =>
      message?.trim() ? [] : [key],
    );
    expect(empty).toEqual([]);
  });
});
