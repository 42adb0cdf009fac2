export type {
  RollbackExecution,
  RollbackPlan,
  RollbackProgress,
  RollbackStrategy,
  RollbackStrategyFactory,
  RollbackStrategyFactoryOptions,
  RollbackTarget,
} from './types';
