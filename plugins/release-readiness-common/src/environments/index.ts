export type {
  EnvironmentSummary,
  EnvironmentTarget,
  EnvironmentsResponse,
  SystemPolicyStatus,
  SystemSummary,
  SystemsResponse,
} from './types';
