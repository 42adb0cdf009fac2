export type {
  IncidentSource,
  IncidentSourceFactory,
  ReleaseReadinessIncidentSourcesExtensionPoint,
} from './types';
export { releaseReadinessIncidentSourcesExtensionPoint } from './types';
