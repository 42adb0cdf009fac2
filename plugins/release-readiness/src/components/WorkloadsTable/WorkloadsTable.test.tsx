import { renderInTestApp } from '@backstage/frontend-test-utils';
import type {
  EnvironmentTarget,
  Workload,
  WorkloadsResponse,
} from '@release-readiness/plugin-release-readiness-common';
import { screen, within } from '@testing-library/react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { WorkloadsTable } from './WorkloadsTable';

const worker: Workload = {
  kind: 'Deployment',
  name: 'servanda-export-worker',
  namespace: 'servanda-stage',
  images: [
    {
      container: 'worker',
      image: 'ghcr.io/servanda/servanda-export-worker:rc-1.5.0',
      tag: 'rc-1.5.0',
      version: 'rc-1.5.0',
    },
  ],
  version: 'rc-1.5.0',
  replicas: { desired: 1, ready: 1, available: 1, updated: 1 },
  rolloutStatus: 'failed',
  rolloutMessage:
    'deployment "servanda-export-worker" exceeded its progress deadline',
  revision: '37',
  restarts: 17,
  autoscaler: {
    name: 'servanda-export-worker',
    minReplicas: 1,
    maxReplicas: 5,
    currentReplicas: 1,
    desiredReplicas: 1,
    targetCpuUtilization: 60,
    currentCpuUtilization: 31,
  },
  managedBy: { tool: 'helm', name: 'servanda' },
  findings: [],
};

const minio: Workload = {
  kind: 'StatefulSet',
  name: 'minio',
  namespace: 'servanda-stage',
  images: [
    {
      container: 'minio',
      image: 'quay.io/minio/minio:RELEASE.2025-04-22T22-12-26Z',
      tag: 'RELEASE.2025-04-22T22-12-26Z',
    },
  ],
  replicas: { desired: 1, ready: 1, available: 1, updated: 1 },
  rolloutStatus: 'complete',
  restarts: 0,
  managedBy: { tool: 'plain' },
  findings: [
    {
      type: 'missing-cpu-limit',
      container: 'minio',
      message: 'Container minio sets no CPU limit',
    },
    {
      type: 'run-as-non-root-not-set',
      container: 'minio',
      message: 'Container minio does not set runAsNonRoot',
    },
  ],
};

const backup: Workload = {
  kind: 'CronJob',
  name: 'servanda-db-backup',
  namespace: 'servanda-stage',
  images: [{ container: 'pg-dump', image: 'ghcr.io/servanda/db-backup:1.2.0' }],
  version: '1.2.0',
  rolloutStatus: 'complete',
  restarts: 0,
  managedBy: { tool: 'argocd', name: 'servanda' },
  findings: [],
  schedule: {
    schedule: '0 23 * * *',
    suspended: false,
    lastJob: { name: 'servanda-db-backup-29146980', status: 'succeeded' },
  },
};

function render(
  getWorkloads: () => Promise<WorkloadsResponse>,
  target?: EnvironmentTarget,
) {
  return renderInTestApp(
    <WorkloadsTable system="servanda" environment="stage" target={target} />,
    { apis: [[releaseReadinessApiRef, { getWorkloads }]] as const },
  );
}

const live: EnvironmentTarget = {
  label: 'demo-cluster/servanda-stage',
  offline: false,
};
const offline: EnvironmentTarget = {
  label: 'onprem-1/servanda-prod',
  offline: true,
};

const ok = {
  name: 'kubernetes:demo-cluster/servanda-stage',
  status: 'ok' as const,
  fetchedAt: new Date().toISOString(),
};

describe('WorkloadsTable', () => {
  it('shows status, version, replicas with HPA, restarts, findings and manager per workload', async () => {
    const getWorkloads = jest.fn(async () => ({
      environment: 'stage',
      sourceType: 'kubernetes',
      items: [worker, minio, backup],
      source: ok,
    }));
    await render(getWorkloads, live);

    const table = await screen.findByRole('table', {
      name: 'Workloads of stage',
    });
    expect(getWorkloads).toHaveBeenCalledWith('servanda', 'stage');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);

    const workerRow = within(table).getByRole('row', {
      name: /servanda-export-worker/,
    });
    expect(within(workerRow).getByText('failed')).toBeInTheDocument();
    expect(within(workerRow).getByText('rc-1.5.0')).toBeInTheDocument();
    expect(within(workerRow).getByText('1/1 ready')).toBeInTheDocument();
    expect(
      within(workerRow).getByText('HPA 1–5, CPU 31 % of 60 %'),
    ).toBeInTheDocument();
    expect(within(workerRow).getByText('17')).toBeInTheDocument();
    expect(within(workerRow).getByText('Helm (servanda)')).toBeInTheDocument();
    expect(within(workerRow).getByText('none')).toBeInTheDocument();

    const minioRow = within(table).getByRole('row', { name: /minio/ });
    expect(
      within(minioRow).getByText('RELEASE.2025-04-22T22-12-26Z (no version)'),
    ).toBeInTheDocument();
    expect(within(minioRow).getByText('2 findings')).toBeInTheDocument();
    expect(
      within(minioRow).getByLabelText(
        'Container minio sets no CPU limit; Container minio does not set runAsNonRoot',
      ),
    ).toBeInTheDocument();
    expect(within(minioRow).getByText('plain')).toBeInTheDocument();

    const backupRow = within(table).getByRole('row', {
      name: /servanda-db-backup/,
    });
    expect(within(backupRow).getByText('0 23 * * *')).toBeInTheDocument();
    expect(
      within(backupRow).getByText(/last run succeeded/),
    ).toBeInTheDocument();

    expect(screen.getByText('live')).toBeInTheDocument();
    expect(
      screen.getByText(/Source: kubernetes:demo-cluster\/servanda-stage/),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('source-stale')).not.toBeInTheDocument();
  });

  it('keeps showing stale data under a banner with the reason', async () => {
    await render(async () => ({
      environment: 'stage',
      sourceType: 'kubernetes',
      items: [worker],
      source: {
        ...ok,
        status: 'stale',
        error: { type: 'TIMEOUT', message: 'No answer within 5000 ms' },
      },
    }));
    expect(await screen.findByTestId('source-stale')).toHaveTextContent(
      'No answer within 5000 ms (TIMEOUT)',
    );
    expect(screen.getByRole('table')).toBeInTheDocument();
  });

  it('shows no table, only the reason, when the source is unavailable', async () => {
    await render(async () => ({
      environment: 'stage',
      sourceType: 'kubernetes',
      items: [],
      source: {
        name: 'kubernetes:demo-cluster/servanda-stage',
        status: 'unavailable',
        error: {
          type: 'UNAUTHORIZED',
          message: 'The API server rejected the credentials (HTTP 401)',
        },
      },
    }));
    expect(await screen.findByTestId('source-unavailable')).toHaveTextContent(
      'The API server rejected the credentials (HTTP 401) (UNAUTHORIZED)',
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByText('No workloads')).not.toBeInTheDocument();
  });

  it('says so when a working source lists no workloads, and marks snapshots', async () => {
    await render(
      async () => ({
        environment: 'stage',
        sourceType: 'snapshot',
        items: [],
        source: { ...ok, name: 'snapshot:prod-onprem.yaml' },
      }),
      offline,
    );
    expect(await screen.findByText('No workloads')).toBeInTheDocument();
    expect(screen.getByText('offline snapshot')).toBeInTheDocument();
  });

  it("says live or offline snapshot from the environment's target, whatever the source's type is called", async () => {
    const { unmount } = await render(
      async () => ({
        environment: 'stage',
        sourceType: 'kubernetes',
        items: [worker],
        source: ok,
      }),
      offline,
    );
    expect(await screen.findByText('offline snapshot')).toBeInTheDocument();
    expect(screen.queryByText('live')).not.toBeInTheDocument();
    unmount();

    const second = await render(
      async () => ({
        environment: 'stage',
        sourceType: 'nomad',
        items: [worker],
        source: { ...ok, name: 'nomad:eu-1/servanda' },
      }),
      live,
    );
    expect(await screen.findByText('live')).toBeInTheDocument();
    expect(screen.queryByText('offline snapshot')).not.toBeInTheDocument();
    second.unmount();

    // without a target the board cannot tell, and says neither
    await render(async () => ({
      environment: 'stage',
      sourceType: 'kubernetes',
      items: [worker],
      source: ok,
    }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(screen.queryByText('live')).not.toBeInTheDocument();
    expect(screen.queryByText('offline snapshot')).not.toBeInTheDocument();
  });

  it('shows the error when the backend call fails', async () => {
    await render(async () => {
      throw new Error('Network down');
    });
    expect(
      await screen.findByText(/Could not load the workloads/),
    ).toBeInTheDocument();
  });
});
