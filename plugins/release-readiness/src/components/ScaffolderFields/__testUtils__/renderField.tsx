import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { RenderResult } from '@testing-library/react';
import { useState } from 'react';
import type { ReleaseReadinessApi } from '../../../api/ReleaseReadinessApi';
import { releaseReadinessApiRef } from '../../../api/ReleaseReadinessApi';
import type { FormValues } from './FormValues';
import type { PickerProps } from '../PickerProps';

/**
 * Renders a field as the scaffolder would (controlled: a change comes back as `formData`), with a
 * mocked release-readiness API. `onChange` records every value the field wrote.
 */
export function renderField<TValue, TUiOptions>(
  Field: (props: PickerProps<TValue, TUiOptions>) => JSX.Element | null,
  options: {
    api: Partial<ReleaseReadinessApi>;
    formData?: NoInfer<TValue>;
    uiOptions?: NoInfer<TUiOptions>;
    /** The whole form's data, for fields that read another field. */
    form?: FormValues;
    rawErrors?: string[];
    title?: string;
    /** The test app's config, e.g. the portal's language. */
    config?: NonNullable<Parameters<typeof renderInTestApp>[1]>['config'];
  },
): RenderResult & { onChange: jest.Mock<void, [TValue | undefined]> } {
  const onChange = jest.fn<void, [TValue | undefined]>();
  function Harness() {
    const [value, setValue] = useState<TValue | undefined>(options.formData);
    return (
      <Field
        formData={value}
        onChange={next => {
          setValue(next);
          onChange(next);
        }}
        uiSchema={options.uiOptions ? { 'ui:options': options.uiOptions } : {}}
        formContext={{ formData: options.form ?? {} }}
        rawErrors={options.rawErrors ?? []}
        required
        schema={{ title: options.title }}
        disabled={false}
      />
    );
  }
  const result = renderInTestApp(<Harness />, {
    apis: [[releaseReadinessApiRef, options.api]] as const,
    config: options.config,
  });
  return { ...result, onChange };
}
