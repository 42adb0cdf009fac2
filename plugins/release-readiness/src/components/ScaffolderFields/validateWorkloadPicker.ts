import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { failureOf } from './failureOf';
import { fieldValueOf } from './fieldValueOf';
import { isSystemEnvironment } from './isSystemEnvironment';
import { isWorkloadRef } from './isWorkloadRef';
import { stringOption } from './stringOption';
import type {
  WorkloadPickerUiOptions,
  WorkloadPickerValue,
} from './workloadPickerSchema';

/**
 * Checks a `ReleaseReadinessWorkloadPicker` value against the workloads of the environment in
 * the same step's `ui:options.environmentField` (an unavailable workload source is not a pass).
 */
export const validateWorkloadPicker: CustomFieldValidator<
  WorkloadPickerValue,
  WorkloadPickerUiOptions
> = async (data, validation, context) => {
  const environmentField = stringOption(
    context.uiSchema?.['ui:options']?.environmentField,
  );
  if (!environmentField) {
    validation.addError(
      'The template does not set ui:options.environmentField for this field',
    );
    return;
  }
  if (!isWorkloadRef(data)) {
    validation.addError('Choose a Deployment, StatefulSet or DaemonSet');
    return;
  }
  const target = fieldValueOf(context.formData, environmentField);
  if (!isSystemEnvironment(target)) {
    validation.addError('Choose the environment first');
    return;
  }
  const api = context.apiHolder.get(releaseReadinessApiRef);
  if (!api) {
    validation.addError(
      'Could not check the workload: the release-readiness API is not installed',
    );
    return;
  }
  try {
    const { items, source } = await api.getWorkloads(
      target.system,
      target.environment,
    );
    if (source.status === 'unavailable') {
      validation.addError(
        `Could not check the workload: the workload source of ${target.environment} is unavailable`,
      );
    } else if (!items.some(w => w.kind === data.kind && w.name === data.name)) {
      validation.addError(
        `${target.environment} has no ${data.kind} '${data.name}'`,
      );
    }
  } catch (error) {
    validation.addError(
      `Could not check the workload: ${failureOf(error).text}`,
    );
  }
};
