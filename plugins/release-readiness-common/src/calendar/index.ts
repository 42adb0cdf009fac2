export type {
  AllowedPeriod,
  CalendarOccurrence,
  CalendarResponse,
  CalendarWindow,
  CalendarWindowKind,
  ChangeWindowStatus,
} from './types';
export { parseRecurrence } from './parseRecurrence';
export type { ParsedRecurrence } from './parseRecurrence';
export { parseWindowDuration } from './parseWindowDuration';
export { listOccurrences } from './listOccurrences';
export {
  evaluateChangeWindow,
  STANDARD_CHANGE_TYPE,
} from './evaluateChangeWindow';
export type { EvaluateChangeWindowOptions } from './evaluateChangeWindow';
