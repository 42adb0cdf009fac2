import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { ResponseError } from '@backstage/errors';
import type { RollbackRecord } from '@release-readiness/plugin-release-readiness-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { RollbackHistory } from './RollbackHistory';
import { rollbackRecord } from './testing/rollbackRecord';

async function render(
  api: { listRollbacks: jest.Mock; addRollbackFollowUp?: jest.Mock },
  user = 'user:default/mara.schulz',
) {
  return renderInTestApp(
    <RollbackHistory system="servanda" environment="prod" />,
    {
      apis: [
        [releaseReadinessApiRef, api],
        mockApis.identity({ userEntityRef: user }),
      ] as const,
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

// Renders a whole history with dialogs: slow on a busy machine.
jest.setTimeout(30_000);

describe('RollbackHistory', () => {
  it('shows each record newest first with from → to, actor, reason, outcome, checks and the run', async () => {
    const older = rollbackRecord({
      id: 'rb-old',
      workload: { kind: 'Deployment', name: 'servanda-api' },
      strategy: 'github-actions',
      outcome: 'failed',
      message: 'The deploy workflow run failed (conclusion: failure)',
      run: {
        id: '9001',
        url: 'https://github.com/servanda/servanda/actions/runs/9001',
        conclusion: 'failure',
      },
      verification: { status: 'not-run', checks: [] },
      followUps: undefined,
      createdAt: '2026-11-30T08:00:00Z',
    });
    const listRollbacks = jest.fn(async () => ({
      items: [older, rollbackRecord()],
    }));
    await render({ listRollbacks });

    const records = await screen.findAllByTestId('rollback-record');
    expect(listRollbacks).toHaveBeenCalledWith('servanda', {
      environment: 'prod',
    });
    expect(records).toHaveLength(2);
    const [minio, api] = records;
    expect(minio).toHaveAccessibleName('Rollback of StatefulSet minio');
    expect(
      within(minio).getByText(
        'revision 3 (2025.04.22) → revision 2 (2025.01.20)',
      ),
    ).toBeInTheDocument();
    expect(within(minio).getByText('succeeded')).toBeInTheDocument();
    expect(
      within(minio).getByText(/Uploads fail since the image update/),
    ).toBeInTheDocument();
    expect(
      within(minio).getByRole('link', { name: /mara\.schulz/ }),
    ).toBeInTheDocument();
    expect(
      within(minio).getByText(
        'minio: quay.io/minio/minio:RELEASE.2025-04-22T22-12-26Z → quay.io/minio/minio:RELEASE.2025-01-20T14-49-07Z',
      ),
    ).toBeInTheDocument();
    const checks = within(minio).getByLabelText('Verification');
    expect(
      within(checks).getByText(/Verification: passed/),
    ).toBeInTheDocument();
    expect(within(checks).getByText('rollout complete')).toBeInTheDocument();
    expect(
      within(checks).getByText('no SLA data for minio'),
    ).toBeInTheDocument();
    expect(within(minio).getByText(/finished/)).toBeInTheDocument();

    expect(api).toHaveAccessibleName('Rollback of Deployment servanda-api');
    expect(within(api).getByText('failed')).toBeInTheDocument();
    expect(within(api).getByRole('link', { name: /run 9001/ })).toHaveAttribute(
      'href',
      'https://github.com/servanda/servanda/actions/runs/9001',
    );
    expect(
      within(api).queryByLabelText('Verification'),
    ).not.toBeInTheDocument();
    expect(within(api).queryByLabelText('Follow-ups')).not.toBeInTheDocument();
  });

  it('gives the actor buttons for the follow-ups and shows the record the backend returns', async () => {
    const record = rollbackRecord();
    const addRollbackFollowUp = jest.fn(async () =>
      rollbackRecord({
        followUps: {
          communication: {
            done: true,
            by: 'user:default/mara.schulz',
            at: '2026-12-01T10:10:00Z',
          },
          postMortem: { dueAt: '2026-12-03T10:05:00Z' },
        },
      }),
    );
    let listed: RollbackRecord = record;
    const listRollbacks = jest.fn(async () => ({ items: [listed] }));
    addRollbackFollowUp.mockImplementation(async () => {
      listed = rollbackRecord({
        followUps: {
          communication: { done: true, by: 'user:default/mara.schulz' },
          postMortem: { dueAt: '2026-12-03T10:05:00Z' },
        },
      });
      return listed;
    });
    await render({ listRollbacks, addRollbackFollowUp });

    const followUps = await screen.findByLabelText('Follow-ups');
    expect(within(followUps).getByText(/not done yet/)).toBeInTheDocument();
    expect(within(followUps).getByText(/Post-mortem due/)).toBeInTheDocument();
    await userEvent.click(
      within(followUps).getByRole('button', {
        name: 'Mark communication done',
      }),
    );
    await waitFor(() =>
      expect(
        screen.getByText(/Communication: done by user:default\/mara.schulz/),
      ).toBeInTheDocument(),
    );
    expect(addRollbackFollowUp).toHaveBeenCalledWith('servanda', 'rb-1', {
      field: 'communication',
      value: true,
      requestId: expect.stringMatching(/^[A-Za-z0-9._:-]{8,100}$/),
    });
    expect(
      screen.queryByRole('button', { name: 'Mark communication done' }),
    ).not.toBeInTheDocument();
  });

  it('shows the backend reason when a follow-up is refused', async () => {
    const listRollbacks = jest.fn(async () => ({ items: [rollbackRecord()] }));
    const addRollbackFollowUp = jest.fn(async () => {
      throw new Error('The post-mortem link must be an http(s) URL');
    });
    await render({ listRollbacks, addRollbackFollowUp });
    await userEvent.type(
      await screen.findByLabelText('Post-mortem link'),
      'wiki page 12',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add link' }));
    expect(
      await screen.findByText(/must be an http\(s\) URL/),
    ).toBeInTheDocument();
    expect(addRollbackFollowUp).toHaveBeenCalledWith('servanda', 'rb-1', {
      field: 'postMortemLink',
      value: 'wiki page 12',
      requestId: expect.any(String),
    });
  });

  it('gives no follow-up buttons to someone other than the actor', async () => {
    await render(
      { listRollbacks: jest.fn(async () => ({ items: [rollbackRecord()] })) },
      'user:default/jana.petersen',
    );
    const followUps = await screen.findByLabelText('Follow-ups');
    expect(within(followUps).queryByRole('button')).not.toBeInTheDocument();
    expect(within(followUps).getByText(/not done yet/)).toBeInTheDocument();
  });

  it('says so when there are no rollbacks', async () => {
    await render({ listRollbacks: jest.fn(async () => ({ items: [] })) });
    expect(await screen.findByText('No rollbacks')).toBeInTheDocument();
  });

  it('shows the error with Retry when the records cannot be loaded', async () => {
    const response = new Response(
      JSON.stringify({
        error: { name: 'NotFoundError', message: "No environment 'prod'" },
        request: { method: 'GET', url: '/' },
        response: { statusCode: 404 },
      }),
      { status: 404, headers: { 'Content-Type': 'application/json' } },
    );
    const error = await ResponseError.fromResponse(response);
    const listRollbacks = jest
      .fn()
      .mockRejectedValueOnce(error)
      .mockResolvedValue({ items: [] });
    await render({ listRollbacks });
    expect(
      await screen.findByText(/Could not load the rollbacks/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('No rollbacks')).toBeInTheDocument();
    expect(listRollbacks).toHaveBeenCalledTimes(2);
  });
});
