import { createFieldValidation } from '@backstage/plugin-scaffolder-react/alpha';
import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { TestApiRegistry } from '@backstage/test-utils';
import type { ReleaseReadinessApi } from '../../../api/ReleaseReadinessApi';
import { releaseReadinessApiRef } from '../../../api/ReleaseReadinessApi';
import type { FormValues } from './FormValues';

/**
 * Runs a field validator the way the scaffolder does (outside React, with an API holder) and
 * returns the messages it added.
 */
export async function runValidator<TValue, TUiOptions>(
  validator: CustomFieldValidator<TValue, TUiOptions>,
  data: NoInfer<TValue>,
  options: {
    api?: Partial<ReleaseReadinessApi>;
    uiOptions?: NoInfer<TUiOptions>;
    /** The step's form data, for validators that read another field. */
    form?: FormValues;
  },
): Promise<string[]> {
  const validation = createFieldValidation();
  const apiHolder = options.api
    ? TestApiRegistry.from([releaseReadinessApiRef, options.api])
    : TestApiRegistry.from();
  await validator(data, validation, {
    apiHolder,
    formData: options.form ?? {},
    schema: {},
    uiSchema: options.uiOptions ? { 'ui:options': options.uiOptions } : {},
  });
  return validation.__errors ?? [];
}
