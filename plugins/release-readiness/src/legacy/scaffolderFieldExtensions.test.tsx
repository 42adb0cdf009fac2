import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  ScaffolderFieldExtensions,
  useCustomFieldExtensions,
} from '@backstage/plugin-scaffolder-react';
import { screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import {
  ReleaseReadinessBlockingItemPickerFieldExtension,
  ReleaseReadinessDecisionPickerFieldExtension,
  ReleaseReadinessEnvironmentPickerFieldExtension,
  ReleaseReadinessRevisionPickerFieldExtension,
  ReleaseReadinessVersionPickerFieldExtension,
  ReleaseReadinessWorkloadPickerFieldExtension,
} from './scaffolderFieldExtensions';

/** What the legacy scaffolder page finds in its outlet. */
function FoundFields(props: { outlet: ReactNode }) {
  const fields = useCustomFieldExtensions(props.outlet);
  return (
    <ul>
      {fields.map(f => (
        <li key={f.name}>{`${f.name}${f.validation ? ' (validated)' : ''}`}</li>
      ))}
    </ul>
  );
}

describe('legacy scaffolder field extensions', () => {
  it('are found by the scaffolder page under the ui:field names, with their validators', async () => {
    renderInTestApp(
      <FoundFields
        outlet={
          <ScaffolderFieldExtensions>
            <ReleaseReadinessEnvironmentPickerFieldExtension />
            <ReleaseReadinessVersionPickerFieldExtension />
            <ReleaseReadinessDecisionPickerFieldExtension />
            <ReleaseReadinessBlockingItemPickerFieldExtension />
            <ReleaseReadinessWorkloadPickerFieldExtension />
            <ReleaseReadinessRevisionPickerFieldExtension />
          </ScaffolderFieldExtensions>
        }
      />,
    );
    const items = await screen.findAllByRole('listitem');
    expect(items.map(i => i.textContent)).toEqual([
      'ReleaseReadinessEnvironmentPicker (validated)',
      'ReleaseReadinessVersionPicker (validated)',
      'ReleaseReadinessDecisionPicker (validated)',
      'ReleaseReadinessBlockingItemPicker (validated)',
      'ReleaseReadinessWorkloadPicker (validated)',
      'ReleaseReadinessRevisionPicker (validated)',
    ]);
  });
});
