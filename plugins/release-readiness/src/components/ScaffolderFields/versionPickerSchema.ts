import { makeFieldSchema } from '@backstage/plugin-scaffolder-react';
import { environmentFieldOption } from './environmentFieldOption';

/**
 * `ReleaseReadinessVersionPicker`: `{ version, digest?, ref? }` for the environment that
 * `ui:options.environmentField` names.
 */
export const versionPickerSchema = makeFieldSchema({
  output: z =>
    z.object({
      version: z.string().describe('The version, e.g. 1.4.2'),
      digest: z
        .string()
        .optional()
        .describe('The image digest, sha256:<64 hex digits>, when known'),
      ref: z
        .string()
        .optional()
        .describe('The tag or branch the gates are judged for'),
    }),
  uiOptions: z =>
    z.object({
      environmentField: environmentFieldOption(z),
    }),
});

/** The value of a `ReleaseReadinessVersionPicker`. */
export type VersionPickerValue = typeof versionPickerSchema.TOutput;

/**
 * The `ui:options` of a `ReleaseReadinessVersionPicker`.
 *
 * @public
 */
export type VersionPickerUiOptions = {
  environmentField?: string;
};
