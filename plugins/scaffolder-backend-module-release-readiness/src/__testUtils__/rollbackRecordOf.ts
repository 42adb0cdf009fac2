import type { RollbackRecord } from '@release-readiness/plugin-release-readiness-common';

/**
 * A `RollbackRecord` as the backend would answer it, for a test server to send: a rollback of
 * `Deployment servanda-api` in Servanda's `prod` by Mara Schulz from revision 5 (1.4.2) to 4
 * (1.4.1), written and being verified, unless `values` say otherwise.
 */
export function rollbackRecordOf(
  values: Partial<RollbackRecord> & { id: string },
): RollbackRecord {
  return {
    system: 'servanda',
    environment: 'prod',
    workload: { kind: 'Deployment', name: 'servanda-api' },
    strategy: 'kubernetes',
    actor: 'user:default/mara.schulz',
    reason: 'Export errors since 1.4.2, INC-311',
    dryRun: false,
    diff: {
      from: { revision: 5, version: '1.4.2' },
      to: { revision: 4, version: '1.4.1' },
      changes: [
        {
          container: 'api',
          from: 'registry.example/servanda-api:1.4.2',
          to: 'registry.example/servanda-api:1.4.1',
        },
      ],
    },
    outcome: 'in-progress',
    message: 'Rolled back Deployment servanda-api to revision 4',
    verification: { status: 'pending', checks: [] },
    createdAt: '2026-12-03T10:00:00.000Z',
    ...values,
  };
}
