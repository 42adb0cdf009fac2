export type {
  EnvironmentSummary,
  EnvironmentTarget,
  EnvironmentsResponse,
} from './types';
