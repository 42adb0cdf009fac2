import { createScaffolderFieldExtension } from '@backstage/plugin-scaffolder-react';
import {
  BlockingItemPicker,
  blockingItemPickerSchema,
  DecisionPicker,
  decisionPickerSchema,
  EnvironmentPicker,
  environmentPickerSchema,
  RevisionPicker,
  revisionPickerSchema,
  validateBlockingItemPicker,
  validateDecisionPicker,
  validateEnvironmentPicker,
  validateRevisionPicker,
  validateVersionPicker,
  validateWorkloadPicker,
  VersionPicker,
  versionPickerSchema,
  WorkloadPicker,
  workloadPickerSchema,
} from '../components/ScaffolderFields';
import { releaseReadinessPlugin } from './plugin';

/**
 * `ReleaseReadinessEnvironmentPicker` for the legacy scaffolder: render it inside
 * `<ScaffolderFieldExtensions>` of the `<ScaffolderPage>` route.
 *
 * @public
 */
export const ReleaseReadinessEnvironmentPickerFieldExtension =
  releaseReadinessPlugin.provide(
    createScaffolderFieldExtension({
      name: 'ReleaseReadinessEnvironmentPicker',
      component: EnvironmentPicker,
      validation: validateEnvironmentPicker,
      schema: environmentPickerSchema.schema,
    }),
  );

/**
 * `ReleaseReadinessVersionPicker` for the legacy scaffolder.
 *
 * @public
 */
export const ReleaseReadinessVersionPickerFieldExtension =
  releaseReadinessPlugin.provide(
    createScaffolderFieldExtension({
      name: 'ReleaseReadinessVersionPicker',
      component: VersionPicker,
      validation: validateVersionPicker,
      schema: versionPickerSchema.schema,
    }),
  );

/**
 * `ReleaseReadinessDecisionPicker` for the legacy scaffolder.
 *
 * @public
 */
export const ReleaseReadinessDecisionPickerFieldExtension =
  releaseReadinessPlugin.provide(
    createScaffolderFieldExtension({
      name: 'ReleaseReadinessDecisionPicker',
      component: DecisionPicker,
      validation: validateDecisionPicker,
      schema: decisionPickerSchema.schema,
    }),
  );

/**
 * `ReleaseReadinessBlockingItemPicker` for the legacy scaffolder.
 *
 * @public
 */
export const ReleaseReadinessBlockingItemPickerFieldExtension =
  releaseReadinessPlugin.provide(
    createScaffolderFieldExtension({
      name: 'ReleaseReadinessBlockingItemPicker',
      component: BlockingItemPicker,
      validation: validateBlockingItemPicker,
      schema: blockingItemPickerSchema.schema,
    }),
  );

/**
 * `ReleaseReadinessWorkloadPicker` for the legacy scaffolder.
 *
 * @public
 */
export const ReleaseReadinessWorkloadPickerFieldExtension =
  releaseReadinessPlugin.provide(
    createScaffolderFieldExtension({
      name: 'ReleaseReadinessWorkloadPicker',
      component: WorkloadPicker,
      validation: validateWorkloadPicker,
      schema: workloadPickerSchema.schema,
    }),
  );

/**
 * `ReleaseReadinessRevisionPicker` for the legacy scaffolder.
 *
 * @public
 */
export const ReleaseReadinessRevisionPickerFieldExtension =
  releaseReadinessPlugin.provide(
    createScaffolderFieldExtension({
      name: 'ReleaseReadinessRevisionPicker',
      component: RevisionPicker,
      validation: validateRevisionPicker,
      schema: revisionPickerSchema.schema,
    }),
  );
