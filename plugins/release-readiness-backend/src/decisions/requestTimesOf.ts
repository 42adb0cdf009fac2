import { InputError } from '@backstage/errors';
import type { DecisionPolicy } from '@release-readiness/plugin-release-readiness-common';
import { Duration } from 'luxon';

/** A planned time a few minutes in the past still counts as now (clocks, slow forms). */
const PAST_TOLERANCE_MS = 5 * 60_000;

/**
 * When a request made `now` expires (the policy's `expiresAfter`) and its planned moment;
 * throws an `InputError` naming `plannedAt` when that is not between now and the expiry.
 */
export function requestTimesOf(
  policy: DecisionPolicy,
  plannedAt: string | undefined,
  now: number,
): { planned: number; expiresAt: number } {
  const expiresAt = now + Duration.fromISO(policy.expiresAfter).toMillis();
  const planned = plannedAt ? Date.parse(plannedAt) : now;
  if (planned < now - PAST_TOLERANCE_MS || planned > expiresAt) {
    throw new InputError(
      `Invalid body field 'plannedAt': must be between now and when the request expires (${new Date(
        expiresAt,
      ).toISOString()}, after ${policy.expiresAfter})`,
    );
  }
  return { planned, expiresAt };
}
