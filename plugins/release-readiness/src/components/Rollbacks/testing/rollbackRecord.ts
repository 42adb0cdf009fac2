import type { RollbackRecord } from '@release-readiness/plugin-release-readiness-common';

/**
 * A rollback record for tests as the backend returns it once written and verified: Mara rolled
 * minio in prod back from revision 3 to 2; `overrides` replace top-level fields.
 */
export function rollbackRecord(
  overrides: Partial<RollbackRecord> = {},
): RollbackRecord {
  return {
    id: 'rb-1',
    system: 'servanda',
    environment: 'prod',
    workload: { kind: 'StatefulSet', name: 'minio' },
    strategy: 'kubernetes',
    actor: 'user:default/mara.schulz',
    reason: 'Uploads fail since the image update, INC-412',
    dryRun: false,
    diff: {
      from: { revision: 3, version: '2025.04.22' },
      to: { revision: 2, version: '2025.01.20' },
      changes: [
        {
          container: 'minio',
          from: 'quay.io/minio/minio:RELEASE.2025-04-22T22-12-26Z',
          to: 'quay.io/minio/minio:RELEASE.2025-01-20T14-49-07Z',
        },
      ],
    },
    outcome: 'succeeded',
    message: 'StatefulSet minio is back at revision 2 and verified',
    verification: {
      status: 'passed',
      checks: [
        { name: 'rollout', status: 'pass', detail: 'rollout complete' },
        { name: 'replicas', status: 'pass', detail: '1/1 ready' },
        {
          name: 'rollback triggers',
          status: 'unknown',
          detail: 'no SLA data for minio',
        },
      ],
      at: '2026-12-01T10:05:40Z',
    },
    followUps: {
      communication: { done: false },
      postMortem: { dueAt: '2026-12-03T10:05:00Z' },
    },
    createdAt: '2026-12-01T10:05:00Z',
    completedAt: '2026-12-01T10:05:40Z',
    ...overrides,
  };
}
