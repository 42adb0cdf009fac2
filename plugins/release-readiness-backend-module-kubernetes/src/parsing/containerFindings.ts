import type { V1PodSpec } from '@kubernetes/client-node';
import type {
  WorkloadFinding,
  WorkloadFindingType,
} from '@release-readiness/plugin-release-readiness-common';

/**
 * The hygiene findings of a pod template's regular containers (init containers are not checked):
 * CPU and memory requests and limits, readiness and liveness probes (unless `probes` is false,
 * as for Jobs, which are not probed for readiness), `runAsNonRoot` (container or pod level) and
 * `readOnlyRootFilesystem` (container level; there is no pod-level setting).
 */
export function containerFindings(
  podSpec: V1PodSpec | undefined,
  options: { probes: boolean },
): WorkloadFinding[] {
  const findings: WorkloadFinding[] = [];
  const podRunAsNonRoot = podSpec?.securityContext?.runAsNonRoot;
  for (const container of podSpec?.containers ?? []) {
    const name = container.name;
    const add = (type: WorkloadFindingType, message: string) =>
      findings.push({ type, container: name, message });
    const requests = container.resources?.requests ?? {};
    const limits = container.resources?.limits ?? {};
    if (requests.cpu === undefined) {
      add('missing-cpu-request', `Container ${name} requests no CPU`);
    }
    if (requests.memory === undefined) {
      add('missing-memory-request', `Container ${name} requests no memory`);
    }
    if (limits.cpu === undefined) {
      add('missing-cpu-limit', `Container ${name} sets no CPU limit`);
    }
    if (limits.memory === undefined) {
      add('missing-memory-limit', `Container ${name} sets no memory limit`);
    }
    if (options.probes && !container.readinessProbe) {
      add(
        'missing-readiness-probe',
        `Container ${name} has no readiness probe`,
      );
    }
    if (options.probes && !container.livenessProbe) {
      add('missing-liveness-probe', `Container ${name} has no liveness probe`);
    }
    const runAsNonRoot =
      container.securityContext?.runAsNonRoot ?? podRunAsNonRoot;
    if (runAsNonRoot !== true) {
      add(
        'run-as-non-root-not-set',
        runAsNonRoot === false
          ? `Container ${name} sets runAsNonRoot to false`
          : `Container ${name} does not set runAsNonRoot`,
      );
    }
    const readOnly = container.securityContext?.readOnlyRootFilesystem;
    if (readOnly !== true) {
      add(
        'read-only-root-filesystem-not-set',
        readOnly === false
          ? `Container ${name} sets readOnlyRootFilesystem to false`
          : `Container ${name} does not set readOnlyRootFilesystem`,
      );
    }
  }
  return findings;
}
