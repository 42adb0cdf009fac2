import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { RollbackButton } from './RollbackButton';
import { RollbackHistory } from './RollbackHistory';
import { rollbackRecord } from './testing/rollbackRecord';

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

// Renders a whole history: slow on a busy machine.
jest.setTimeout(30_000);

describe('rollbacks in German', () => {
  afterEach(() => window.localStorage.clear());

  it('show the history with the handbook wording', async () => {
    renderInTestApp(<RollbackHistory system="servanda" environment="prod" />, {
      apis: [
        [
          releaseReadinessApiRef,
          { listRollbacks: async () => ({ items: [rollbackRecord()] }) },
        ],
        mockApis.identity({ userEntityRef: 'user:default/mara.schulz' }),
      ] as const,
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      config: GERMAN,
    });
    const record = await screen.findByRole('listitem', {
      name: 'Rollback von StatefulSet minio',
    });
    expect(within(record).getByText('erfolgreich')).toBeInTheDocument();
    expect(
      within(record).getByText(
        'Revision 3 (2025.04.22) → Revision 2 (2025.01.20)',
      ),
    ).toBeInTheDocument();
    expect(
      within(record).getByText(/^Verifikation: bestanden/),
    ).toBeInTheDocument();
    expect(
      within(record).getByText(
        /^Strategie kubernetes · gestartet \d+\.\d+\.2026, [\d:]+ · abgeschlossen \d+\.\d+\.2026, [\d:]+$/,
      ),
    ).toBeInTheDocument();
    expect(
      within(record).getByText('Incident-Kommunikation: noch nicht erledigt'),
    ).toBeInTheDocument();
    expect(
      within(record).getByRole('button', {
        name: 'Kommunikation als erledigt markieren',
      }),
    ).toBeInTheDocument();
    expect(
      within(record).getByRole('button', {
        name: 'Ich übernehme das Post-Mortem',
      }),
    ).toBeInTheDocument();
  });

  it('offer "Rollback auslösen…" and say why not in German', async () => {
    renderInTestApp(
      <RollbackButton
        system="servanda"
        environment="prod"
        workload={{ kind: 'StatefulSet', name: 'minio' }}
        airGapped
      />,
      {
        apis: [[releaseReadinessApiRef, { getRevisions: jest.fn() }]] as const,
        config: GERMAN,
      },
    );
    const button = await screen.findByRole('button', {
      name: 'Rollback von StatefulSet minio auslösen',
    });
    expect(button).toHaveTextContent('Rollback auslösen…');
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(
      'prod ist air-gapped: die Workloads stammen aus einem Offline-Snapshot und können nicht aus dem Portal zurückgerollt werden',
    );
  });
});
