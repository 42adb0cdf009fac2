import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';

/** The scaffolder form field extension `scaffolder-form-field:release-readiness/environment-picker`. */
export const environmentPickerExtension = FormFieldBlueprint.make({
  name: 'environment-picker',
  params: {
    field: () =>
      import('./environmentPickerField').then(m => m.environmentPickerField),
  },
});

/** The scaffolder form field extension `scaffolder-form-field:release-readiness/version-picker`. */
export const versionPickerExtension = FormFieldBlueprint.make({
  name: 'version-picker',
  params: {
    field: () => import('./versionPickerField').then(m => m.versionPickerField),
  },
});

/** The scaffolder form field extension `scaffolder-form-field:release-readiness/decision-picker`. */
export const decisionPickerExtension = FormFieldBlueprint.make({
  name: 'decision-picker',
  params: {
    field: () =>
      import('./decisionPickerField').then(m => m.decisionPickerField),
  },
});

/** The scaffolder form field extension `scaffolder-form-field:release-readiness/blocking-item-picker`. */
export const blockingItemPickerExtension = FormFieldBlueprint.make({
  name: 'blocking-item-picker',
  params: {
    field: () =>
      import('./blockingItemPickerField').then(m => m.blockingItemPickerField),
  },
});

/** The scaffolder form field extension `scaffolder-form-field:release-readiness/workload-picker`. */
export const workloadPickerExtension = FormFieldBlueprint.make({
  name: 'workload-picker',
  params: {
    field: () =>
      import('./workloadPickerField').then(m => m.workloadPickerField),
  },
});

/** The scaffolder form field extension `scaffolder-form-field:release-readiness/revision-picker`. */
export const revisionPickerExtension = FormFieldBlueprint.make({
  name: 'revision-picker',
  params: {
    field: () =>
      import('./revisionPickerField').then(m => m.revisionPickerField),
  },
});

/**
 * The release-readiness form fields of the scaffolder (new frontend system), each loaded when
 * the scaffolder first needs its fields: `ReleaseReadinessEnvironmentPicker`,
 * `…VersionPicker`, `…DecisionPicker`, `…BlockingItemPicker`, `…WorkloadPicker` and
 * `…RevisionPicker`. They attach to `api:scaffolder/form-fields`.
 */
export const formFieldExtensions = [
  environmentPickerExtension,
  versionPickerExtension,
  decisionPickerExtension,
  blockingItemPickerExtension,
  workloadPickerExtension,
  revisionPickerExtension,
];
