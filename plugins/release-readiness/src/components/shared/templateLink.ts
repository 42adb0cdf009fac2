/**
 * The scaffolder's page of one of the board's templates (`examples/templates/`), prefilled with
 * `formData` as the scaffolder module's README documents: `/create/templates/default/<name>?formData=…`
 * (the scaffolder's default mount path).
 */
export function templateLink(
  template:
    | 'go-no-go-request'
    | 'go-no-go-vote'
    | 'go-no-go-waive'
    | 'rollback',
  formData?: Record<string, unknown>,
): string {
  const path = `/create/templates/default/${template}`;
  return formData
    ? `${path}?formData=${encodeURIComponent(JSON.stringify(formData))}`
    : path;
}
