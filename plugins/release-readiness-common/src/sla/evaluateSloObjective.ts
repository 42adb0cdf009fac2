import { describeSli } from './describeSli';
import { isBucketBoundary } from './isBucketBoundary';
import { resolveSloWindow } from './resolveSloWindow';
import { sliCountsOf } from './sliCountsOf';
import type {
  SlaServiceMeasurement,
  SloObjectiveDefinition,
  SloObjectiveResult,
} from './types';

/**
 * Options of {@link evaluateSloObjective} and {@link evaluateSlaService}.
 *
 * @public
 */
export interface EvaluateSlaOptions {
  /** The moment measured (ISO); resolves `calendar-month` windows. */
  at: string;
  /** The source's warnings (partial data): every objective is then `unknown`. */
  warnings?: string[];
  /** The source could not be read (nothing measured): the reason says so. */
  unavailable?: boolean;
}

const partialData = (warnings: string[]) =>
  `partial data from the source (${warnings.length} warning${
    warnings.length === 1 ? '' : 's'
  }), so unknown`;

/**
 * Judges one objective from the counts of its window.
 *
 * @remarks
 * Pure. The actual is availability `good / total`, latency compliance `within / total` or error
 * rate `errors / total`; it passes when it is at or above the target (at or below it for an
 * error rate). No traffic, no series or unusable counts read `no-data` (`actual` null), fewer
 * requests than `minRequests` read `insufficient-data` (the actual is still shown); both are
 * `unknown`, never `pass`. Post-deploy limits and rollback triggers say whether they are
 * `firing` (breached); a firing rollback trigger is `fail`, a quiet one `pass`. The source's
 * warnings make the objective `unknown` (their text is not repeated: it is the upstream's).
 *
 * @public
 */
export function evaluateSloObjective(
  objective: SloObjectiveDefinition,
  measurement: SlaServiceMeasurement | undefined,
  options: EvaluateSlaOptions,
): SloObjectiveResult {
  const window = resolveSloWindow(objective.window, options.at);
  const warnings = options.warnings ?? [];
  const approximate =
    objective.kind === 'latency' &&
    objective.threshold !== undefined &&
    measurement !== undefined &&
    !isBucketBoundary(objective.threshold, measurement.bucketBoundaries);
  const base = {
    id: objective.id,
    title: objective.title,
    kind: objective.kind,
    role: objective.role,
    target: objective.target,
    ...(objective.threshold !== undefined && {
      threshold: objective.threshold,
    }),
    window,
    approximate,
  };
  const reading = measurement
    ? sliCountsOf(
        objective.kind,
        objective.threshold,
        measurement.windows.find(w => w.window === window),
      )
    : {
        kind: 'missing' as const,
        requests: null,
        reason: options.unavailable
          ? 'the SLA source could not be read: unknown'
          : 'the source measured nothing for this service: no data',
      };
  if (reading.kind === 'missing') {
    return {
      ...base,
      actual: null,
      status: 'unknown',
      data: 'no-data',
      requests: reading.requests,
      reason:
        warnings.length > 0
          ? `${partialData(warnings)}: ${reading.reason}`
          : reading.reason,
    };
  }
  const actual =
    objective.kind === 'error-rate'
      ? reading.bad / reading.total
      : reading.good / reading.total;
  const measured = describeSli(objective, actual, reading.total, approximate);
  const common = { ...base, actual, requests: reading.total };
  if (reading.total < objective.minRequests) {
    return {
      ...common,
      status: 'unknown',
      data: 'insufficient-data',
      reason: `${
        warnings.length > 0 ? `${partialData(warnings)}; ` : ''
      }insufficient data: ${measured}, fewer than the ${
        objective.minRequests
      } requests needed`,
    };
  }
  if (warnings.length > 0) {
    return {
      ...common,
      status: 'unknown',
      data: 'ok',
      reason: `${partialData(warnings)}: ${measured}`,
    };
  }
  const met =
    objective.kind === 'error-rate'
      ? actual <= objective.target
      : actual >= objective.target;
  if (objective.role === 'rollback-trigger') {
    return {
      ...common,
      status: met ? 'pass' : 'fail',
      data: 'ok',
      firing: !met,
      reason: met
        ? `quiet: ${measured}`
        : `rollback trigger firing: ${measured}`,
    };
  }
  return {
    ...common,
    status: met ? 'pass' : 'fail',
    data: 'ok',
    ...(objective.role === 'post-deploy' && { firing: !met }),
    reason:
      objective.role === 'post-deploy' && !met
        ? `post-deploy limit breached: ${measured}`
        : measured,
  };
}
