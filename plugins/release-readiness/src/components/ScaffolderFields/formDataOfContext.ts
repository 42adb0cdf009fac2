/** The whole form's data from a field's `formContext` (`{ formData }` in the scaffolder). */
export function formDataOfContext(formContext: unknown): unknown {
  if (typeof formContext !== 'object' || formContext === null) {
    return undefined;
  }
  return Object.entries(formContext).find(([key]) => key === 'formData')?.[1];
}
