import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { stringOption } from './stringOption';
import { translatedValidator } from './translatedValidator';
import type {
  VersionPickerUiOptions,
  VersionPickerValue,
} from './versionPickerSchema';

const VERSION = /^[A-Za-z0-9._+/-]{1,200}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const REF = /^\S{1,200}$/;

/**
 * Checks a `ReleaseReadinessVersionPicker` value's form (free text is allowed, so nothing is
 * looked up): the version the backend accepts, a `sha256:` digest, a ref without spaces. Errors
 * are in the portal's language.
 */
export const validateVersionPicker: CustomFieldValidator<
  VersionPickerValue,
  VersionPickerUiOptions
> = translatedValidator((data, validation, context, t) => {
  if (!stringOption(context.uiSchema?.['ui:options']?.environmentField)) {
    validation.addError(t('fields.validation.environmentFieldMissing'));
  }
  const version = data?.version;
  if (!version) {
    validation.addError(t('fields.validation.enterVersion'));
  } else if (!VERSION.test(version)) {
    validation.addError(t('fields.validation.versionChars'));
  }
  if (data?.digest !== undefined && !DIGEST.test(data.digest)) {
    validation.addError(t('fields.validation.digest'));
  }
  if (data?.ref !== undefined && !REF.test(data.ref)) {
    validation.addError(t('fields.validation.ref'));
  }
});
