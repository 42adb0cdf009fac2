import { BackendPluginRegistrationPoints } from '@backstage/backend-plugin-api';
import {
  GateSource,
  IncidentSource,
  releaseReadinessGateSourcesExtensionPoint,
  releaseReadinessIncidentSourcesExtensionPoint,
} from '@release-readiness/plugin-release-readiness-node';
import { SourceRegistry } from '../sources/SourceRegistry';

/**
 * Registers the `release-readiness.gate-sources` and `release-readiness.incident-sources`
 * extension points and returns the registries that collect the factories modules add.
 */
export function registerReadinessSources(
  env: BackendPluginRegistrationPoints,
): {
  gateSources: SourceRegistry<GateSource>;
  incidentSources: SourceRegistry<IncidentSource>;
} {
  const gateSources = new SourceRegistry<GateSource>('gates');
  const incidentSources = new SourceRegistry<IncidentSource>('incidents');
  env.registerExtensionPoint(releaseReadinessGateSourcesExtensionPoint, {
    addGateSource: (...factories) => gateSources.add(...factories),
  });
  env.registerExtensionPoint(releaseReadinessIncidentSourcesExtensionPoint, {
    addIncidentSource: (...factories) => incidentSources.add(...factories),
  });
  return { gateSources, incidentSources };
}
