export type {
  WorkloadKind,
  RolloutStatus,
  WorkloadReplicas,
  WorkloadImage,
  WorkloadAutoscaler,
  WorkloadJobRun,
  WorkloadSchedule,
  WorkloadManagerTool,
  WorkloadManagedBy,
  WorkloadFindingType,
  WorkloadFinding,
  Workload,
  WorkloadsResponse,
  VersionCellState,
  VersionCell,
  VersionRow,
  VersionColumn,
  VersionsResponse,
} from './types';
export { parseImageReference } from './parseImageReference';
export type { ImageReference } from './parseImageReference';
export { DEFAULT_VERSION_PATTERNS, VersionMatcher } from './versionPatterns';
export type { VersionPattern } from './versionPatterns';
export { withVersions } from './withVersions';
export { buildVersionMatrix, compareWorkloads } from './buildVersionMatrix';
export type { VersionMatrixInput } from './buildVersionMatrix';
export { summarizeVersionMatrix } from './summarizeVersionMatrix';
export type {
  VersionRowHealth,
  VersionSummaryRow,
  VersionSummaryEnvironment,
  VersionSummaryTotals,
  VersionSummaryQuery,
  VersionSummaryResponse,
} from './versionSummaryTypes';
