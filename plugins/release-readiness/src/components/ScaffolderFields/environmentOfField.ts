import { fieldValueOf } from './fieldValueOf';
import { formDataOfContext } from './formDataOfContext';
import { isSystemEnvironment, SystemEnvironment } from './isSystemEnvironment';
import { stringOption } from './stringOption';

/**
 * The environment in the form field that a field's `ui:options.environmentField` names (read from
 * the whole form's data in `formContext`), or the problem (the key of its message under
 * `fields.problem`): the option not set, or that field not filled in yet.
 */
export function environmentOfField(
  options: { environmentField?: unknown } | undefined,
  formContext: unknown,
): {
  chosen?: SystemEnvironment;
  problem?: 'environmentFieldMissing' | 'chooseEnvironment';
} {
  const environmentField = stringOption(options?.environmentField);
  if (!environmentField) {
    return { problem: 'environmentFieldMissing' };
  }
  const target = fieldValueOf(formDataOfContext(formContext), environmentField);
  return isSystemEnvironment(target)
    ? { chosen: target }
    : { problem: 'chooseEnvironment' };
}
