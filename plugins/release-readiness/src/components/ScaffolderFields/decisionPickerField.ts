import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import { DecisionPicker } from './DecisionPicker';
import { decisionPickerSchema } from './decisionPickerSchema';
import { validateDecisionPicker } from './validateDecisionPicker';

/** `ReleaseReadinessDecisionPicker` for the new frontend system's scaffolder (see the plugin README, "Form fields"). */
export const decisionPickerField = createFormField({
  name: 'ReleaseReadinessDecisionPicker',
  component: DecisionPicker,
  schema: decisionPickerSchema,
  validation: validateDecisionPicker,
});
