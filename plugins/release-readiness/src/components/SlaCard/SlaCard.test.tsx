import { renderInTestApp } from '@backstage/frontend-test-utils';
import type {
  SlaResponse,
  SlaServiceResult,
  SloObjectiveResult,
} from '@release-readiness/plugin-release-readiness-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { SlaCard } from './SlaCard';
import {
  forgetStoredLanguage,
  germanPortal,
} from '../../translations/__testUtils__/germanPortal';

const fetchedAt = new Date(Date.now() - 120_000).toISOString();

function objective(
  o: Partial<SloObjectiveResult> & Pick<SloObjectiveResult, 'id'>,
): SloObjectiveResult {
  return {
    title: o.id,
    kind: 'availability',
    role: 'slo',
    target: 0.999,
    window: 'P30D',
    actual: 0.9995,
    status: 'pass',
    data: 'ok',
    approximate: false,
    requests: 1_234_000,
    reason: '99.95% of 1.2M requests succeeded (target 99.9%)',
    ...o,
  };
}

const apiGateway: SlaServiceResult = {
  name: 'api-gateway',
  window: 'P30D',
  status: 'pass',
  objectives: [
    objective({ id: 'availability', title: 'Availability (availability)' }),
    objective({
      id: 'p99-120ms',
      title: 'Latency (p99-120ms)',
      kind: 'latency',
      target: 0.99,
      threshold: 0.12,
      actual: 0.9931,
      approximate: true,
      reason:
        '99.31% of 1.2M requests within 120 ms (target 99%), approximate: 120 ms is not a known bucket boundary',
    }),
    objective({
      id: 'post-deploy-p95',
      title: 'Latency (post-deploy-p95)',
      kind: 'latency',
      role: 'post-deploy',
      target: 0.95,
      threshold: 0.5,
      window: 'PT30M',
      actual: 0.91,
      status: 'fail',
      firing: true,
      requests: 1800,
      reason:
        'post-deploy limit breached: 91% of 1.8k requests within 500 ms (target 95%)',
    }),
    objective({
      id: 'rollback-5xx',
      title: 'Error rate (rollback-5xx)',
      kind: 'error-rate',
      role: 'rollback-trigger',
      target: 0.02,
      window: 'PT5M',
      actual: 0.004,
      firing: false,
      requests: 300,
      reason: 'quiet: 0.4% of 300 requests failed (limit 2%)',
    }),
  ],
  errorBudget: {
    objective: 'availability',
    remaining: 0.421,
    burnRates: [
      {
        long: 'PT1H',
        short: 'PT5M',
        threshold: 14.4,
        longRate: 16.2,
        shortRate: 20.5,
        firing: true,
      },
      {
        long: 'PT6H',
        short: 'PT30M',
        threshold: 6,
        longRate: 2.1,
        shortRate: 1.5,
        firing: false,
      },
      {
        long: 'P3D',
        short: 'PT6H',
        threshold: 1,
        longRate: null,
        shortRate: 0.8,
        firing: false,
      },
    ],
    series: [
      { at: '2026-03-01T00:00:00.000Z', remaining: 1 },
      { at: '2026-03-02T00:00:00.000Z', remaining: 0.9 },
      { at: '2026-03-03T00:00:00.000Z', remaining: null },
      { at: '2026-03-04T00:00:00.000Z', remaining: 0.6 },
      { at: '2026-03-05T00:00:00.000Z', remaining: 0.421 },
    ],
  },
};

const auth: SlaServiceResult = {
  name: 'auth',
  window: 'P30D',
  status: 'fail',
  objectives: [
    objective({
      id: 'p99-50ms',
      title: 'Latency (p99-50ms)',
      kind: 'latency',
      target: 0.99,
      threshold: 0.05,
      actual: 0.962,
      status: 'fail',
      reason: '96.2% of 800k requests within 50 ms (target 99%)',
    }),
  ],
};

function sla(partial: Partial<SlaResponse> = {}): SlaResponse {
  return {
    environment: 'prod',
    services: [apiGateway, auth],
    source: { name: 'prometheus:demo', status: 'ok', fetchedAt },
    ...partial,
  };
}

function render(getSla: jest.Mock) {
  return renderInTestApp(<SlaCard system="servanda" environment="prod" />, {
    apis: [[releaseReadinessApiRef, { getSla }]] as const,
  });
}

const row = (table: HTMLElement, name: RegExp) =>
  within(table).getByRole('row', { name });

describe('SlaCard', () => {
  it('shows a progress bar while loading', async () => {
    await render(jest.fn(() => new Promise(() => {})));
    expect(screen.getByTestId('progress')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows each service against its targets, limits firing or quiet, and the source', async () => {
    const getSla = jest.fn().mockResolvedValue(sla());
    await render(getSla);
    expect(getSla).toHaveBeenCalledWith('servanda', 'prod');
    expect(
      await screen.findByText(/Source: prometheus:demo · as of/),
    ).toHaveTextContent('2 minutes ago');

    const gateway = screen.getByRole('region', { name: 'api-gateway' });
    const objectives = within(gateway).getByRole('table', {
      name: 'Objectives of api-gateway',
    });
    const availability = row(objectives, /Availability \(availability\)/);
    expect(availability).toHaveTextContent('≥ 99.9%');
    expect(availability).toHaveTextContent('99.95%');
    expect(availability).toHaveTextContent('1.2M');
    expect(availability).toHaveTextContent('30 days');
    expect(within(availability).getByText('Pass')).toBeInTheDocument();
    const latency = row(objectives, /p99-120ms/);
    expect(latency).toHaveTextContent('≥ 99% within 120 ms');
    expect(within(latency).getByText('approximate')).toBeInTheDocument();
    expect(within(availability).queryByText('approximate')).toBeNull();

    const limits = within(gateway).getByRole('table', {
      name: 'Post-deploy limits and rollback triggers of api-gateway',
    });
    const postDeploy = row(limits, /post-deploy-p95/);
    expect(postDeploy).toHaveTextContent('post-deploy limit');
    expect(postDeploy).toHaveTextContent('30 min');
    expect(within(postDeploy).getByText('Firing')).toBeInTheDocument();
    const rollback = row(limits, /rollback-5xx/);
    expect(rollback).toHaveTextContent('rollback trigger');
    expect(rollback).toHaveTextContent('≤ 2% errors');
    expect(within(rollback).getByText('Quiet')).toBeInTheDocument();

    const authService = screen.getByRole('region', { name: 'auth' });
    const p99 = row(
      within(authService).getByRole('table', { name: 'Objectives of auth' }),
      /p99-50ms/,
    );
    expect(p99).toHaveTextContent('≥ 99% within 50 ms');
    expect(p99).toHaveTextContent('96.2%');
    expect(within(p99).getByText('Fail')).toBeInTheDocument();
    expect(
      within(authService).queryByRole('region', { name: /Error budget/ }),
    ).not.toBeInTheDocument();
  });

  it('shows the error budget with its bar, a sparkline with a gap where data is missing, and the burn rates', async () => {
    await render(jest.fn().mockResolvedValue(sla()));
    const budget = await screen.findByRole('region', {
      name: 'Error budget of api-gateway',
    });
    expect(within(budget).getByTestId('budget-remaining')).toHaveTextContent(
      '42.1% left',
    );
    expect(budget).toHaveTextContent('Availability (availability)');
    expect(within(budget).getByRole('progressbar')).toHaveAttribute(
      'aria-valuenow',
      '42',
    );
    const sparkline = within(budget).getByRole('img', {
      name: /^Error budget over the window: 100% left at .*, 42.1% at /,
    });
    // the point without data splits the line in two: nothing is drawn for it
    expect(within(sparkline).getAllByTestId('budget-run')).toHaveLength(2);

    const rates = within(budget).getByRole('table', {
      name: 'Burn rates of api-gateway',
    });
    const fast = row(rates, /1 h \/ 5 min/);
    expect(fast).toHaveTextContent('14.4×');
    expect(fast).toHaveTextContent('16.2×');
    expect(within(fast).getByText('Firing')).toBeInTheDocument();
    expect(within(row(rates, /6 h \/ 30 min/)).getByText('Quiet')).toBeTruthy();
    const slow = row(rates, /3 days \/ 6 h/);
    expect(slow).toHaveTextContent('no data');
    expect(within(slow).getByText('No data')).toBeInTheDocument();
  });

  it('says overspent for a negative budget, with an empty bar', async () => {
    await render(
      jest.fn().mockResolvedValue(
        sla({
          services: [
            {
              ...apiGateway,
              errorBudget: {
                objective: 'availability',
                remaining: -0.35,
                burnRates: [],
              },
            },
          ],
        }),
      ),
    );
    expect(await screen.findByTestId('budget-remaining')).toHaveTextContent(
      'overspent: -35% left',
    );
    expect(screen.getByRole('progressbar')).toHaveAttribute(
      'aria-valuenow',
      '0',
    );
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('shows no data and insufficient data as such, never as 100%', async () => {
    await render(
      jest.fn().mockResolvedValue(
        sla({
          services: [
            {
              name: 'auth',
              window: 'P30D',
              status: 'unknown',
              objectives: [
                objective({
                  id: 'availability',
                  actual: null,
                  requests: null,
                  status: 'unknown',
                  data: 'no-data',
                  reason:
                    'the source measured nothing for this service: no data',
                }),
                objective({
                  id: 'p99-50ms',
                  kind: 'latency',
                  threshold: 0.05,
                  target: 0.99,
                  actual: 1,
                  requests: 12,
                  status: 'unknown',
                  data: 'insufficient-data',
                  reason:
                    'insufficient data: 100% of 12 requests within 50 ms (target 99%), fewer than the 100 requests needed',
                }),
              ],
              errorBudget: {
                objective: 'availability',
                remaining: null,
                burnRates: [],
                series: [
                  { at: '2026-03-01T00:00:00.000Z', remaining: null },
                  { at: '2026-03-02T00:00:00.000Z', remaining: null },
                ],
              },
            },
          ],
        }),
      ),
    );
    const table = await screen.findByRole('table', {
      name: 'Objectives of auth',
    });
    const availability = row(table, /availability/);
    expect(within(availability).getByText('No data')).toBeInTheDocument();
    expect(within(availability).getByText('no data')).toBeInTheDocument();
    expect(within(availability).queryByText('Pass')).toBeNull();
    expect(availability).toHaveTextContent('—');
    const latency = row(table, /p99-50ms/);
    expect(within(latency).getByText('Insufficient data')).toBeInTheDocument();
    // the Actual cell (third) says why there is no percentage
    const actual = within(latency).getAllByRole('cell')[2];
    expect(actual).toHaveTextContent(/^insufficient data$/);
    expect(actual).not.toHaveTextContent('100%');
    expect(screen.getByTestId('budget-remaining')).toHaveTextContent('no data');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    const service = screen.getByRole('region', { name: 'auth' });
    expect(within(service).getAllByText('Unknown')[0]).toBeInTheDocument();
  });

  it('shows stale results under the stale banner', async () => {
    await render(
      jest.fn().mockResolvedValue(
        sla({
          source: {
            name: 'prometheus:demo',
            status: 'stale',
            fetchedAt: new Date(Date.now() - 3 * 3600_000).toISOString(),
            error: { type: 'TIMEOUT', message: 'No answer within 10000 ms' },
          },
        }),
      ),
    );
    expect(await screen.findByTestId('source-stale')).toHaveTextContent(
      'Stale: showing data from 3 hours ago. No answer within 10000 ms (TIMEOUT)',
    );
    expect(
      screen.getByRole('table', { name: 'Objectives of api-gateway' }),
    ).toBeInTheDocument();
  });

  it('shows only the reason when the source is unavailable, no results', async () => {
    await render(
      jest.fn().mockResolvedValue(
        sla({
          source: {
            name: 'prometheus:demo',
            status: 'unavailable',
            error: {
              type: 'CONNECTION_REFUSED',
              message: 'Prometheus demo refused the connection',
            },
          },
        }),
      ),
    );
    expect(await screen.findByTestId('source-unavailable')).toHaveTextContent(
      'Prometheus demo refused the connection (CONNECTION_REFUSED)',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByText('Pass')).not.toBeInTheDocument();
  });

  it('says that results are unknown when the source returned warnings', async () => {
    await render(jest.fn().mockResolvedValue(sla({ warnings: 2 })));
    expect(
      await screen.findByText(
        'The source returned partial data (2 warnings): every result is unknown.',
      ),
    ).toBeInTheDocument();
  });

  it('says what to configure when the environment has no SLA', async () => {
    await render(
      jest.fn().mockResolvedValue(
        sla({
          services: [],
          source: {
            name: 'none',
            status: 'unavailable',
            error: {
              type: 'NOT_CONFIGURED',
              message:
                'No SLA source is configured (prod: sla.source and sla.services)',
            },
          },
        }),
      ),
    );
    expect(
      await screen.findByText(
        'No SLA objectives are configured for this environment',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/environments\.prod\.sla/)).toBeInTheDocument();
  });

  it('shows the error with Retry when the request fails, and reloads', async () => {
    const getSla = jest
      .fn()
      .mockRejectedValueOnce(new Error('HTTP 500'))
      .mockResolvedValue(sla());
    await render(getSla);
    expect(
      await screen.findByText(/Could not load the SLA/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('region', { name: 'api-gateway' }),
    ).toBeInTheDocument();
    expect(getSla).toHaveBeenCalledTimes(2);
  });
});

describe('SlaCard in German', () => {
  forgetStoredLanguage();

  it('follows the portal language: objectives, limits and the error budget in German', async () => {
    await renderInTestApp(<SlaCard system="servanda" environment="prod" />, {
      apis: [
        [
          releaseReadinessApiRef,
          { getSla: jest.fn().mockResolvedValue(sla()) },
        ],
      ] as const,
      config: germanPortal,
    });
    const objectives = await screen.findByRole(
      'table',
      { name: 'Ziele von api-gateway' },
      // the German messages are loaded on demand
      { timeout: 10_000 },
    );
    expect(
      within(objectives).getByRole('columnheader', { name: 'Istwert' }),
    ).toBeInTheDocument();
    expect(within(objectives).getByText('angenähert')).toBeInTheDocument();
    const limits = screen.getByRole('table', {
      name: 'Post-Deploy-Grenzen und Rollback-Trigger von api-gateway',
    });
    const rollback = row(limits, /Error rate/);
    expect(rollback).toHaveTextContent('(Rollback-Trigger)');
    expect(rollback).toHaveTextContent(/≤ 2\s?% Fehler/);
    expect(within(rollback).getByText('Ruhig')).toBeInTheDocument();
    const budget = screen.getByRole('region', {
      name: 'Fehlerbudget von api-gateway',
    });
    expect(budget).toHaveTextContent(
      /Fehlerbudget \(Availability \(availability\)\):.*übrig/,
    );
    expect(
      within(budget).getByRole('columnheader', { name: 'Schwelle' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Firing')).not.toBeInTheDocument();
  });
});
