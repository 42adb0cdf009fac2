import type { JsonObject } from '@backstage/types';
import { NO_BACKGROUND_REFRESH } from '../../sla/__testUtils__/startSlaBackend';
import { ROLLBACK_RACI } from './rollbackPeople';

/** Verification that polls every 50 ms and gives up after 5 s (ample on a loaded machine). */
export const FAST_VERIFY = { interval: 'PT0.05S', timeout: 'PT5S' };

/** What {@link rollbacksConfig} builds the environments from. */
export interface RollbacksConfigOptions {
  /** More keys of prod's `rollback` block (its `verify` defaults to {@link FAST_VERIFY}). */
  prodRollback?: JsonObject;
  /** More keys of stage's `rollback` block. */
  stageRollback?: JsonObject;
  /** More keys of prod (e.g. an `sla` block). */
  prod?: JsonObject;
  /** A freeze window of the calendar that covers the time the backend starts. */
  freezeNow?: boolean;
  /** More keys of `collector` (e.g. a short `cacheTtl`). */
  collector?: JsonObject;
}

/** `DTSTART` of a recurrence, in UTC. */
function utcStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The shorthand system (`releaseReadiness`, system `default`) with `stage` and `prod`, whose
 * workloads come from the test source `kubernetes` (so both get the default strategy), each
 * with a `readiness` block (which gives it the calendar), the RACI with "trigger rollback", and
 * no background refresh.
 */
export function rollbacksConfig(options: RollbacksConfigOptions = {}) {
  const environment = (
    title: string,
    order: number,
    rollback?: JsonObject,
  ) => ({
    title,
    order,
    workloads: { source: 'kubernetes' },
    readiness: { gates: {} },
    rollback: { verify: FAST_VERIFY, ...rollback },
  });
  const start = Date.now() - 60 * 60 * 1000;
  return {
    environments: {
      stage: environment('Staging', 2, options.stageRollback),
      prod: {
        ...environment('Production', 3, options.prodRollback),
        ...options.prod,
      },
    },
    raci: ROLLBACK_RACI,
    ...(options.freezeNow && {
      calendar: {
        windows: {
          'incident-freeze': {
            title: 'Incident freeze',
            kind: 'freeze',
            recurrence: `DTSTART:${utcStamp(start)}\nRRULE:FREQ=DAILY`,
            duration: 'PT4H',
          },
        },
      },
    }),
    collector: { ...options.collector, refresh: NO_BACKGROUND_REFRESH },
  };
}
