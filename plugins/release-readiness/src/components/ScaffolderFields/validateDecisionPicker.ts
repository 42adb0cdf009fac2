import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import type {
  DecisionPickerUiOptions,
  DecisionPickerValue,
} from './decisionPickerSchema';
import { failureOf } from './failureOf';
import { isDecisionRef } from './isDecisionRef';
import { statusesOption } from './statusesOption';
import { stringOption } from './stringOption';

/**
 * Checks a `ReleaseReadinessDecisionPicker` value against the backend: the decision exists in
 * that system (`ui:options.system` when set) and has one of the wanted statuses now.
 */
export const validateDecisionPicker: CustomFieldValidator<
  DecisionPickerValue,
  DecisionPickerUiOptions
> = async (data, validation, context) => {
  const options = context.uiSchema?.['ui:options'];
  const wanted = statusesOption(options?.status);
  if ('problem' in wanted) {
    validation.addError(wanted.problem);
    return;
  }
  if (!isDecisionRef(data)) {
    validation.addError('Choose a decision');
    return;
  }
  const fixedSystem = stringOption(options?.system);
  if (fixedSystem && data.system !== fixedSystem) {
    validation.addError(
      `Choose a decision of ${fixedSystem}, not of ${data.system}`,
    );
    return;
  }
  const api = context.apiHolder.get(releaseReadinessApiRef);
  if (!api) {
    validation.addError(
      'Could not check the decision: the release-readiness API is not installed',
    );
    return;
  }
  try {
    const { state } = await api.getDecision(data.system, data.decisionId);
    if (!wanted.statuses.includes(state.status)) {
      validation.addError(
        `The decision is ${state.status}, not ${wanted.statuses.join(' or ')}`,
      );
    }
  } catch (error) {
    const failure = failureOf(error);
    validation.addError(
      failure.notFound
        ? `${data.system} has no decision '${data.decisionId}'`
        : `Could not check the decision: ${failure.text}`,
    );
  }
};
