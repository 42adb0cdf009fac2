import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import { VersionPicker } from './VersionPicker';
import { versionPickerSchema } from './versionPickerSchema';
import { validateVersionPicker } from './validateVersionPicker';

/** `ReleaseReadinessVersionPicker` for the new frontend system's scaffolder (see the plugin README, "Form fields"). */
export const versionPickerField = createFormField({
  name: 'ReleaseReadinessVersionPicker',
  component: VersionPicker,
  schema: versionPickerSchema,
  validation: validateVersionPicker,
});
