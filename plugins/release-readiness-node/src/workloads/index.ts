export type {
  WorkloadList,
  WorkloadSource,
  WorkloadSourceFactory,
  ReleaseReadinessWorkloadSourcesExtensionPoint,
} from './types';
export { releaseReadinessWorkloadSourcesExtensionPoint } from './types';
