import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import type { BlockingItemPickerUiOptions } from './blockingItemPickerSchema';
import { failureOf } from './failureOf';
import { fieldValueOf } from './fieldValueOf';
import { isDecisionRef } from './isDecisionRef';
import { stringOption } from './stringOption';
import { translatedValidator } from './translatedValidator';
import { waivableItems } from './waivableItems';

/**
 * Checks a `ReleaseReadinessBlockingItemPicker` value against the decision in the same step's
 * `ui:options.decisionField`: a blocking item of it, not yet waived. Errors are in the portal's
 * language.
 */
export const validateBlockingItemPicker: CustomFieldValidator<
  string,
  BlockingItemPickerUiOptions
> = translatedValidator(async (data, validation, context, t) => {
  const decisionField = stringOption(
    context.uiSchema?.['ui:options']?.decisionField,
  );
  if (!decisionField) {
    validation.addError(t('fields.validation.decisionFieldMissing'));
    return;
  }
  if (typeof data !== 'string' || data === '') {
    validation.addError(t('fields.validation.chooseItem'));
    return;
  }
  const decision = fieldValueOf(context.formData, decisionField);
  if (!isDecisionRef(decision)) {
    validation.addError(t('fields.validation.chooseDecision'));
    return;
  }
  const api = context.apiHolder.get(releaseReadinessApiRef);
  if (!api) {
    validation.addError(
      t('fields.checkFailed.item', {
        reason: t('fields.checkFailedReason.apiMissing'),
      }),
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
        t('fields.validation.notBlocking', {
          item: data,
          items:
            state.blocking.map(b => b.item).join(', ') ||
            t('fields.common.none'),
        }),
      );
    } else if (!waivableItems(state).includes(blocking)) {
      validation.addError(t('fields.validation.waivedAlready', { item: data }));
    }
  } catch (error) {
    const failure = failureOf(error, t);
    validation.addError(
      failure.notFound
        ? t('fields.validation.noDecision', {
            system: decision.system,
            id: decision.decisionId,
          })
        : t('fields.checkFailed.item', { reason: failure.text }),
    );
  }
});
