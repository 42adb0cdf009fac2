import { BackendPluginRegistrationPoints } from '@backstage/backend-plugin-api';
import {
  releaseReadinessSlaSourcesExtensionPoint,
  SlaSource,
} from '@release-readiness/plugin-release-readiness-node';
import { SourceRegistry } from '../sources/SourceRegistry';

/**
 * Registers the `release-readiness.sla-sources` extension point and returns the registry that
 * collects the factories modules add (an environment picks one with `sla.source`).
 */
export function registerSlaSources(
  env: BackendPluginRegistrationPoints,
): SourceRegistry<SlaSource> {
  const registry = new SourceRegistry<SlaSource>('sla');
  env.registerExtensionPoint(releaseReadinessSlaSourcesExtensionPoint, {
    addSlaSource: (...factories) => registry.add(...factories),
  });
  return registry;
}
