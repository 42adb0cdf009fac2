/** How dates are written in one language: luxon's locale and the day pattern. */
export interface LocaleFormats {
  /** The BCP 47 locale luxon and `Intl` format with, e.g. `en-GB`, `de-DE`. */
  locale: string;
  /** A day, e.g. `Tue 31 Mar` (en) or `Di. 31. März` (de). */
  day: string;
}

const FORMATS: Record<string, LocaleFormats> = {
  en: { locale: 'en-GB', day: 'ccc d LLL' },
  de: { locale: 'de-DE', day: 'EEE d. MMM' },
};

/**
 * The date formats of a portal language (`appLanguageApi`'s `en`, `de`, or a regional tag such
 * as `de-AT`); English (British dates, 24-hour times) for a language without its own.
 */
export function localeFormatsOf(language: string | undefined): LocaleFormats {
  if (!language) {
    return FORMATS.en;
  }
  const base = language.toLocaleLowerCase('en-US').split('-')[0];
  const formats = FORMATS[base];
  if (!formats) {
    return FORMATS.en;
  }
  return base === language ? formats : { ...formats, locale: language };
}
