import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import type {
  EnvironmentPickerUiOptions,
  EnvironmentPickerValue,
} from './environmentPickerSchema';
import { failureOf } from './failureOf';
import { isSystemEnvironment } from './isSystemEnvironment';
import { stringOption } from './stringOption';

/**
 * Checks a `ReleaseReadinessEnvironmentPicker` value against the backend: the system exists (and
 * is `ui:options.system` when set) and has that environment.
 */
export const validateEnvironmentPicker: CustomFieldValidator<
  EnvironmentPickerValue,
  EnvironmentPickerUiOptions
> = async (data, validation, context) => {
  if (!isSystemEnvironment(data)) {
    validation.addError('Choose a system and one of its environments');
    return;
  }
  const fixedSystem = stringOption(context.uiSchema?.['ui:options']?.system);
  if (fixedSystem && data.system !== fixedSystem) {
    validation.addError(
      `Choose an environment of ${fixedSystem}, not of ${data.system}`,
    );
    return;
  }
  const api = context.apiHolder.get(releaseReadinessApiRef);
  if (!api) {
    validation.addError(
      'Could not check the environment: the release-readiness API is not installed',
    );
    return;
  }
  try {
    const { items } = await api.getEnvironments(data.system);
    if (!items.some(e => e.name === data.environment)) {
      validation.addError(
        `${data.system} has no environment '${data.environment}' (it has: ${
          items.map(e => e.name).join(', ') || 'none'
        })`,
      );
    }
  } catch (error) {
    const failure = failureOf(error);
    validation.addError(
      failure.notFound
        ? `Unknown system '${data.system}'`
        : `Could not check the environment: ${failure.text}`,
    );
  }
};
