import type { WorkloadsResponse } from '@release-readiness/plugin-release-readiness-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WorkloadPicker } from './WorkloadPicker';
import { validateWorkloadPicker } from './validateWorkloadPicker';
import { renderField } from './__testUtils__/renderField';
import { runValidator } from './__testUtils__/runValidator';
import { workload } from './__testUtils__/workloads';

const form = { environment: { system: 'servanda', environment: 'prod' } };
const uiOptions = { environmentField: 'environment' };
const ok = { name: 'kubernetes:servanda-prod', status: 'ok' as const };
const workloads: WorkloadsResponse = {
  environment: 'prod',
  items: [
    workload('CronJob', 'servanda-db-backup'),
    workload('DaemonSet', 'node-agent', { version: undefined }),
    workload('Deployment', 'servanda-api', {
      version: '1.5.0',
      managedBy: { tool: 'helm', name: 'servanda' },
    }),
    workload('StatefulSet', 'minio', {
      managedBy: { tool: 'argocd', name: 'servanda-infra' },
    }),
  ],
  source: ok,
};

// MUI selects under userEvent are slow on a shared machine.
jest.setTimeout(30_000);

describe('WorkloadPicker', () => {
  it('asks for the environment first', async () => {
    const getWorkloads = jest.fn();
    renderField(WorkloadPicker, { api: { getWorkloads }, uiOptions });
    expect(
      await screen.findByText('Choose the environment first.'),
    ).toBeInTheDocument();
    expect(getWorkloads).not.toHaveBeenCalled();
  });

  it('shows progress while the workloads load', async () => {
    renderField(WorkloadPicker, {
      api: { getWorkloads: () => new Promise(() => {}) },
      uiOptions,
      form,
    });
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('shows an unavailable workload source as an error', async () => {
    renderField(WorkloadPicker, {
      api: {
        getWorkloads: async () => ({
          environment: 'prod',
          items: [],
          source: {
            name: 'kubernetes:servanda-prod',
            status: 'unavailable',
            error: { type: 'TIMEOUT', message: 'The cluster did not answer' },
          },
        }),
      },
      uiOptions,
      form,
    });
    expect(
      await screen.findByText('Could not load the workloads of prod'),
    ).toBeInTheDocument();
    expect(screen.getByText('The cluster did not answer')).toBeInTheDocument();
  });

  it('says so when nothing can be rolled back', async () => {
    renderField(WorkloadPicker, {
      api: {
        getWorkloads: async () => ({
          ...workloads,
          items: [workload('CronJob', 'servanda-db-backup')],
        }),
      },
      uiOptions,
      form,
    });
    expect(
      await screen.findByText(
        'prod runs no Deployment, StatefulSet or DaemonSet.',
      ),
    ).toBeInTheDocument();
  });

  it('offers the rollback kinds with version and managed-by mark and stores { kind, name }', async () => {
    const getWorkloads = jest.fn(async () => workloads);
    const { onChange } = renderField(WorkloadPicker, {
      api: { getWorkloads },
      uiOptions,
      form,
      title: 'Workload',
    });
    await userEvent.click(
      await screen.findByRole('combobox', { name: /Workload/ }),
    );
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map(o => o.textContent)).toEqual([
      'DaemonSet/node-agent — no version',
      'Deployment/servanda-api — 1.5.0Managed by Helm (servanda)',
      'StatefulSet/minio — 1.4.2Managed by Argo CD (servanda-infra)',
    ]);
    await userEvent.click(options[1]);
    expect(onChange).toHaveBeenLastCalledWith({
      kind: 'Deployment',
      name: 'servanda-api',
    });
    expect(getWorkloads).toHaveBeenCalledWith('servanda', 'prod');
  });

  it('marks stale workloads', async () => {
    renderField(WorkloadPicker, {
      api: {
        getWorkloads: async () => ({
          ...workloads,
          source: {
            ...ok,
            status: 'stale',
            fetchedAt: '2026-03-27T18:00:00.000Z',
          },
        }),
      },
      uiOptions,
      form,
    });
    expect(
      await screen.findByText(/The workload source is stale/),
    ).toBeInTheDocument();
  });
});

describe('validateWorkloadPicker', () => {
  const api = { getWorkloads: async () => workloads };

  it('accepts a workload of the environment', async () => {
    await expect(
      runValidator(
        validateWorkloadPicker,
        { kind: 'StatefulSet', name: 'minio' },
        { api, uiOptions, form },
      ),
    ).resolves.toEqual([]);
  });

  it('refuses a workload the environment does not run', async () => {
    await expect(
      runValidator(
        validateWorkloadPicker,
        { kind: 'Deployment', name: 'minio' },
        { api, uiOptions, form },
      ),
    ).resolves.toEqual(["prod has no Deployment 'minio'"]);
  });

  it('refuses other kinds and a missing environment', async () => {
    // As the form holds it: JSON, whatever the template allowed.
    const cronJob = JSON.parse(
      '{"kind":"CronJob","name":"servanda-db-backup"}',
    );
    await expect(
      runValidator(validateWorkloadPicker, cronJob, { api, uiOptions, form }),
    ).resolves.toEqual(['Choose a Deployment, StatefulSet or DaemonSet']);
    await expect(
      runValidator(
        validateWorkloadPicker,
        { kind: 'StatefulSet', name: 'minio' },
        { api, uiOptions },
      ),
    ).resolves.toEqual(['Choose the environment first']);
  });

  it('does not pass when the workload source is unavailable', async () => {
    await expect(
      runValidator(
        validateWorkloadPicker,
        { kind: 'StatefulSet', name: 'minio' },
        {
          api: {
            getWorkloads: async () => ({
              environment: 'prod',
              items: [],
              source: {
                name: 'kubernetes:servanda-prod',
                status: 'unavailable',
              },
            }),
          },
          uiOptions,
          form,
        },
      ),
    ).resolves.toEqual([
      'Could not check the workload: the workload source of prod is unavailable',
    ]);
  });
});
