import { createExtensionTester } from '@backstage/frontend-test-utils';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';
import {
  blockingItemPickerExtension,
  decisionPickerExtension,
  environmentPickerExtension,
  formFieldExtensions,
  revisionPickerExtension,
  versionPickerExtension,
  workloadPickerExtension,
} from './formFieldExtensions';

/** The `ui:field` name of the field a loader loads. */
async function fieldNameOf(load: () => Promise<object>): Promise<unknown> {
  const field = await load();
  return 'name' in field ? field.name : undefined;
}

const { formFieldLoader } = FormFieldBlueprint.dataRefs;

describe('formFieldExtensions', () => {
  it('load the six fields under the ui:field names the templates use', async () => {
    await expect(
      Promise.all([
        fieldNameOf(
          createExtensionTester(environmentPickerExtension).get(
            formFieldLoader,
          ),
        ),
        fieldNameOf(
          createExtensionTester(versionPickerExtension).get(formFieldLoader),
        ),
        fieldNameOf(
          createExtensionTester(decisionPickerExtension).get(formFieldLoader),
        ),
        fieldNameOf(
          createExtensionTester(blockingItemPickerExtension).get(
            formFieldLoader,
          ),
        ),
        fieldNameOf(
          createExtensionTester(workloadPickerExtension).get(formFieldLoader),
        ),
        fieldNameOf(
          createExtensionTester(revisionPickerExtension).get(formFieldLoader),
        ),
      ]),
    ).resolves.toEqual([
      'ReleaseReadinessEnvironmentPicker',
      'ReleaseReadinessVersionPicker',
      'ReleaseReadinessDecisionPicker',
      'ReleaseReadinessBlockingItemPicker',
      'ReleaseReadinessWorkloadPicker',
      'ReleaseReadinessRevisionPicker',
    ]);
    expect(formFieldExtensions).toHaveLength(6);
  });
});
