export type {
  BackupItemKind,
  BackupItemResult,
  BackupObservation,
  BackupsResponse,
  RestoreTestRecord,
} from './types';
export { evaluateBackupItem } from './evaluateBackupItem';
export type { EvaluateBackupItemOptions } from './evaluateBackupItem';
export { toLastSuccess } from './toLastSuccess';
