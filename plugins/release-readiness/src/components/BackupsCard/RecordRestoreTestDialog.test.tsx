/* eslint-disable no-script-url -- the tests feed script URLs on purpose, to see them refused */
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { BackupsCard } from './BackupsCard';
import {
  backups,
  fill,
  item,
  record,
  responseError,
} from './__testUtils__/backupsFixtures';
import { openRecordDialog } from './__testUtils__/openRecordDialog';

async function render(api: Record<string, jest.Mock>, environment = 'prod') {
  return renderInTestApp(
    <BackupsCard system="servanda" environment={environment} />,
    { apis: [[releaseReadinessApiRef, api]] as const },
  );
}

// The dialog tests click and type through MUI; slow on a busy machine.
jest.setTimeout(30_000);

describe('Record a restore test (BackupsCard)', () => {
  it('records a restore test with one request id per dialog and lists it', async () => {
    const saved = record({ id: 'r2', reason: 'monthly drill done' });
    const getRestoreTests = jest
      .fn()
      .mockResolvedValueOnce({ items: [record()] })
      .mockResolvedValue({ items: [saved, record()] });
    const recordRestoreTest = jest
      .fn()
      .mockRejectedValueOnce(new Error('Failed to fetch'))
      .mockResolvedValue(saved);
    const getBackups = jest.fn().mockResolvedValue(
      backups({
        environment: 'stage',
        items: [],
        walLag: undefined,
        restoreTest: {
          ...item({
            name: 'restore-test',
            kind: 'records',
            age: 'P12D',
            rpo: 'P30D',
          }),
          maxAge: 'P30D',
        },
      }),
    );
    await render({ getBackups, getRestoreTests, recordRestoreTest }, 'stage');
    expect(
      await screen.findByText(
        /restored the anonymised snapshot/,
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(
      screen.getByRole('button', { name: 'Record a restore test' }),
    );
    const dialog = await screen.findByRole('dialog');
    const submit = within(dialog).getByRole('button', { name: 'Record' });
    expect(submit).toBeDisabled();
    await fill(
      user,
      within(dialog).getByLabelText(/Report link/),
      'https://wiki.example/restore/12',
    );
    await fill(
      user,
      within(dialog).getByLabelText(/Reason/),
      'monthly drill done',
    );
    await user.click(submit);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Failed to fetch',
    );
    await user.click(submit);
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );

    expect(recordRestoreTest).toHaveBeenCalledTimes(2);
    const [first, second] = recordRestoreTest.mock.calls;
    expect(first[0]).toBe('servanda');
    expect(first[1]).toBe('stage');
    expect(first[2]).toMatchObject({
      outcome: 'passed',
      link: 'https://wiki.example/restore/12',
      reason: 'monthly drill done',
    });
    expect(new Date(first[2].testedAt).toISOString()).toBe(first[2].testedAt);
    expect(second[2].requestId).toBe(first[2].requestId);
    expect(await screen.findByText('monthly drill done')).toBeInTheDocument();
    expect(getBackups).toHaveBeenCalledTimes(2);

    // a new dialog gets a new request id
    const again = await openRecordDialog(
      user,
      'https://wiki.example/restore/13',
      'another drill',
    );
    await user.click(within(again).getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(recordRestoreTest).toHaveBeenCalledTimes(3));
    expect(recordRestoreTest.mock.calls[2][2].requestId).not.toBe(
      first[2].requestId,
    );
  });

  it('shows the reason when recording is refused', async () => {
    const recordRestoreTest = jest
      .fn()
      .mockRejectedValue(
        await responseError(
          403,
          'NotAllowedError',
          'guest is not Responsible or Accountable for go-no-go in stage',
        ),
      );
    await render(
      {
        getBackups: jest.fn().mockResolvedValue(
          backups({
            restoreTest: {
              ...item({ name: 'restore-test', kind: 'records', rpo: 'P30D' }),
              maxAge: 'P30D',
            },
          }),
        ),
        getRestoreTests: jest.fn().mockResolvedValue({ items: [] }),
        recordRestoreTest,
      },
      'stage',
    );
    expect(
      await screen.findByText(
        'No restore test has been recorded yet.',
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    const user = userEvent.setup();
    const dialog = await openRecordDialog(
      user,
      'https://wiki.example/restore/12',
      'drill',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Record' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'guest is not Responsible or Accountable for go-no-go in stage',
    );
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('keeps a non-http report link from being submitted', async () => {
    const recordRestoreTest = jest.fn();
    await render(
      {
        getBackups: jest.fn().mockResolvedValue(backups()),
        getRestoreTests: jest.fn().mockResolvedValue({ items: [] }),
        recordRestoreTest,
      },
      'stage',
    );
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Record a restore test' }),
    );
    const dialog = await screen.findByRole('dialog');
    await fill(
      user,
      within(dialog).getByLabelText(/Report link/),
      'javascript:alert(1)',
    );
    await fill(user, within(dialog).getByLabelText(/Reason/), 'drill done');
    expect(
      within(dialog).getByRole('button', { name: 'Record' }),
    ).toBeDisabled();
    expect(recordRestoreTest).not.toHaveBeenCalled();
  });
});
