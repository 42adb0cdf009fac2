import { makeFieldSchema } from '@backstage/plugin-scaffolder-react';

/**
 * `ReleaseReadinessEnvironmentPicker`: `{ system, environment }` (names), optionally limited to
 * one system by `ui:options.system`.
 */
export const environmentPickerSchema = makeFieldSchema({
  output: z =>
    z.object({
      system: z.string().describe('The system, e.g. servanda'),
      environment: z.string().describe('The environment, e.g. prod'),
    }),
  uiOptions: z =>
    z.object({
      system: z
        .string()
        .optional()
        .describe("Offer only this system's environments"),
    }),
});

/** The value of a `ReleaseReadinessEnvironmentPicker`. */
export type EnvironmentPickerValue = typeof environmentPickerSchema.TOutput;

/**
 * The `ui:options` of a `ReleaseReadinessEnvironmentPicker`.
 *
 * @public
 */
export type EnvironmentPickerUiOptions = {
  system?: string;
};
