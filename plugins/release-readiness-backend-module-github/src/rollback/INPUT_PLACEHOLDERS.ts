/**
 * The placeholders an input template of `rollback.githubActions.inputs` may use: the target
 * revision's `{version}` and git `{tag}`, the `{environment}`, the `{workload}`'s name and the
 * `{actor}` (the entity ref of the user who rolls back).
 *
 * @public
 */
export const INPUT_PLACEHOLDERS = [
  'version',
  'tag',
  'environment',
  'workload',
  'actor',
] as const;

/**
 * One of {@link INPUT_PLACEHOLDERS}.
 *
 * @public
 */
export type InputPlaceholder = (typeof INPUT_PLACEHOLDERS)[number];
