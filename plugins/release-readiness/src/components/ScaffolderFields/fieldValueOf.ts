/**
 * The value of another field of the form, by its name: the scaffolder passes the whole form's
 * data (every step) as `formContext.formData`, the validators get the step's as `formData`.
 * Undefined when there is no such field or no name.
 */
export function fieldValueOf(
  formData: unknown,
  field: string | undefined,
): unknown {
  if (!field || typeof formData !== 'object' || formData === null) {
    return undefined;
  }
  return Object.entries(formData).find(([key]) => key === field)?.[1];
}
