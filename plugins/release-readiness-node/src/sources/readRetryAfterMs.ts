import { clampRetryAfterMs } from './clampRetryAfterMs';
import { readHeader } from './readHeader';
import type {
  RateLimitHeaderBag,
  RateLimitHeaderFormat,
  ReadRetryAfterOptions,
} from './types';

/** Delay or delta seconds: `120`, ` 1.5 `, `-30`. */
const SIGNED_SECONDS = /^\s*-?\d+(?:\.\d+)?\s*$/;
/** Epoch seconds: `1711270800`, `1711270800.5`; no sign. */
const UNSIGNED_SECONDS = /^\s*\d+(?:\.\d+)?\s*$/;

/** The seconds `value` states, if it is a finite number or a string of the expected form. */
function secondsOf(value: unknown, signed: boolean): number | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) && (signed || value >= 0) ? value : undefined;
  }
  if (typeof value === 'string') {
    return (signed ? SIGNED_SECONDS : UNSIGNED_SECONDS).test(value)
      ? Number(value)
      : undefined;
  }
  return undefined;
}

/** The wait `value` asks for in milliseconds (not yet clamped), or `undefined` when malformed. */
function waitMsOf(
  value: unknown,
  format: RateLimitHeaderFormat,
  now: number,
): number | undefined {
  if (format === 'epoch-seconds') {
    const seconds = secondsOf(value, false);
    return seconds === undefined ? undefined : seconds * 1000 - now;
  }
  const seconds = secondsOf(value, true);
  if (seconds !== undefined) {
    return seconds * 1000;
  }
  if (format === 'retry-after' && typeof value === 'string') {
    // An HTTP date has letters (the day and month names); this keeps Date.parse from reading
    // bare numbers or other junk as dates.
    const at = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
    return Number.isNaN(at) ? undefined : at - now;
  }
  return undefined;
}

/**
 * How long an upstream's rate-limit headers ask us to wait, in milliseconds, clamped to
 * [1 s, 15 min] (`clampRetryAfterMs`): a broken or hostile answer can neither stop the board for
 * years nor make it call again at once.
 *
 * @remarks
 * Reads `options.headers` in order; the first header with a usable value gives the wait (see
 * {@link RateLimitHeaderFormat} for what each format accepts). A header that is absent or
 * malformed (`soon`, an unparseable date, a negative epoch) is skipped. When none is usable the
 * result is `options.fallbackMs` (clamped), or `undefined` without it. The value of a header is
 * never echoed anywhere.
 *
 * @example
 * GitHub (`retry-after`, else `x-ratelimit-reset`; 60 s when neither says):
 * ```ts
 * readRetryAfterMs(error.response.headers, {
 *   headers: [
 *     { name: 'retry-after', format: 'retry-after' },
 *     { name: 'x-ratelimit-reset', format: 'epoch-seconds' },
 *   ],
 *   now: Date.now(),
 *   fallbackMs: 60_000,
 * });
 * ```
 *
 * @param bag - the answer's headers
 * @public
 */
export function readRetryAfterMs(
  bag: RateLimitHeaderBag,
  options: ReadRetryAfterOptions & { fallbackMs: number },
): number;
/** @public */
export function readRetryAfterMs(
  bag: RateLimitHeaderBag,
  options: ReadRetryAfterOptions,
): number | undefined;
export function readRetryAfterMs(
  bag: RateLimitHeaderBag,
  options: ReadRetryAfterOptions,
): number | undefined {
  for (const { name, format } of options.headers) {
    const ms = waitMsOf(readHeader(bag, name), format, options.now);
    if (ms !== undefined) {
      return clampRetryAfterMs(ms);
    }
  }
  return options.fallbackMs === undefined
    ? undefined
    : clampRetryAfterMs(options.fallbackMs);
}
