import { makeFieldSchema } from '@backstage/plugin-scaffolder-react';
import { environmentFieldOption } from './environmentFieldOption';

/**
 * `ReleaseReadinessWorkloadPicker`: `{ kind, name }` of a Deployment, StatefulSet or DaemonSet in
 * the environment `ui:options.environmentField` names.
 */
export const workloadPickerSchema = makeFieldSchema({
  output: z =>
    z.object({
      kind: z.enum(['Deployment', 'StatefulSet', 'DaemonSet']),
      name: z.string().describe('The workload, e.g. servanda-api'),
    }),
  uiOptions: z =>
    z.object({
      environmentField: environmentFieldOption(z),
    }),
});

/** The value of a `ReleaseReadinessWorkloadPicker`. */
export type WorkloadPickerValue = typeof workloadPickerSchema.TOutput;

/**
 * The `ui:options` of a `ReleaseReadinessWorkloadPicker`.
 *
 * @public
 */
export type WorkloadPickerUiOptions = {
  environmentField?: string;
};
