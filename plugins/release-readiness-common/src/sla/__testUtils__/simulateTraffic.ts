import { Duration } from 'luxon';
import type { SlaServiceMeasurement, SlaWindowCounts } from '../types';

/** What a service served in one minute. */
export interface MinuteTraffic {
  requests: number;
  errors: number;
  /** Requests answered within each latency threshold (seconds → count). */
  within?: Record<number, number>;
}

/**
 * A traffic pattern: what the service served in the minute that ended `minutesAgo` minutes
 * before the moment measured (0 is the last minute).
 */
export type TrafficPattern = (minutesAgo: number) => MinuteTraffic;

const MINUTE_MS = 60_000;

const minutesOf = (window: string) =>
  Duration.fromISO(window).as('milliseconds') / MINUTE_MS;

/**
 * Test support, not code under test: adds up a pattern minute by minute, as a counter's
 * increase over each window would be, so that a test can state the traffic in words and the
 * expected values in closed form. `errorSeries: false` leaves the error counts null, as a
 * source reports an error counter that never existed.
 */
export function simulateTraffic(
  pattern: TrafficPattern,
  options: {
    service?: string;
    at: string;
    windows: string[];
    thresholds?: number[];
    bucketBoundaries?: number[];
    errorSeries?: boolean;
    /** Cumulative counts since the start of `window` at `points` evenly spaced moments. */
    series?: { window: string; points: number };
  },
): SlaServiceMeasurement {
  const thresholds = options.thresholds ?? [];
  const sum = (fromMinutesAgo: number, toMinutesAgo: number) => {
    let requests = 0;
    let errors = 0;
    const within = thresholds.map(() => 0);
    for (let k = toMinutesAgo; k < fromMinutesAgo; k++) {
      const minute = pattern(k);
      requests += minute.requests;
      errors += minute.errors;
      thresholds.forEach((t, i) => {
        within[i] += minute.within?.[t] ?? 0;
      });
    }
    return { requests, errors, within };
  };
  const windows: SlaWindowCounts[] = options.windows.map(window => {
    const counts = sum(minutesOf(window), 0);
    return {
      window,
      total: counts.requests,
      errors: options.errorSeries === false ? null : counts.errors,
      within: thresholds.map((threshold, i) => ({
        threshold,
        count: counts.within[i],
      })),
    };
  });
  const atMs = Date.parse(options.at);
  let series: SlaServiceMeasurement['series'];
  if (options.series) {
    const length = minutesOf(options.series.window);
    const step = length / options.series.points;
    series = Array.from({ length: options.series.points }, (_, i) => {
      const minutesAgo = length - (i + 1) * step;
      const counts = sum(length, minutesAgo);
      return {
        at: new Date(atMs - minutesAgo * MINUTE_MS).toISOString(),
        total: counts.requests,
        errors: options.errorSeries === false ? null : counts.errors,
      };
    });
  }
  return {
    service: options.service ?? 'api-gateway',
    windows,
    ...(options.bucketBoundaries && {
      bucketBoundaries: options.bucketBoundaries,
    }),
    ...(series && { series }),
  };
}
