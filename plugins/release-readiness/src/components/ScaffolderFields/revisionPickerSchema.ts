import { makeFieldSchema } from '@backstage/plugin-scaffolder-react';
import { environmentFieldOption } from './environmentFieldOption';

/**
 * `ReleaseReadinessRevisionPicker`: the revision to roll back to, or empty for the previous one
 * (the backend's default), of the workload in `ui:options.workloadField` in the environment in
 * `ui:options.environmentField`.
 */
export const revisionPickerSchema = makeFieldSchema({
  output: z =>
    z
      .number()
      .int()
      .positive()
      .optional()
      .describe('The revision, e.g. 3; empty: the previous one'),
  uiOptions: z =>
    z.object({
      environmentField: environmentFieldOption(z),
      workloadField: z
        .string()
        .describe(
          'The form field holding the ReleaseReadinessWorkloadPicker value',
        ),
    }),
});

/**
 * The `ui:options` of a `ReleaseReadinessRevisionPicker`.
 *
 * @public
 */
export type RevisionPickerUiOptions = {
  environmentField?: string;
  workloadField?: string;
};
