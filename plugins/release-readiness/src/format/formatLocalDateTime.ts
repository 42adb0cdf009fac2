import { localeFormatsOf } from './localeFormatsOf';

/**
 * A time in the browser's zone and locale (e.g. `3/27/2026, 4:00:00 PM` in en-US), for times
 * that are read by the viewer alone, such as a CronJob's last run; with `language`, in that
 * language's locale (`de`: `27.3.2026, 16:00:00`).
 */
export function formatLocalDateTime(iso: string, language?: string): string {
  return new Date(iso).toLocaleString(
    language ? localeFormatsOf(language).locale : undefined,
  );
}
