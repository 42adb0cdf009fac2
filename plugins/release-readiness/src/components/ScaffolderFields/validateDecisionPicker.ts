import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import type {
  DecisionPickerUiOptions,
  DecisionPickerValue,
} from './decisionPickerSchema';
import { decisionStatusKey } from './decisionStatusKey';
import { failureOf } from './failureOf';
import { isDecisionRef } from './isDecisionRef';
import { DECISION_STATUSES, statusesOption } from './statusesOption';
import { stringOption } from './stringOption';
import { translatedValidator } from './translatedValidator';

/**
 * Checks a `ReleaseReadinessDecisionPicker` value against the backend: the decision exists in
 * that system (`ui:options.system` when set) and has one of the wanted statuses now. Errors are
 * in the portal's language.
 */
export const validateDecisionPicker: CustomFieldValidator<
  DecisionPickerValue,
  DecisionPickerUiOptions
> = translatedValidator(async (data, validation, context, t) => {
  const options = context.uiSchema?.['ui:options'];
  const wanted = statusesOption(options?.status);
  if ('invalid' in wanted) {
    validation.addError(
      t('fields.validation.statusOption', {
        statuses: DECISION_STATUSES.join(', '),
      }),
    );
    return;
  }
  if (!isDecisionRef(data)) {
    validation.addError(t('fields.validation.chooseADecision'));
    return;
  }
  const fixedSystem = stringOption(options?.system);
  if (fixedSystem && data.system !== fixedSystem) {
    validation.addError(
      t('fields.validation.decisionOfOther', {
        fixed: fixedSystem,
        system: data.system,
      }),
    );
    return;
  }
  const api = context.apiHolder.get(releaseReadinessApiRef);
  if (!api) {
    validation.addError(
      t('fields.checkFailed.decision', {
        reason: t('fields.checkFailedReason.apiMissing'),
      }),
    );
    return;
  }
  try {
    const { state } = await api.getDecision(data.system, data.decisionId);
    if (!wanted.statuses.includes(state.status)) {
      validation.addError(
        t('fields.validation.decisionStatus', {
          status: t(decisionStatusKey[state.status]),
          statuses: wanted.statuses
            .map(s => t(decisionStatusKey[s]))
            .join(` ${t('fields.common.or')} `),
        }),
      );
    }
  } catch (error) {
    const failure = failureOf(error, t);
    validation.addError(
      failure.notFound
        ? t('fields.validation.noDecision', {
            system: data.system,
            id: data.decisionId,
          })
        : t('fields.checkFailed.decision', { reason: failure.text }),
    );
  }
});
