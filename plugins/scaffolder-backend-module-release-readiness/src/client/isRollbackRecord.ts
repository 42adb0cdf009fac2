import type {
  RollbackDiff,
  RollbackOutcome,
  RollbackRecord,
} from '@release-readiness/plugin-release-readiness-common';

/** Every outcome a record can have (`RollbackOutcome`). */
export const ROLLBACK_OUTCOMES: ReadonlyArray<RollbackOutcome> = [
  'dry-run',
  'skipped',
  'refused',
  'conflict',
  'in-progress',
  'succeeded',
  'failed',
];

const VERIFICATION_STATUSES: ReadonlyArray<string> = [
  'pending',
  'passed',
  'failed',
  'timed-out',
  'not-run',
];

type Unknown = { [key: string]: unknown };

const isObject = (value: unknown): value is Unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isString = (value: unknown): value is string => typeof value === 'string';

const isOptionalString = (value: unknown) =>
  value === undefined || isString(value);

const isSide = (value: unknown) =>
  isObject(value) &&
  typeof value.revision === 'number' &&
  isOptionalString(value.version);

function isDiff(value: unknown): value is RollbackDiff {
  return (
    isObject(value) &&
    isSide(value.from) &&
    isSide(value.to) &&
    Array.isArray(value.changes) &&
    value.changes.every(
      c =>
        isObject(c) &&
        isString(c.container) &&
        isOptionalString(c.from) &&
        isOptionalString(c.to),
    )
  );
}

/**
 * Whether a body is a `RollbackRecord` (`POST /rollbacks`, `GET /rollbacks/:id`) as far as the
 * rollback action reads it: id, system, environment, workload, actor, reason, dry-run flag, a
 * known outcome, message, the verification with its checks, the diff and the pipeline run
 * when present, and the creation time.
 */
export function isRollbackRecord(value: unknown): value is RollbackRecord {
  return (
    isObject(value) &&
    isString(value.id) &&
    isString(value.system) &&
    isString(value.environment) &&
    isObject(value.workload) &&
    isString(value.workload.kind) &&
    isString(value.workload.name) &&
    isString(value.strategy) &&
    isString(value.actor) &&
    isString(value.reason) &&
    typeof value.dryRun === 'boolean' &&
    isString(value.outcome) &&
    ROLLBACK_OUTCOMES.some(outcome => outcome === value.outcome) &&
    isString(value.message) &&
    isString(value.createdAt) &&
    (value.diff === undefined || isDiff(value.diff)) &&
    (value.run === undefined ||
      (isObject(value.run) &&
        isString(value.run.id) &&
        isOptionalString(value.run.url) &&
        isOptionalString(value.run.conclusion))) &&
    isObject(value.verification) &&
    isString(value.verification.status) &&
    VERIFICATION_STATUSES.includes(value.verification.status) &&
    Array.isArray(value.verification.checks) &&
    value.verification.checks.every(
      c =>
        isObject(c) &&
        isString(c.name) &&
        isString(c.status) &&
        isString(c.detail),
    )
  );
}
