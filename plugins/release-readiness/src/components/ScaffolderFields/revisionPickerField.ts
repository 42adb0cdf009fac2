import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import { RevisionPicker } from './RevisionPicker';
import { revisionPickerSchema } from './revisionPickerSchema';
import { validateRevisionPicker } from './validateRevisionPicker';

/** `ReleaseReadinessRevisionPicker` for the new frontend system's scaffolder (see the plugin README, "Form fields"). */
export const revisionPickerField = createFormField({
  name: 'ReleaseReadinessRevisionPicker',
  component: RevisionPicker,
  schema: revisionPickerSchema,
  validation: validateRevisionPicker,
});
