import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import type { ReleaseReadinessTranslate } from '../../translations';
import { validationTranslation } from './validationTranslation';

/**
 * A field validator that words its errors in the portal's language: `validate` gets the
 * translation function of `validationTranslation` as its fourth argument.
 */
export function translatedValidator<TValue, TUiOptions>(
  validate: (
    ...args: [
      ...Parameters<CustomFieldValidator<TValue, TUiOptions>>,
      ReleaseReadinessTranslate,
    ]
  ) => void | Promise<void>,
): CustomFieldValidator<TValue, TUiOptions> {
  return async (data, validation, context) => {
    const t = await validationTranslation(context.apiHolder);
    await validate(data, validation, context, t);
  };
}
