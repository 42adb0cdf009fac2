import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  type BackupItemResult,
  summarizeVersionMatrix,
  type VersionSummaryResponse,
} from '@release-readiness/plugin-release-readiness-common';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { BoardRootContext, type SourcedState } from '../shared';
import { EnvironmentCard } from './EnvironmentCard';

const fetchedAt = new Date(Date.now() - 5 * 60_000).toISOString();
const ok = (name: string) => ({ name, status: 'ok' as const, fetchedAt });

const versions: SourcedState<VersionSummaryResponse> = {
  loading: false,
  value: summarizeVersionMatrix({
    environments: [
      { name: 'stage', title: 'Staging', source: ok('kubernetes:demo') },
      {
        name: 'prod',
        title: 'Production',
        source: {
          name: 'kubernetes:demo',
          status: 'stale',
          fetchedAt,
          error: { type: 'TIMEOUT', message: 'No answer within 10000 ms' },
        },
      },
    ],
    rows: [
      {
        kind: 'Deployment',
        name: 'servanda-api',
        drift: true,
        cells: [
          { environment: 'stage', state: 'deployed', version: '1.5.0' },
          {
            environment: 'prod',
            state: 'deployed',
            version: '1.4.2',
            stale: true,
          },
        ],
      },
      {
        kind: 'Deployment',
        name: 'servanda-export-worker',
        drift: false,
        cells: [
          { environment: 'stage', state: 'deployed', version: '1.5.0' },
          { environment: 'prod', state: 'absent' },
        ],
      },
    ],
  }),
};

function backupItem(
  i: Partial<BackupItemResult> & Pick<BackupItemResult, 'name'>,
): BackupItemResult {
  return {
    kind: 'prometheus',
    age: 'PT20H',
    rpo: 'PT24H',
    status: 'pass',
    detail: '',
    source: ok('prometheus:demo'),
    ...i,
  };
}

function render(api: Record<string, jest.Mock>) {
  return renderInTestApp(
    <BoardRootContext.Provider value="/release-readiness">
      <EnvironmentCard
        system="servanda"
        environment={{
          name: 'prod',
          title: 'Production',
          order: 3,
          target: { label: 'demo-cluster/servanda-prod', offline: false },
        }}
        step={3}
        versions={versions}
      />
    </BoardRootContext.Provider>,
    {
      apis: [[releaseReadinessApiRef, api]] as const,
      // People with a catalog entity link to it.
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

const readiness = {
  environment: 'prod',
  verdict: 'blocked',
  reasons: [{ itemId: 'release', status: 'fail', text: 'Release gate 4/5' }],
  items: [
    {
      id: 'release',
      kind: 'gate',
      title: 'Release gate',
      status: 'fail',
      source: ok('config'),
      gate: { passed: 4, required: 5, total: 5, source: 'ci' },
    },
    {
      id: 'staging',
      kind: 'gate',
      title: 'Staging gate',
      status: 'unknown',
      source: {
        name: 'github',
        status: 'unavailable',
        error: { type: 'HTTP_503', message: 'GitHub did not answer' },
      },
      gate: { passed: 0, required: 3, total: 3, source: 'manual' },
    },
    {
      id: 'backup',
      kind: 'backup-age',
      title: 'Backup',
      status: 'fail',
      source: ok('kubernetes:demo'),
    },
  ],
};

// Each column renders several tiles; slow on a busy machine.
jest.setTimeout(30_000);

describe('EnvironmentCard', () => {
  it('shows verdict, gates, versions, on-call now, the worst SLA service and the worst backup, each with its source', async () => {
    const getOnCall = jest.fn().mockResolvedValue({
      environment: 'prod',
      current: {
        primary: [{ displayName: 'Mara Schulz' }],
        backup: [],
      },
      weeks: [],
      gaps: [],
      findings: [],
      source: ok('pagerduty'),
    });
    const getSla = jest.fn().mockResolvedValue({
      environment: 'prod',
      services: [
        { name: 'api-gateway', window: 'P30D', objectives: [], status: 'pass' },
        { name: 'auth', window: 'P30D', objectives: [], status: 'fail' },
      ],
      source: ok('prometheus:demo'),
    });
    const getBackups = jest.fn().mockResolvedValue({
      environment: 'prod',
      items: [
        backupItem({ name: 'pg-dump' }),
        backupItem({
          name: 'offsite',
          age: 'P3DT1H',
          rpo: 'PT26H',
          status: 'fail',
        }),
      ],
      walLag: backupItem({ name: 'wal', age: 'PT2M', rpo: 'PT5M' }),
      source: ok('prometheus:demo'),
    });
    await render({
      getReadiness: jest.fn().mockResolvedValue(readiness),
      getOnCall,
      getSla,
      getBackups,
    });
    const column = screen.getByRole('region', { name: 'Production' });
    expect(
      await within(column).findByLabelText('Verdict: Blocked'),
    ).toBeInTheDocument();
    const gates = within(column).getByRole('region', { name: 'Gates' });
    expect(gates).toHaveTextContent('4/5Release gate');
    expect(gates).toHaveTextContent('0/3Staging gate');
    expect(gates).toHaveTextContent('unavailable');
    expect(gates).not.toHaveTextContent('Backup');

    expect(
      within(column).getByRole('region', { name: 'Versions' }),
    ).toHaveTextContent('servanda-api 1.4.2 (stale)');
    expect(
      within(column).getByRole('region', { name: 'Versions' }),
    ).not.toHaveTextContent('servanda-export-worker');
    expect(
      within(column).getByRole('region', { name: 'Versions' }),
    ).toHaveTextContent('stale');
    // Stale data proves nothing healthy.
    expect(
      within(column).getByRole('region', { name: 'Versions' }),
    ).toHaveTextContent('1 workload · 1 not proven healthy');

    const onCall = await within(column).findByText(/Mara Schulz/);
    expect(onCall.closest('section')).toHaveTextContent(
      'Mara Schulz · backup: none',
    );
    expect(getOnCall).toHaveBeenCalledWith('servanda', 'prod', 1);

    const sla = within(column).getByRole('region', { name: 'SLA' });
    expect(await within(sla).findByText('Fail')).toBeInTheDocument();
    expect(sla).toHaveTextContent('worst: auth (2 services)');
    expect(sla).toHaveTextContent('prometheus:demo · as of 5 minutes ago');

    const backups = within(column).getByRole('region', { name: 'Backups' });
    expect(
      await within(backups).findByText(/offsite: 3 days 1 h ago, RPO 26 h/),
    ).toBeInTheDocument();
    expect(within(backups).getByText('Fail')).toBeInTheDocument();
    expect(getBackups).toHaveBeenCalledWith('servanda', 'prod');
  });

  it('never shows a pass for an unavailable source, and says what is not configured', async () => {
    const down = {
      name: 'prometheus:demo',
      status: 'unavailable' as const,
      error: { type: 'CONNECTION_REFUSED', message: 'refused' },
    };
    await render({
      getReadiness: jest.fn().mockResolvedValue(readiness),
      getOnCall: jest.fn().mockResolvedValue({
        environment: 'prod',
        current: { primary: [{ displayName: 'Mara Schulz' }], backup: [] },
        weeks: [],
        gaps: [],
        findings: [],
        source: { name: 'pagerduty', status: 'unavailable' },
      }),
      getSla: jest.fn().mockResolvedValue({
        environment: 'prod',
        services: [
          {
            name: 'api-gateway',
            window: 'P30D',
            objectives: [],
            status: 'pass',
          },
        ],
        source: down,
      }),
      getBackups: jest.fn().mockResolvedValue({
        environment: 'prod',
        items: [],
        source: {
          name: 'none',
          status: 'unavailable',
          error: { type: 'NOT_CONFIGURED', message: 'No backups' },
        },
      }),
    });
    const column = screen.getByRole('region', { name: 'Production' });
    const sla = within(column).getByRole('region', { name: 'SLA' });
    expect(await within(sla).findByText('Unknown')).toBeInTheDocument();
    expect(within(sla).queryByText('Pass')).not.toBeInTheDocument();
    expect(sla).toHaveTextContent('unavailable');
    const backups = within(column).getByRole('region', { name: 'Backups' });
    expect(
      await within(backups).findByText('not configured'),
    ).toBeInTheDocument();
    const onCall = within(column).getByRole('region', { name: 'On call now' });
    expect(await within(onCall).findByText('unknown')).toBeInTheDocument();
    expect(onCall).not.toHaveTextContent('Mara Schulz');
  });

  it('says a tile could not be loaded, without the error text', async () => {
    const secret = new Error('connect ECONNREFUSED 10.0.0.7:9090 token=abc');
    await render({
      getReadiness: jest.fn().mockRejectedValue(secret),
      getOnCall: jest.fn().mockRejectedValue(secret),
      getSla: jest.fn().mockRejectedValue(secret),
      getBackups: jest.fn().mockRejectedValue(secret),
    });
    const column = screen.getByRole('region', { name: 'Production' });
    expect(
      await within(column).findByLabelText('Verdict unavailable'),
    ).toBeInTheDocument();
    const sla = within(column).getByRole('region', { name: 'SLA' });
    expect(
      await within(sla).findByText('could not load (Error)'),
    ).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('token=abc');
  });

  it('shows how many workloads are healthy, who owns the go/no-go and the release window', async () => {
    const person = (name: string, displayName: string) => ({
      entityRef: `user:default/${name}`,
      displayName,
      roles: [],
    });
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    const inTwoHours = new Date(Date.now() + 7_200_000).toISOString();
    await render({
      getReadiness: jest.fn().mockResolvedValue(readiness),
      getWorkloads: jest.fn().mockResolvedValue({
        environment: 'prod',
        items: [
          {
            kind: 'Deployment',
            name: 'api',
            rolloutStatus: 'complete',
            replicas: { desired: 3, ready: 3 },
          },
          {
            kind: 'Deployment',
            name: 'worker',
            rolloutStatus: 'complete',
            replicas: { desired: 2, ready: 1 },
          },
          { kind: 'StatefulSet', name: 'minio', rolloutStatus: 'unknown' },
        ],
        source: ok('kubernetes:demo'),
      }),
      getRaci: jest.fn().mockResolvedValue({
        environment: 'prod',
        activities: [
          {
            activity: 'go-no-go',
            title: 'Go/no-go decision',
            roles: {
              responsible: [],
              accountable: [],
              consulted: [],
              informed: [],
            },
            responsible: [person('lena.kraus', 'Lena Kraus')],
            accountable: [person('jonas.weber', 'Jonas Weber')],
            consulted: [],
            informed: [],
          },
        ],
        roles: [],
        findings: [],
        source: ok('catalog'),
      }),
      getCalendar: jest.fn().mockResolvedValue({
        environment: 'prod',
        from: fetchedAt,
        to: inTwoHours,
        windows: [],
        releaseWindowRequired: true,
        occurrences: [
          {
            windowId: 'tuesday',
            title: 'Tuesday release',
            kind: 'release',
            start: inAnHour,
            end: inTwoHours,
            timeZone: 'UTC',
            exemptChangeTypes: [],
          },
        ],
      }),
    });
    const column = screen.getByRole('region', { name: 'Production' });
    expect(
      await within(column).findByLabelText('Verdict: Blocked', undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    const workloads = within(column).getByRole('region', { name: 'Workloads' });
    // A replica short and an unknown rollout are not healthy.
    expect(
      await within(workloads).findByText(/^1\/3 healthy/, undefined, {
        timeout: 10_000,
      }),
    ).toHaveTextContent('1/3 healthy · worker (complete), minio (unknown)');
    expect(workloads).toHaveTextContent('kubernetes:demo');
    const owners = within(column).getByRole('region', {
      name: 'Owners (RACI)',
    });
    expect(
      await within(owners).findByText(/Jonas Weber/, undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    // Each person as a catalog link (with the avatar's initials).
    expect(owners).toHaveTextContent(
      /A: (JW)?Jonas Weber · R: (LK)?Lena Kraus/,
    );
    const windowTile = within(column).getByRole('region', {
      name: 'Release window',
    });
    expect(
      await within(windowTile).findByText(/^next: Tuesday release/, undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
  });

  it('never counts workloads as healthy when their source is unavailable', async () => {
    await render({
      getReadiness: jest.fn().mockResolvedValue(readiness),
      getWorkloads: jest.fn().mockResolvedValue({
        environment: 'prod',
        items: [],
        source: {
          name: 'kubernetes:demo',
          status: 'unavailable',
          error: { type: 'TIMEOUT', message: 'No answer' },
        },
      }),
    });
    const column = screen.getByRole('region', { name: 'Production' });
    expect(
      await within(column).findByLabelText('Verdict: Blocked'),
    ).toBeInTheDocument();
    const workloads = within(column).getByRole('region', { name: 'Workloads' });
    expect(
      await within(workloads).findByText('unknown', undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    expect(workloads).not.toHaveTextContent('healthy');
  });
});
