export type {
  EnvironmentSummary,
  EnvironmentKubernetesTarget,
  EnvironmentsResponse,
} from './types';
