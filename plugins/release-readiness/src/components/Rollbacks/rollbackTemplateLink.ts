import { templateLink } from '../shared/templateLink';

/**
 * The scaffolder's page of the template "Roll back a workload" (`template:default/rollback`,
 * `examples/templates/rollback.yaml`), prefilled with the environment and the workload as its
 * `ReleaseReadinessEnvironmentPicker` and `ReleaseReadinessWorkloadPicker` fields store them —
 * through `templateLink`. The revision is left empty: the previous one, the backend's default.
 */
export function rollbackTemplateLink(target: {
  system: string;
  environment: string;
  workload: { kind: string; name: string };
}): string {
  const formData = {
    environment: { system: target.system, environment: target.environment },
    workload: { kind: target.workload.kind, name: target.workload.name },
  };
  return templateLink('rollback', formData);
}
