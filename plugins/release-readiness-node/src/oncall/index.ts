export type {
  OnCallSource,
  OnCallSourceFactory,
  ReleaseReadinessOnCallSourcesExtensionPoint,
} from './types';
export { releaseReadinessOnCallSourcesExtensionPoint } from './types';
export { weeklyHandoverSchema } from './weeklyHandoverSchema';
