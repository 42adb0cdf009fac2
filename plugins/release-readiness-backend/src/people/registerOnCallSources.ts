import { BackendPluginRegistrationPoints } from '@backstage/backend-plugin-api';
import {
  OnCallSource,
  releaseReadinessOnCallSourcesExtensionPoint,
} from '@release-readiness/plugin-release-readiness-node';
import { SourceRegistry } from '../sources/SourceRegistry';

/**
 * Registers the `release-readiness.oncall-sources` extension point and returns the registry
 * that collects the factories modules add through it. An environment with
 * `onCall.rotation` uses the built-in `config` rotation unless it names another source.
 */
export function registerOnCallSources(
  env: BackendPluginRegistrationPoints,
): SourceRegistry<OnCallSource> {
  const registry = new SourceRegistry<OnCallSource>('onCall', {
    defaultType: e => (e.config.has('onCall.rotation') ? 'config' : undefined),
  });
  env.registerExtensionPoint(releaseReadinessOnCallSourcesExtensionPoint, {
    addOnCallSource: (...factories) => registry.add(...factories),
  });
  return registry;
}
