import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { stringOption } from './stringOption';
import type {
  VersionPickerUiOptions,
  VersionPickerValue,
} from './versionPickerSchema';

const VERSION = /^[A-Za-z0-9._+/-]{1,200}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const REF = /^\S{1,200}$/;

/**
 * Checks a `ReleaseReadinessVersionPicker` value's form (free text is allowed, so nothing is
 * looked up): the version the backend accepts, a `sha256:` digest, a ref without spaces.
 */
export const validateVersionPicker: CustomFieldValidator<
  VersionPickerValue,
  VersionPickerUiOptions
> = (data, validation, context) => {
  if (!stringOption(context.uiSchema?.['ui:options']?.environmentField)) {
    validation.addError(
      'The template does not set ui:options.environmentField for this field',
    );
  }
  const version = data?.version;
  if (!version) {
    validation.addError('Enter the version, e.g. 1.4.2');
  } else if (!VERSION.test(version)) {
    validation.addError(
      'The version may hold only letters, digits and . _ + / - (at most 200)',
    );
  }
  if (data?.digest !== undefined && !DIGEST.test(data.digest)) {
    validation.addError('The digest must be sha256:<64 hex digits>');
  }
  if (data?.ref !== undefined && !REF.test(data.ref)) {
    validation.addError(
      'The release ref must be a tag or branch name without spaces (at most 200)',
    );
  }
};
