import { InputError } from '@backstage/errors';
import type { NewRollbackRequest } from './RollbackStore';

/** The outcomes a rollback can have when it is asked for (the later ones come from events). */
const REQUEST_OUTCOMES = new Set<string>([
  'in-progress',
  'dry-run',
  'refused',
  'skipped',
  'conflict',
]);

function checkText(field: string, value: unknown, max: number): void {
  if (typeof value !== 'string' || value.length === 0 || value.length > max) {
    throw new InputError(
      `${field} must be a non-empty string of at most ${max} characters`,
    );
  }
}

/**
 * Refuses (`InputError` naming the field) a rollback request the table cannot hold or that
 * cannot be true when it is asked for: identifiers longer than their columns, an outcome of a
 * later event (`succeeded`, `failed`), a `dry-run` outcome of a rollback that is no dry run, a
 * `toRevision` that is not a non-negative integer.
 */
export function checkRollbackRequest(request: NewRollbackRequest): void {
  const { record } = request;
  checkText('requestId', request.requestId, 100);
  checkText('record.id', record.id, 36);
  checkText('record.system', record.system, 100);
  checkText('record.environment', record.environment, 100);
  checkText('record.workload.kind', record.workload.kind, 100);
  checkText('record.workload.name', record.workload.name, 253);
  checkText('record.actor', record.actor, 255);
  if (!REQUEST_OUTCOMES.has(record.outcome)) {
    throw new InputError(
      `record.outcome must be one of ${[...REQUEST_OUTCOMES].join(
        ', ',
      )} when a rollback is requested`,
    );
  }
  if (record.outcome === 'dry-run' && !record.dryRun) {
    throw new InputError(
      'record.outcome is dry-run but record.dryRun is false',
    );
  }
  if (
    request.toRevision !== undefined &&
    !(Number.isSafeInteger(request.toRevision) && request.toRevision >= 0)
  ) {
    throw new InputError('toRevision must be a non-negative integer');
  }
}
