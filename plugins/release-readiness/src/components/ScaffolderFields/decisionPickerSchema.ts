import { makeFieldSchema } from '@backstage/plugin-scaffolder-react';

/**
 * `ReleaseReadinessDecisionPicker`: `{ system, decisionId }` of a decision with one of the
 * statuses in `ui:options.status` (default `open`).
 */
export const decisionPickerSchema = makeFieldSchema({
  output: z =>
    z.object({
      system: z.string().describe('The system, e.g. servanda'),
      decisionId: z.string().describe('The decision id'),
    }),
  uiOptions: z =>
    z.object({
      status: z
        .array(z.enum(['open', 'go', 'no-go', 'expired', 'invalidated']))
        .optional()
        .describe("The statuses offered (default ['open'])"),
      system: z.string().optional().describe("Offer only this system's"),
    }),
});

/** The value of a `ReleaseReadinessDecisionPicker`. */
export type DecisionPickerValue = typeof decisionPickerSchema.TOutput;

/**
 * The `ui:options` of a `ReleaseReadinessDecisionPicker`.
 *
 * @public
 */
export type DecisionPickerUiOptions = {
  status?: string[];
  system?: string;
};
