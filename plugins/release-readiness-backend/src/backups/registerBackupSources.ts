import { BackendPluginRegistrationPoints } from '@backstage/backend-plugin-api';
import { releaseReadinessBackupSourcesExtensionPoint } from '@release-readiness/plugin-release-readiness-node';
import { BackupSourceRegistry } from './BackupSourceRegistry';

/** Registers the `release-readiness.backup-sources` extension point and returns its registry. */
export function registerBackupSources(
  env: BackendPluginRegistrationPoints,
): BackupSourceRegistry {
  const registry = new BackupSourceRegistry();
  env.registerExtensionPoint(releaseReadinessBackupSourcesExtensionPoint, {
    addBackupSource: (...factories) => registry.add(...factories),
  });
  return registry;
}
