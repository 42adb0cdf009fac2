import type { JsonObject } from '@backstage/types';
import { NO_BACKGROUND_REFRESH } from '../../sla/__testUtils__/startSlaBackend';
import { DECISION_RACI } from './decisionPeople';

/** What {@link decisionsConfig} builds prod from. */
export interface DecisionsConfigOptions {
  /**
   * The checks of prod's release gate (configuration source, release `v1.4.2`); default
   * `{ lint: 'passed' }`.
   */
  checks?: Record<string, 'passed' | 'failed' | 'pending'>;
  /** Prod also has the manual gate `staging` (check `smoke-tests`). */
  manualGate?: boolean;
  /** Prod's readiness preconditions (e.g. an incident check without a source: unknown). */
  preconditions?: JsonObject;
  /** Prod's `decisions` block; default none (the default policy). */
  decisions?: JsonObject;
  /** More keys of prod (e.g. another gate source). */
  prod?: JsonObject;
}

/**
 * The shorthand system (`releaseReadiness.environments`, system `default`) with one environment,
 * `prod`, judged from its gates only, the handbook's go/no-go RACI, and no background refresh.
 */
export function decisionsConfig(options: DecisionsConfigOptions = {}) {
  const checks = options.checks ?? { lint: 'passed' };
  return {
    environments: {
      prod: {
        title: 'Production',
        order: 3,
        gates: { source: 'config', config: { ref: 'v1.4.2', checks } },
        readiness: {
          gates: {
            release: { title: 'Release gate', checks: Object.keys(checks) },
            ...(options.manualGate && {
              staging: {
                title: 'Staging gate',
                source: 'manual',
                checks: ['smoke-tests'],
              },
            }),
          },
          ...(options.preconditions && {
            preconditions: options.preconditions,
          }),
        },
        ...(options.decisions && { decisions: options.decisions }),
        ...options.prod,
      },
    },
    raci: DECISION_RACI,
    collector: { refresh: NO_BACKGROUND_REFRESH },
  };
}
