export type {
  WorkloadList,
  WorkloadSource,
  WorkloadSourceFactory,
} from './types';
