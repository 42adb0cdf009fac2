import type { Workload } from '@release-readiness/plugin-release-readiness-common';

/** A workload of Servanda prod as the workload source reports it. */
export function workload(
  kind: Workload['kind'],
  name: string,
  more: Partial<Workload> = {},
): Workload {
  return {
    kind,
    name,
    namespace: 'servanda-prod',
    images: [{ container: 'main', image: `ghcr.io/servanda/${name}:1.4.2` }],
    version: '1.4.2',
    rolloutStatus: 'complete',
    restarts: 0,
    managedBy: { tool: 'plain' },
    findings: [],
    ...more,
  };
}
