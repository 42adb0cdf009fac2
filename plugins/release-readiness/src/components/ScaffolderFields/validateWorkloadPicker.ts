import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { failureOf } from './failureOf';
import { fieldValueOf } from './fieldValueOf';
import { isSystemEnvironment } from './isSystemEnvironment';
import { isWorkloadRef } from './isWorkloadRef';
import { stringOption } from './stringOption';
import { translatedValidator } from './translatedValidator';
import type {
  WorkloadPickerUiOptions,
  WorkloadPickerValue,
} from './workloadPickerSchema';

/**
 * Checks a `ReleaseReadinessWorkloadPicker` value against the workloads of the environment in
 * the same step's `ui:options.environmentField` (an unavailable workload source is not a pass).
 * Errors are in the portal's language.
 */
export const validateWorkloadPicker: CustomFieldValidator<
  WorkloadPickerValue,
  WorkloadPickerUiOptions
> = translatedValidator(async (data, validation, context, t) => {
  const environmentField = stringOption(
    context.uiSchema?.['ui:options']?.environmentField,
  );
  if (!environmentField) {
    validation.addError(t('fields.validation.environmentFieldMissing'));
    return;
  }
  if (!isWorkloadRef(data)) {
    validation.addError(t('fields.validation.chooseKind'));
    return;
  }
  const target = fieldValueOf(context.formData, environmentField);
  if (!isSystemEnvironment(target)) {
    validation.addError(t('fields.validation.chooseEnvironment'));
    return;
  }
  const api = context.apiHolder.get(releaseReadinessApiRef);
  if (!api) {
    validation.addError(
      t('fields.checkFailed.workload', {
        reason: t('fields.checkFailedReason.apiMissing'),
      }),
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
        t('fields.checkFailed.workload', {
          reason: t('fields.checkFailedReason.workloadSource', {
            environment: target.environment,
          }),
        }),
      );
    } else if (!items.some(w => w.kind === data.kind && w.name === data.name)) {
      validation.addError(
        t('fields.validation.noWorkload', {
          environment: target.environment,
          kind: data.kind,
          name: data.name,
        }),
      );
    }
  } catch (error) {
    validation.addError(
      t('fields.checkFailed.workload', { reason: failureOf(error, t).text }),
    );
  }
});
