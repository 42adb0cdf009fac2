import type { RollbackTarget } from '@release-readiness/plugin-release-readiness-node';
import { NAMESPACE } from './rollbackFixtures';

/** A plain, complete rollback target as the workload source reports it (no images, no findings). */
export function rollbackTarget(
  kind: RollbackTarget['kind'],
  name: string,
  namespace: string = NAMESPACE,
): RollbackTarget {
  return {
    kind,
    name,
    namespace,
    images: [],
    rolloutStatus: 'complete',
    restarts: 0,
    managedBy: { tool: 'plain' },
    findings: [],
  };
}
