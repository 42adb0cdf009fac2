import { DateTime } from 'luxon';
import {
  englishTranslate,
  type ReleaseReadinessTranslate,
} from '../translations';
import { localeFormatsOf } from './localeFormatsOf';

/**
 * How old a source's data is, e.g. `3 minutes ago` (`language` `de`: `vor 3 Minuten`), relative
 * to `now`; `never` (`t('board.asOf.never')`) when it was never obtained. An unreadable time is
 * shown as given.
 */
export function formatAsOf(
  iso: string | undefined,
  now: DateTime = DateTime.now(),
  options: { language?: string; t?: ReleaseReadinessTranslate } = {},
): string {
  if (!iso) {
    return (options.t ?? englishTranslate)('board.asOf.never');
  }
  const at = DateTime.fromISO(iso);
  const locale = options.language
    ? localeFormatsOf(options.language).locale
    : undefined;
  return at.isValid ? at.toRelative({ base: now, locale }) ?? iso : iso;
}
