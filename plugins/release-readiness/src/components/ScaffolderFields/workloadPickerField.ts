import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import { WorkloadPicker } from './WorkloadPicker';
import { workloadPickerSchema } from './workloadPickerSchema';
import { validateWorkloadPicker } from './validateWorkloadPicker';

/** `ReleaseReadinessWorkloadPicker` for the new frontend system's scaffolder (see the plugin README, "Form fields"). */
export const workloadPickerField = createFormField({
  name: 'ReleaseReadinessWorkloadPicker',
  component: WorkloadPicker,
  schema: workloadPickerSchema,
  validation: validateWorkloadPicker,
});
