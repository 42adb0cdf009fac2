import { fieldValueOf } from './fieldValueOf';
import { isSystemEnvironment, SystemEnvironment } from './isSystemEnvironment';
import { isWorkloadRef, WorkloadRef } from './isWorkloadRef';
import type { RevisionPickerUiOptions } from './revisionPickerSchema';
import { stringOption } from './stringOption';

/**
 * The environment and workload a revision picker's `ui:options` point to in the form data, or
 * the problem (the key of its message under `fields.validation`): an option not set, or a field
 * not filled in yet.
 */
export function rollbackTargetOf(
  options: RevisionPickerUiOptions | undefined,
  formData: unknown,
):
  | { target: SystemEnvironment; workload: WorkloadRef }
  | {
      problem: 'revisionFieldsMissing' | 'chooseEnvironment' | 'chooseWorkload';
    } {
  const environmentField = stringOption(options?.environmentField);
  const workloadField = stringOption(options?.workloadField);
  if (!environmentField || !workloadField) {
    return { problem: 'revisionFieldsMissing' };
  }
  const target = fieldValueOf(formData, environmentField);
  if (!isSystemEnvironment(target)) {
    return { problem: 'chooseEnvironment' };
  }
  const workload = fieldValueOf(formData, workloadField);
  if (!isWorkloadRef(workload)) {
    return { problem: 'chooseWorkload' };
  }
  return { target, workload };
}
