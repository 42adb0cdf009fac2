import { makeFieldSchema } from '@backstage/plugin-scaffolder-react';

/**
 * `ReleaseReadinessBlockingItemPicker`: the id of a blocking item not yet waived of the decision
 * in the field `ui:options.decisionField` names.
 */
export const blockingItemPickerSchema = makeFieldSchema({
  output: z => z.string().describe('The item id, e.g. restore-test'),
  uiOptions: z =>
    z.object({
      decisionField: z
        .string()
        .describe(
          'The form field holding the ReleaseReadinessDecisionPicker value',
        ),
    }),
});

/**
 * The `ui:options` of a `ReleaseReadinessBlockingItemPicker`.
 *
 * @public
 */
export type BlockingItemPickerUiOptions = {
  decisionField?: string;
};
