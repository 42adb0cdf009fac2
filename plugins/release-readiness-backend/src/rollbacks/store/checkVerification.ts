import { InputError } from '@backstage/errors';
import type { NewRollbackVerification } from './RollbackStore';

/**
 * Refuses (`InputError` naming the field) a verification's end that proves less than it claims:
 * an outcome other than `succeeded` or `failed`, a verification still `pending`, `succeeded`
 * without a `passed` verification of at least one check with every check `pass` (unknown is
 * never pass), and `failed` with a `passed` verification.
 */
export function checkVerification(end: NewRollbackVerification): void {
  const { verification, outcome } = end;
  if (outcome !== 'succeeded' && outcome !== 'failed') {
    throw new InputError('outcome must be succeeded or failed');
  }
  if (verification.status === 'pending') {
    throw new InputError(
      'verification.status is pending: record the verification when it has ended',
    );
  }
  const proven =
    verification.status === 'passed' &&
    verification.checks.length > 0 &&
    verification.checks.every(check => check.status === 'pass');
  if (outcome === 'succeeded' && !proven) {
    throw new InputError(
      'verification must have passed, with every check pass, for the outcome succeeded',
    );
  }
  if (outcome === 'failed' && verification.status === 'passed') {
    throw new InputError(
      'verification.status is passed but the outcome is failed',
    );
  }
}
