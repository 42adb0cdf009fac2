import { createFormField } from '@backstage/plugin-scaffolder-react/alpha';
import { BlockingItemPicker } from './BlockingItemPicker';
import { blockingItemPickerSchema } from './blockingItemPickerSchema';
import { validateBlockingItemPicker } from './validateBlockingItemPicker';

/** `ReleaseReadinessBlockingItemPicker` for the new frontend system's scaffolder (see the plugin README, "Form fields"). */
export const blockingItemPickerField = createFormField({
  name: 'ReleaseReadinessBlockingItemPicker',
  component: BlockingItemPicker,
  schema: blockingItemPickerSchema,
  validation: validateBlockingItemPicker,
});
