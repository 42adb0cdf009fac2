import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import type {
  EnvironmentPickerUiOptions,
  EnvironmentPickerValue,
} from './environmentPickerSchema';
import { failureOf } from './failureOf';
import { isSystemEnvironment } from './isSystemEnvironment';
import { stringOption } from './stringOption';
import { translatedValidator } from './translatedValidator';

/**
 * Checks a `ReleaseReadinessEnvironmentPicker` value against the backend: the system exists (and
 * is `ui:options.system` when set) and has that environment. Errors are in the portal's language.
 */
export const validateEnvironmentPicker: CustomFieldValidator<
  EnvironmentPickerValue,
  EnvironmentPickerUiOptions
> = translatedValidator(async (data, validation, context, t) => {
  if (!isSystemEnvironment(data)) {
    validation.addError(t('fields.validation.chooseSystemEnvironment'));
    return;
  }
  const fixedSystem = stringOption(context.uiSchema?.['ui:options']?.system);
  if (fixedSystem && data.system !== fixedSystem) {
    validation.addError(
      t('fields.validation.environmentOfOther', {
        fixed: fixedSystem,
        system: data.system,
      }),
    );
    return;
  }
  const api = context.apiHolder.get(releaseReadinessApiRef);
  if (!api) {
    validation.addError(
      t('fields.checkFailed.environment', {
        reason: t('fields.checkFailedReason.apiMissing'),
      }),
    );
    return;
  }
  try {
    const { items } = await api.getEnvironments(data.system);
    if (!items.some(e => e.name === data.environment)) {
      validation.addError(
        t('fields.validation.noEnvironment', {
          system: data.system,
          environment: data.environment,
          environments:
            items.map(e => e.name).join(', ') || t('fields.common.none'),
        }),
      );
    }
  } catch (error) {
    const failure = failureOf(error, t);
    validation.addError(
      failure.notFound
        ? t('fields.validation.unknownSystem', { system: data.system })
        : t('fields.checkFailed.environment', { reason: failure.text }),
    );
  }
});
