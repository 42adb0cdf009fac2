import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import { EnvironmentPicker } from './EnvironmentPicker';
import { environmentPickerSchema } from './environmentPickerSchema';
import { validateEnvironmentPicker } from './validateEnvironmentPicker';

/** `ReleaseReadinessEnvironmentPicker` for the new frontend system's scaffolder (see the plugin README, "Form fields"). */
export const environmentPickerField = createFormField({
  name: 'ReleaseReadinessEnvironmentPicker',
  component: EnvironmentPicker,
  schema: environmentPickerSchema,
  validation: validateEnvironmentPicker,
});
