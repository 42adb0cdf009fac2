import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import type {
  RollbackRecord,
  RollbackRequest,
  RolloutStatus,
} from '@release-readiness/plugin-release-readiness-common';
import {
  callReleaseReadiness,
  ReleaseReadinessCallOptions,
} from './callReleaseReadiness';
import { isRollbackRecord } from './isRollbackRecord';
import { unexpectedBody } from './unexpectedBody';

/**
 * A rollback's answer: the record, and whether this call wrote it (201) or found it (200).
 *
 * @public
 */
export interface RollbackWriteResult {
  record: RollbackRecord;
  created: boolean;
}

/**
 * What the rollback action shows of a workload's rollout while it waits.
 *
 * @public
 */
export interface WorkloadRollout {
  rolloutStatus: RolloutStatus;
  /** What `kubectl rollout status` would print. */
  rolloutMessage?: string;
  replicas?: { desired: number; ready: number };
  version?: string;
}

/**
 * One environment's workload as the board sees it now, and how fresh that is.
 *
 * @public
 */
export interface WorkloadRolloutResult {
  /** Undefined when the environment's source does not list it (or is unavailable). */
  workload?: WorkloadRollout;
  /** The workload source's status: `ok`, `stale`, `unavailable`, … */
  sourceStatus: string;
}

/**
 * A thin client of the release-readiness backend's rollback routes for the scaffolder's
 * rollback action, on behalf of the initiator (see `callReleaseReadiness`): the backend
 * checks that person's permission (`release-readiness.rollback.execute`) and RACI role. A
 * refusal becomes an error `"<status>: <backend message>"`; tokens never appear in errors.
  *
  * @public
 */
export class RollbacksClient {
  readonly #deps: { auth: AuthService; discovery: DiscoveryService };

  constructor(options: { auth: AuthService; discovery: DiscoveryService }) {
    this.#deps = { auth: options.auth, discovery: options.discovery };
  }

  /** `POST /rollbacks`: rolls back (or, with `dryRun`, only shows what it would do). */
  async rollBack(
    options: ReleaseReadinessCallOptions & {
      body: Omit<RollbackRequest, 'system'>;
    },
  ): Promise<RollbackWriteResult> {
    const { status, json } = await callReleaseReadiness(
      this.#deps,
      options,
      'POST',
      '/rollbacks',
      options.body,
    );
    return { record: recordOf(json), created: status === 201 };
  }

  /** `GET /rollbacks/:id`: the record now (its outcome, verification, run). */
  async getRollback(
    options: ReleaseReadinessCallOptions & { rollbackId: string },
  ): Promise<RollbackRecord> {
    const { json } = await callReleaseReadiness(
      this.#deps,
      options,
      'GET',
      `/rollbacks/${encodeURIComponent(options.rollbackId)}`,
    );
    return recordOf(json);
  }

  /** `GET /environments/:env/workloads`, reduced to one workload's rollout. */
  async getRollout(
    options: ReleaseReadinessCallOptions & {
      environment: string;
      kind: string;
      name: string;
    },
  ): Promise<WorkloadRolloutResult> {
    const { json } = await callReleaseReadiness(
      this.#deps,
      options,
      'GET',
      `/environments/${encodeURIComponent(options.environment)}/workloads`,
    );
    if (
      typeof json !== 'object' ||
      json === null ||
      !('items' in json) ||
      !Array.isArray(json.items) ||
      !('source' in json) ||
      typeof json.source !== 'object' ||
      json.source === null ||
      !('status' in json.source) ||
      typeof json.source.status !== 'string'
    ) {
      throw unexpectedBody();
    }
    const items: unknown[] = json.items;
    const found = items.find(
      (item): item is Record<string, unknown> =>
        typeof item === 'object' &&
        item !== null &&
        'kind' in item &&
        item.kind === options.kind &&
        'name' in item &&
        item.name === options.name,
    );
    return {
      sourceStatus: json.source.status,
      ...(found && { workload: rolloutOf(found) }),
    };
  }
}

function recordOf(json: unknown): RollbackRecord {
  if (!isRollbackRecord(json)) {
    throw unexpectedBody();
  }
  return json;
}

const ROLLOUT_STATUSES: ReadonlyArray<RolloutStatus> = [
  'complete',
  'progressing',
  'failed',
  'paused',
  'unknown',
];

function rolloutOf(item: Record<string, unknown>): WorkloadRollout {
  const { rolloutStatus, rolloutMessage, replicas, version } = item;
  const ready =
    typeof replicas === 'object' &&
    replicas !== null &&
    'desired' in replicas &&
    typeof replicas.desired === 'number' &&
    'ready' in replicas &&
    typeof replicas.ready === 'number'
      ? { desired: replicas.desired, ready: replicas.ready }
      : undefined;
  return {
    rolloutStatus:
      ROLLOUT_STATUSES.find(status => status === rolloutStatus) ?? 'unknown',
    ...(typeof rolloutMessage === 'string' && { rolloutMessage }),
    ...(ready && { replicas: ready }),
    ...(typeof version === 'string' && { version }),
  };
}
