import type { makeFieldSchema } from '@backstage/plugin-scaffolder-react';

/** The zod that `makeFieldSchema` hands to a field schema's builders. */
type FieldZod = Parameters<Parameters<typeof makeFieldSchema>[0]['output']>[0];

/**
 * The schema of `ui:options.environmentField`: the form field holding the
 * `ReleaseReadinessEnvironmentPicker` value a field reads.
 */
export function environmentFieldOption(z: FieldZod) {
  return z
    .string()
    .describe(
      'The form field holding the ReleaseReadinessEnvironmentPicker value',
    );
}
