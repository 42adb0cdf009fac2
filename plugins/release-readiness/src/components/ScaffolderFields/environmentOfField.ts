import { fieldValueOf } from './fieldValueOf';
import { formDataOfContext } from './formDataOfContext';
import { isSystemEnvironment, SystemEnvironment } from './isSystemEnvironment';
import { stringOption } from './stringOption';

/**
 * The environment in the form field that a field's `ui:options.environmentField` names (read from
 * the whole form's data in `formContext`), or the problem: the option not set, or that field not
 * filled in yet.
 */
export function environmentOfField(
  options: { environmentField?: unknown } | undefined,
  formContext: unknown,
): { chosen?: SystemEnvironment; problem?: string } {
  const environmentField = stringOption(options?.environmentField);
  if (!environmentField) {
    return {
      problem:
        'This template does not set ui:options.environmentField (the form field with the environment).',
    };
  }
  const target = fieldValueOf(formDataOfContext(formContext), environmentField);
  return isSystemEnvironment(target)
    ? { chosen: target }
    : { problem: 'Choose the environment first.' };
}
