import { useTranslationRef } from '@backstage/frontend-plugin-api';
import type { BackupItemResult } from '@release-readiness/plugin-release-readiness-common';
import type { DateTime } from 'luxon';
import { useMemo } from 'react';
import {
  formatAsOf,
  formatDayLabel,
  formatLocalDateTime,
  formatRotaRange,
  formatRotaTime,
  formatTime,
} from '../../format';
import { useLanguage } from '../../hooks/useLanguage';
import {
  releaseReadinessTranslationRef,
  type ReleaseReadinessTranslate,
} from '../../translations';
import { describeAge } from './describeAge';
import { formatDuration } from './formatDuration';
import { formatPercent } from './formatPercent';

/**
 * The translation function and the formatters of `format/` and this folder, bound to the
 * portal's current language (see {@link useFormatters}).
 *
 * @public
 */
export interface Formatters {
  t: ReleaseReadinessTranslate;
  /** The portal's language, e.g. `en`, `de`. */
  language: string;
  formatTime(iso: string, zone?: string): string;
  formatAsOf(iso: string | undefined): string;
  formatDayLabel(day: DateTime): string;
  formatRotaTime(iso: string, timeZone?: string): string;
  formatRotaRange(
    range: { start: string; end: string },
    timeZone?: string,
  ): string;
  formatLocalDateTime(iso: string): string;
  formatDuration(iso: string): string;
  formatPercent(ratio: number, decimals?: number): string;
  describeAge(
    item: Pick<BackupItemResult, 'age' | 'rpo'>,
    limit: 'RPO' | 'max age' | 'max lag',
  ): string;
}

/**
 * The messages and formatters in the portal's language: `t` of
 * `releaseReadinessTranslationRef`, times and relative ages with luxon in the language's locale,
 * durations and percentages with its words and number format.
 *
 * @public
 */
export function useFormatters(): Formatters {
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const language = useLanguage();
  return useMemo(() => {
    // English keeps the browser's own number and date-time style, as before translations.
    const locale = language === 'en' ? undefined : language;
    return {
      t,
      language,
      formatTime: (iso, zone) => formatTime(iso, zone, language),
      formatAsOf: iso => formatAsOf(iso, undefined, { language, t }),
      formatDayLabel: day => formatDayLabel(day, language),
      formatRotaTime: (iso, zone) => formatRotaTime(iso, zone, language),
      formatRotaRange: (range, zone) => formatRotaRange(range, zone, language),
      formatLocalDateTime: iso => formatLocalDateTime(iso, locale),
      formatDuration: iso => formatDuration(iso, t),
      formatPercent: (ratio, decimals) =>
        formatPercent(ratio, decimals, locale),
      describeAge: (item, limit) => describeAge(item, limit, t),
    };
  }, [t, language]);
}
