export type {
  BackupSource,
  BackupSourceFactory,
  BackupSourceFactoryOptions,
} from './types';
