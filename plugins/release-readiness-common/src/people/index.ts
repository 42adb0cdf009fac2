export type {
  Person,
  RaciLetter,
  RaciPerson,
  RaciRoleSummary,
  RaciActivity,
  PeopleFindingCode,
  PeopleFinding,
  RaciResponse,
} from './types';
export { RACI_LETTERS } from './types';
export type {
  OnCallRole,
  OnCallPerson,
  OnCallShift,
  WeeklyHandover,
  OnCallRotation,
  OnCallGap,
  OnCallAssignment,
  OnCallWeek,
  OnCallCurrent,
  OnCallRota,
  OnCallResponse,
  OnCallCoverage,
} from './onCallTypes';
export { handoverWeek } from './handoverWeek';
export { rotationShifts } from './rotationShifts';
export type { RotationShift } from './rotationShifts';
export { findOnCallGaps } from './findOnCallGaps';
export { currentOnCall, uniquePeople } from './currentOnCall';
export { clipRange } from './clipRange';
export { buildOnCallRota } from './buildOnCallRota';
export type { BuildOnCallRotaOptions } from './buildOnCallRota';
export { onCallCoverageOf } from './onCallCoverageOf';
export { mayActAs } from './mayActAs';
export type { RaciEligibilityRequest, RaciEligibility } from './mayActAs';
export { mayHoldRole } from './mayHoldRole';
export type { RaciRoleRequest } from './mayHoldRole';
