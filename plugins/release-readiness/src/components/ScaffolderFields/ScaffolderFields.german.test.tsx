import { useApiHolder, type ApiHolder } from '@backstage/frontend-plugin-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { RevisionsResponse } from '@release-readiness/plugin-release-readiness-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReleaseReadinessApi } from '../../api/ReleaseReadinessApi';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { EnvironmentPicker } from './EnvironmentPicker';
import { RevisionPicker } from './RevisionPicker';
import { validateEnvironmentPicker } from './validateEnvironmentPicker';
import { validateRevisionPicker } from './validateRevisionPicker';
import { validateVersionPicker } from './validateVersionPicker';
import { renderField } from './__testUtils__/renderField';
import { runValidator } from './__testUtils__/runValidator';
import { servandaEnvironments } from './__testUtils__/systems';

/** A portal whose language is German (`api:app/app-language`), as an adopter configures it. */
const GERMAN = {
  app: {
    baseUrl: 'http://localhost:3000',
    extensions: [
      {
        'api:app/app-language': {
          config: { availableLanguages: ['en', 'de'], defaultLanguage: 'de' },
        },
      },
    ],
  },
  backend: { baseUrl: 'http://localhost:7007' },
};

/**
 * The API holder of a German test app, as the scaffolder hands it to a validator (its
 * translation API has not loaded the German messages yet when the validator asks).
 */
async function germanApiHolder(
  api: Partial<ReleaseReadinessApi>,
): Promise<ApiHolder> {
  const holders: ApiHolder[] = [];
  function Capture() {
    holders.push(useApiHolder());
    return null;
  }
  renderInTestApp(<Capture />, {
    apis: [[releaseReadinessApiRef, api]] as const,
    config: GERMAN,
  });
  await waitFor(() => expect(holders.length).toBeGreaterThan(0));
  return holders[0];
}

const form = {
  environment: { system: 'servanda', environment: 'prod' },
  workload: { kind: 'Deployment', name: 'servanda-api' },
};
const uiOptions = {
  environmentField: 'environment',
  workloadField: 'workload',
};
const revisions: RevisionsResponse = {
  environment: 'prod',
  workload: { kind: 'Deployment', name: 'servanda-api' },
  strategy: 'kubernetes',
  items: [
    {
      revision: 7,
      current: true,
      version: '1.5.0',
      images: [],
      createdAt: '2026-03-26T10:00:00.000Z',
    },
    { revision: 6, current: false, version: '1.4.2', images: [] },
  ],
  source: { name: 'kubernetes', status: 'ok' },
};

// MUI selects under userEvent are slow on a shared machine.
jest.setTimeout(30_000);

describe('scaffolder form fields in German', () => {
  afterEach(() => window.localStorage.clear());

  it('label the revision picker and its choices in German', async () => {
    renderField(RevisionPicker, {
      api: { getRevisions: async () => revisions },
      uiOptions,
      form,
      config: GERMAN,
    });
    const select = await screen.findByRole('combobox', { name: /Revision/ });
    expect(select).toHaveTextContent('Die vorherige Revision (Standard)');
    expect(
      screen.getByText('Rollback mit der Strategie kubernetes'),
    ).toBeInTheDocument();
    await userEvent.click(select);
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map(o => o.textContent)).toEqual([
      'Die vorherige Revision (Standard)',
      expect.stringMatching(
        /^7 — 1\.5\.0 \(aktuell\)keine Images · erstellt \S+ 26\. Mär/,
      ),
      '6 — 1.4.2keine Images',
    ]);
  });

  it('say what is missing in German', async () => {
    renderField(EnvironmentPicker, {
      api: { getSystems: async () => ({ items: [] }) },
      config: GERMAN,
    });
    expect(
      await screen.findByText('Noch kein System hat eine Release-Policy.'),
    ).toBeInTheDocument();
  });

  it('word the validation errors in German, waiting for the German messages', async () => {
    const apiHolder = await germanApiHolder({
      getEnvironments: async () => ({ items: servandaEnvironments }),
      getRevisions: async () => revisions,
    });
    await expect(
      runValidator(
        validateEnvironmentPicker,
        { system: 'servanda', environment: 'qa' },
        { apiHolder },
      ),
    ).resolves.toEqual([
      "servanda hat keine Umgebung 'qa' (vorhanden: stage, prod)",
    ]);
    await expect(
      runValidator(validateRevisionPicker, 7, { apiHolder, uiOptions, form }),
    ).resolves.toEqual([
      'Revision 7 ist die aktuelle: bitte eine ältere wählen',
    ]);
    await expect(
      runValidator(validateVersionPicker, { version: '' }, { apiHolder }),
    ).resolves.toEqual([
      'Die Vorlage setzt ui:options.environmentField für dieses Feld nicht',
      'Bitte die Version eingeben, z. B. 1.4.2',
    ]);
  });

  it('word the validation errors in English without a translation API', async () => {
    const apiHolder: ApiHolder = { get: () => undefined };
    await expect(
      runValidator(
        validateVersionPicker,
        { version: '1.5 .0' },
        { apiHolder, uiOptions },
      ),
    ).resolves.toEqual([
      'The version may hold only letters, digits and . _ + / - (at most 200)',
    ]);
  });
});
