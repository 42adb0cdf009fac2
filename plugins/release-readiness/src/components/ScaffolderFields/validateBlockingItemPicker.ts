import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import type { BlockingItemPickerUiOptions } from './blockingItemPickerSchema';
import { failureOf } from './failureOf';
import { fieldValueOf } from './fieldValueOf';
import { isDecisionRef } from './isDecisionRef';
import { stringOption } from './stringOption';
import { waivableItems } from './waivableItems';

/**
 * Checks a `ReleaseReadinessBlockingItemPicker` value against the decision in the same step's
 * `ui:options.decisionField`: a blocking item of it, not yet waived.
 */
export const validateBlockingItemPicker: CustomFieldValidator<
  string,
  BlockingItemPickerUiOptions
> = async (data, validation, context) => {
  const decisionField = stringOption(
    context.uiSchema?.['ui:options']?.decisionField,
  );
  if (!decisionField) {
    validation.addError(
      'The template does not set ui:options.decisionField for this field',
    );
    return;
  }
  if (typeof data !== 'string' || data === '') {
    validation.addError('Choose the item to waive');
    return;
  }
  const decision = fieldValueOf(context.formData, decisionField);
  if (!isDecisionRef(decision)) {
    validation.addError('Choose the decision first');
    return;
  }
  const api = context.apiHolder.get(releaseReadinessApiRef);
  if (!api) {
    validation.addError(
      'Could not check the item: the release-readiness API is not installed',
    );
    return;
  }
  try {
    const { state } = await api.getDecision(
      decision.system,
      decision.decisionId,
    );
    const blocking = state.blocking.find(b => b.item === data);
    if (!blocking) {
      validation.addError(
        `'${data}' does not block this decision (blocking: ${
          state.blocking.map(b => b.item).join(', ') || 'none'
        })`,
      );
    } else if (!waivableItems(state).includes(blocking)) {
      validation.addError(`'${data}' was waived already`);
    }
  } catch (error) {
    const failure = failureOf(error);
    validation.addError(
      failure.notFound
        ? `${decision.system} has no decision '${decision.decisionId}'`
        : `Could not check the item: ${failure.text}`,
    );
  }
};
