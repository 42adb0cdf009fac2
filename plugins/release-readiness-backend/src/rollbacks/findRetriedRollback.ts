import { ConflictError } from '@backstage/errors';
import type {
  RollbackRecord,
  RollbackRequest,
} from '@release-readiness/plugin-release-readiness-common';
import type { RollbackStore } from './store/RollbackStore';

/**
 * A retried rollback request: the first record written under the user's `requestId`, or
 * undefined when there is none; a 409 when that id already asked for a different rollback.
 */
export async function findRetriedRollback(
  store: RollbackStore,
  options: {
    system: string;
    user: string;
    request: Omit<RollbackRequest, 'system'>;
    environment: string;
  },
): Promise<{ record: RollbackRecord; created: false } | undefined> {
  const { system, user, request, environment } = options;
  const first = await store.findByRequestId(user, request.requestId);
  if (!first) {
    return undefined;
  }
  const same =
    first.system === system &&
    first.environment === environment &&
    first.workload.kind === request.kind &&
    first.workload.name === request.name &&
    first.dryRun === request.dryRun &&
    first.reason === request.reason;
  if (!same) {
    throw new ConflictError(
      "Invalid body field 'requestId': it was already used for a different rollback; use a new one",
    );
  }
  return { record: first, created: false };
}
