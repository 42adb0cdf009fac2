export type {
  GateSource,
  GateSourceFactory,
  ReleaseReadinessGateSourcesExtensionPoint,
} from './types';
export { releaseReadinessGateSourcesExtensionPoint } from './types';
