import type { CustomFieldValidator } from '@backstage/plugin-scaffolder-react';

/** A form's data as the scaffolder hands it to fields and validators (JSON). */
export type FormValues = Parameters<
  CustomFieldValidator<unknown>
>[2]['formData'];
