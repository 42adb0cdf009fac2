import type { SourceInfo } from './types';

/**
 * The source of data that no source is configured for: `unavailable` with an error of type
 * `NOT_CONFIGURED` whose message says what to configure. Tiles show it as "not configured",
 * never as a result.
 *
 * @param name - shown as `source.name`, e.g. `none` or `catalog`
 * @param message - what to configure, e.g. `No on-call source is configured (…onCall)`
 * @public
 */
export function notConfiguredSource(name: string, message: string): SourceInfo {
  return {
    name,
    status: 'unavailable',
    error: { type: 'NOT_CONFIGURED', message },
  };
}
