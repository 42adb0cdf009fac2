import { createHash } from 'node:crypto';

/**
 * An opaque id of the PagerDuty token, shared by every source that calls PagerDuty with it:
 * `pagerduty:` and the first 12 hex digits of the token's SHA-256. PagerDuty limits requests per
 * token, so sources with the same group share one budget. Never the token itself.
 */
export function rateLimitGroupOf(token: string): string {
  return `pagerduty:${createHash('sha256')
    .update(token, 'utf8')
    .digest('hex')
    .slice(0, 12)}`;
}
