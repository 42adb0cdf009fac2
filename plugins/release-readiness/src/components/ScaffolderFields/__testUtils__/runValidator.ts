import { createFieldValidation } from '@backstage/plugin-scaffolder-react/alpha';
import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { translationApiRef } from '@backstage/frontend-plugin-api';
import { mockApis } from '@backstage/frontend-test-utils';
import { TestApiRegistry } from '@backstage/test-utils';
import type { ApiHolder } from '@backstage/frontend-plugin-api';
import type { ReleaseReadinessApi } from '../../../api/ReleaseReadinessApi';
import { releaseReadinessApiRef } from '../../../api/ReleaseReadinessApi';
import type { FormValues } from './FormValues';

/**
 * Runs a field validator the way the scaffolder does (outside React, with an API holder that has
 * the app's translation API, here the default English messages) and returns the messages it
 * added. `apiHolder` replaces the holder, e.g. a test app's for another language.
 */
export async function runValidator<TValue, TUiOptions>(
  validator: CustomFieldValidator<TValue, TUiOptions>,
  data: NoInfer<TValue>,
  options: {
    api?: Partial<ReleaseReadinessApi>;
    uiOptions?: NoInfer<TUiOptions>;
    /** The step's form data, for validators that read another field. */
    form?: FormValues;
    apiHolder?: ApiHolder;
  },
): Promise<string[]> {
  const validation = createFieldValidation();
  const translation = [translationApiRef, mockApis.translation()] as const;
  const apiHolder =
    options.apiHolder ??
    (options.api
      ? TestApiRegistry.from(translation, [releaseReadinessApiRef, options.api])
      : TestApiRegistry.from(translation));
  await validator(data, validation, {
    apiHolder,
    formData: options.form ?? {},
    schema: {},
    uiSchema: options.uiOptions ? { 'ui:options': options.uiOptions } : {},
  });
  return validation.__errors ?? [];
}
