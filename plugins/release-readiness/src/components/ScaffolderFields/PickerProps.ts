import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';

/**
 * The props a release-readiness form field reads: what the scaffolder passes to every field
 * extension, narrowed to the parts the fields use (so tests and the legacy system pass the same).
 */
export type PickerProps<TValue, TUiOptions> = Pick<
  FieldExtensionComponentProps<TValue, TUiOptions>,
  | 'formData'
  | 'uiSchema'
  | 'formContext'
  | 'rawErrors'
  | 'required'
  | 'schema'
  | 'disabled'
> & {
  /** Writes the field's value into the form data (undefined: no value). */
  onChange: (value: TValue | undefined) => void;
};
