import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  summarizeVersionMatrix,
  type ReadinessResponse,
  type SystemSummary,
  type VersionsResponse,
} from '@release-readiness/plugin-release-readiness-common';
import { screen, within } from '@testing-library/react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { BoardRootContext } from '../shared';
import { SystemBoardPage } from './SystemBoardPage';

const fetchedAt = new Date(Date.now() - 5 * 60_000).toISOString();
const ok = (name: string) => ({ name, status: 'ok' as const, fetchedAt });

const servanda: SystemSummary = {
  name: 'servanda',
  title: 'Servanda',
  entityRef: 'system:default/servanda',
  owner: 'group:default/servanda',
  environments: [
    { name: 'stage', title: 'Staging', order: 2 },
    {
      name: 'prod',
      title: 'Production',
      order: 3,
      target: { label: 'eu-1/servanda-prod', offline: true },
    },
  ],
  policy: {
    origin: 'file',
    location: 'http://localhost:7010/servanda/release-readiness.yaml',
    status: 'ok',
    loadedAt: fetchedAt,
  },
};

function readiness(environment: string): ReadinessResponse {
  const ready = environment === 'stage';
  return {
    environment,
    at: fetchedAt,
    nextWindow: null,
    changeType: 'standard',
    risk: 'normal',
    changeTypes: ['standard'],
    verdict: ready ? 'ready' : 'blocked',
    reasons: ready
      ? []
      : [
          {
            itemId: 'release',
            status: 'fail',
            enforcement: 'block',
            text: 'Release gate 4/5',
          },
        ],
    items: [
      {
        id: 'release',
        kind: 'gate',
        title: 'Release gate',
        status: ready ? 'pass' : 'fail',
        enforcement: 'block',
        reason: '',
        evidence: [],
        source: ok('github'),
        gate: {
          passed: ready ? 5 : 4,
          required: 5,
          total: 5,
          source: 'ci',
        },
      },
    ],
  };
}

const versions: VersionsResponse = {
  environments: [
    { name: 'stage', title: 'Staging', source: ok('kubernetes:demo') },
    { name: 'prod', title: 'Production', source: ok('snapshot') },
  ],
  rows: [
    {
      kind: 'Deployment',
      name: 'servanda-api',
      drift: true,
      cells: [
        { environment: 'stage', state: 'deployed', version: '1.5.0' },
        { environment: 'prod', state: 'deployed', version: '1.4.2' },
      ],
    },
  ],
};

const notConfigured = {
  name: 'none',
  status: 'unavailable' as const,
  error: { type: 'NOT_CONFIGURED', message: 'not set up' },
};

/** The board of Servanda in `language` (the portal's app-language setting). */
async function renderBoard(language: 'en' | 'de') {
  await renderInTestApp(
    <BoardRootContext.Provider value="/release-readiness">
      <SystemBoardPage />
    </BoardRootContext.Provider>,
    {
      mountPath: '/release-readiness/systems/:system',
      initialRouteEntries: ['/release-readiness/systems/servanda'],
      config: {
        app: {
          baseUrl: 'http://localhost:3000',
          extensions: [
            {
              'api:app/app-language': {
                config: {
                  availableLanguages: ['en', 'de'],
                  defaultLanguage: language,
                },
              },
            },
          ],
        },
        backend: { baseUrl: 'http://localhost:7007' },
      },
      apis: [
        [
          releaseReadinessApiRef,
          {
            getSystem: jest.fn().mockResolvedValue(servanda),
            getVersions: jest.fn().mockResolvedValue(versions),
            getVersionSummary: jest
              .fn()
              .mockResolvedValue(summarizeVersionMatrix(versions)),
            getReadiness: jest.fn(async (_system: string, env: string) =>
              readiness(env),
            ),
            getWorkloads: jest.fn().mockResolvedValue({
              environment: 'prod',
              items: [],
              source: notConfigured,
            }),
            getRaci: jest.fn().mockRejectedValue(new Error('no RACI')),
            getOnCall: jest.fn().mockResolvedValue({
              environment: 'prod',
              weeks: [],
              gaps: [],
              findings: [],
              source: notConfigured,
            }),
            getSla: jest.fn().mockResolvedValue({
              environment: 'prod',
              services: [
                {
                  name: 'auth',
                  window: 'P30D',
                  objectives: [],
                  status: 'fail',
                },
                {
                  name: 'api-gateway',
                  window: 'P30D',
                  objectives: [],
                  status: 'pass',
                },
              ],
              source: ok('prometheus:demo'),
            }),
            getBackups: jest.fn().mockResolvedValue({
              environment: 'prod',
              items: [
                {
                  name: 'offsite',
                  kind: 'prometheus',
                  age: 'P3DT1H',
                  rpo: 'PT26H',
                  status: 'fail',
                  detail: '',
                  source: ok('prometheus:demo'),
                },
              ],
              source: ok('prometheus:demo'),
            }),
            getCalendar: jest.fn().mockResolvedValue({
              environment: 'prod',
              from: fetchedAt,
              to: fetchedAt,
              windows: [],
              occurrences: [],
              releaseWindowRequired: false,
            }),
          },
        ],
      ] as const,
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
  // Environment titles are the team's data, never translated.
  return screen.findByRole('region', { name: 'Production' });
}

// The board renders a column of tiles per environment; slow on a busy machine.
jest.setTimeout(30_000);

describe('SystemBoardPage', () => {
  // The app-language API remembers the last language in localStorage ('language').
  beforeEach(() => window.localStorage.clear());

  it('shows the board in English, the default language', async () => {
    const prod = await renderBoard('en');
    expect(
      screen.getByText('2 environments in promotion order.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All systems' })).toBeVisible();
    expect(within(prod).getByText('Step 2')).toBeInTheDocument();
    expect(within(prod).getByText('air-gapped')).toBeInTheDocument();
    expect(
      await within(prod).findByLabelText('Verdict: Blocked'),
    ).toBeInTheDocument();
    const sla = within(prod).getByRole('region', { name: 'SLA' });
    expect(await within(sla).findByText('Fail')).toBeInTheDocument();
    expect(sla).toHaveTextContent('worst: auth (2 services)');
    expect(sla).toHaveTextContent('prometheus:demo · as of 5 minutes ago');
    const backups = within(prod).getByRole('region', { name: 'Backups' });
    expect(
      await within(backups).findByText(/offsite: 3 days 1 h ago, RPO 26 h/),
    ).toBeInTheDocument();
    expect(
      within(prod).getByRole('region', { name: 'On call now' }),
    ).toHaveTextContent('not configured');
    expect(
      await within(prod).findByRole('region', { name: 'Release window' }),
    ).toHaveTextContent('no freeze now; no release window needed');
    expect(
      within(prod).getByRole('link', { name: 'Open Production' }),
    ).toBeInTheDocument();
  });

  it('shows the board in German when the portal is set to German', async () => {
    const prod = await renderBoard('de');
    expect(
      await screen.findByText('2 Umgebungen in Promotion-Reihenfolge.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Alle Systeme' })).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Was ist wo deployt' }),
    ).toBeInTheDocument();
    expect(within(prod).getByText('Stufe 2')).toBeInTheDocument();
    expect(
      within(prod).getByText('Läuft auf: eu-1/servanda-prod'),
    ).toBeInTheDocument();
    expect(
      await within(prod).findByLabelText('Entscheid: Blockiert'),
    ).toBeInTheDocument();
    const stage = screen.getByRole('region', { name: 'Staging' });
    expect(
      await within(stage).findByLabelText('Entscheid: Bereit'),
    ).toBeInTheDocument();

    const sla = within(prod).getByRole('region', { name: 'SLA' });
    expect(await within(sla).findByText('Verfehlt')).toBeInTheDocument();
    expect(sla).toHaveTextContent('schlechtester: auth (2 Services)');
    expect(sla).toHaveTextContent('prometheus:demo · Stand vor 5 Minuten');
    const backups = within(prod).getByRole('region', { name: 'Backups' });
    expect(
      await within(backups).findByText(
        /offsite: Alter 3 Tage 1 Std\., RPO 26 Std\./,
      ),
    ).toBeInTheDocument();
    expect(
      within(prod).getByRole('region', { name: 'Rufbereitschaft jetzt' }),
    ).toHaveTextContent('nicht konfiguriert');
    expect(
      within(prod).getByRole('region', { name: 'Verantwortliche (RACI)' }),
    ).toHaveTextContent('nicht ladbar (Error)');
    expect(
      await within(prod).findByRole('region', { name: 'Release-Fenster' }),
    ).toHaveTextContent('kein Change-Freeze aktiv; kein Release-Fenster nötig');
    expect(
      within(prod).getByRole('link', { name: 'Production öffnen' }),
    ).toBeInTheDocument();
    // No English label is left on the board.
    for (const english of [
      'Step 2',
      'Verdict: Blocked',
      'On call now',
      'Release window',
      'worst:',
      'as of',
    ]) {
      expect(screen.queryByText(new RegExp(english))).not.toBeInTheDocument();
    }
  });
});
