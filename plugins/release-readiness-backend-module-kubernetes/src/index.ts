/**
 * The kubernetes backend module for the release-readiness plugin.
 *
 * @packageDocumentation
 */

export { releaseReadinessModuleKubernetes as default } from './module';
export { releaseReadinessModuleKubernetesBackups } from './backupsModule';
export { releaseReadinessModuleKubernetesRollback } from './rollbackModule';
