import { hasStrings } from './hasStrings';

/** The value of a `ReleaseReadinessEnvironmentPicker`. */
export interface SystemEnvironment {
  system: string;
  environment: string;
}

/** True for a `{ system, environment }` with both names set. */
export function isSystemEnvironment(
  value: unknown,
): value is SystemEnvironment {
  return hasStrings(value, ['system', 'environment']);
}
