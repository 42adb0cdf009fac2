import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { SourceInfo } from '@release-readiness/plugin-release-readiness-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { BackupsCard } from './BackupsCard';
import {
  backups,
  item,
  notRecords,
  record,
} from './__testUtils__/backupsFixtures';
import {
  forgetStoredLanguage,
  germanPortal,
} from '../../translations/__testUtils__/germanPortal';

async function render(api: Record<string, jest.Mock>, environment = 'prod') {
  return renderInTestApp(
    <BackupsCard system="servanda" environment={environment} />,
    { apis: [[releaseReadinessApiRef, api]] as const },
  );
}

// Cards with tables are slow to render on a busy machine.
jest.setTimeout(30_000);

describe('BackupsCard', () => {
  it('shows a progress bar while loading', async () => {
    await render({
      getBackups: jest.fn(() => new Promise(() => {})),
      getRestoreTests: jest.fn(() => new Promise(() => {})),
    });
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('shows each item against its RPO with status, detail and a safe link, the WAL lag and the restore test', async () => {
    const getBackups = jest.fn().mockResolvedValue(backups());
    const getRestoreTests = jest.fn().mockRejectedValue(await notRecords());
    await render({ getBackups, getRestoreTests });
    const table = await screen.findByRole('table', { name: 'Backup items' });
    expect(getBackups).toHaveBeenCalledWith('servanda', 'prod');

    const row = (name: string) =>
      within(table).getByText(name).closest('tr') as HTMLElement;
    expect(row('pg-dump')).toHaveTextContent('Pass');
    expect(row('pg-dump')).toHaveTextContent('20 h ago, RPO 24 h');
    expect(within(row('pg-dump')).getByRole('link')).toHaveAttribute(
      'href',
      'https://cluster.example/jobs/pg',
    );
    expect(row('offsite')).toHaveTextContent('Fail');
    expect(row('offsite')).toHaveTextContent('3 days 1 h ago, RPO 26 h');
    expect(row('offsite')).toHaveTextContent('last offsite copy 3 days ago');
    expect(within(row('offsite')).queryByRole('link')).not.toBeInTheDocument();
    // no time known: unknown, never fresh
    expect(row('velero-daily')).toHaveTextContent('Unknown');
    expect(row('velero-daily')).toHaveTextContent('none known, RPO 24 h');
    expect(row('velero-daily')).not.toHaveTextContent('Pass');
    expect(row('wal')).toHaveTextContent('lag 2 min, max lag 5 min');

    const restore = screen.getByTestId('restore-test');
    expect(restore).toHaveTextContent('12 days ago, max age 30 days');
    expect(
      within(restore).getByRole('link', { name: /report/ }),
    ).toHaveAttribute('href', 'https://wiki.example/restore/11');
    expect(
      screen.getAllByText(/Source: kubernetes:demo · as of/)[0],
    ).toBeInTheDocument();
  });

  it('disables recording with the reason when the restore test is not records', async () => {
    await render({
      getBackups: jest.fn().mockResolvedValue(backups()),
      getRestoreTests: jest.fn().mockRejectedValue(await notRecords()),
    });
    const button = await screen.findByRole('button', {
      name: 'Record a restore test',
    });
    await waitFor(() => expect(button).toBeDisabled());
    expect(
      screen.getByText(
        /The restore test of prod is read from kubernetes-job, not recorded by people/,
      ),
    ).toBeInTheDocument();
  });

  it('shows stale items under the stale banner', async () => {
    await render({
      getBackups: jest.fn().mockResolvedValue(
        backups({
          source: {
            name: 'kubernetes:demo',
            status: 'stale',
            fetchedAt: new Date(Date.now() - 2 * 3600_000).toISOString(),
            error: { type: 'TIMEOUT', message: 'No answer within 10000 ms' },
          },
        }),
      ),
      getRestoreTests: jest.fn().mockRejectedValue(await notRecords()),
    });
    expect(await screen.findByTestId('source-stale')).toHaveTextContent(
      'Stale: showing data from 2 hours ago. No answer within 10000 ms (TIMEOUT)',
    );
    expect(
      screen.getByRole('table', { name: 'Backup items' }),
    ).toBeInTheDocument();
  });

  it('shows the reason when the sources are unavailable, with unknown items', async () => {
    const down: SourceInfo = {
      name: 'kubernetes:demo',
      status: 'unavailable',
      error: {
        type: 'CONNECTION_REFUSED',
        message: 'The cluster demo refused the connection',
      },
    };
    await render({
      getBackups: jest.fn().mockResolvedValue(
        backups({
          items: [
            item({
              name: 'pg-dump',
              status: 'unknown',
              age: undefined,
              lastSuccess: undefined,
              detail: 'no data',
              source: down,
            }),
          ],
          walLag: undefined,
          source: down,
        }),
      ),
      getRestoreTests: jest.fn().mockRejectedValue(await notRecords()),
    });
    expect(await screen.findByTestId('source-unavailable')).toHaveTextContent(
      'The cluster demo refused the connection (CONNECTION_REFUSED)',
    );
    const table = screen.getByRole('table', { name: 'Backup items' });
    expect(within(table).getByText('Unknown')).toBeInTheDocument();
    expect(within(table).queryByText('Pass')).not.toBeInTheDocument();
    expect(
      within(table).getByTestId('source-mark-unavailable'),
    ).toBeInTheDocument();
  });

  it('says what to configure when the environment has no backups', async () => {
    await render({
      getBackups: jest.fn().mockResolvedValue(
        backups({
          items: [],
          walLag: undefined,
          restoreTest: undefined,
          source: {
            name: 'none',
            status: 'unavailable',
            error: { type: 'NOT_CONFIGURED', message: 'No backups configured' },
          },
        }),
      ),
      getRestoreTests: jest.fn().mockRejectedValue(await notRecords()),
    });
    expect(
      await screen.findByText('No backups are configured for this environment'),
    ).toBeInTheDocument();
    expect(screen.getByText(/environments\.prod\.backups/)).toBeInTheDocument();
  });

  it('shows the error with Retry when the request fails, and reloads', async () => {
    const getBackups = jest
      .fn()
      .mockRejectedValueOnce(new Error('HTTP 500'))
      .mockResolvedValue(backups());
    await render({
      getBackups,
      getRestoreTests: jest.fn().mockRejectedValue(await notRecords()),
    });
    expect(
      await screen.findByText(/Could not load the backups/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('table', { name: 'Backup items' }),
    ).toBeInTheDocument();
    expect(getBackups).toHaveBeenCalledTimes(2);
  });
});

describe('BackupsCard in German', () => {
  forgetStoredLanguage();

  it('follows the portal language: items, restore test and its records in German', async () => {
    await renderInTestApp(
      <BackupsCard system="servanda" environment="prod" />,
      {
        apis: [
          [
            releaseReadinessApiRef,
            {
              getBackups: jest.fn().mockResolvedValue(backups()),
              getRestoreTests: jest
                .fn()
                .mockResolvedValue({ items: [record({ outcome: 'failed' })] }),
            },
          ],
        ] as const,
        config: germanPortal,
      },
    );
    const table = await screen.findByRole(
      'table',
      { name: 'Backup-Einträge' },
      // the German messages are loaded on demand
      { timeout: 10_000 },
    );
    expect(
      within(table).getByRole('columnheader', { name: 'Alter' }),
    ).toBeInTheDocument();
    expect(
      within(table).getByText(
        /^Verzögerung der WAL-Archivierung · prometheus$/,
      ),
    ).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'Restore-Test' });
    expect(
      await within(section).findByRole('button', {
        name: 'Restore-Test erfassen',
      }),
    ).toBeInTheDocument();
    const records = await within(section).findByRole('table', {
      name: 'Erfasste Restore-Tests',
    });
    // the outcome is a status word: shown in German; the reason is the recorder's, as written
    expect(within(records).getByText('fehlgeschlagen')).toBeInTheDocument();
    expect(
      within(records).getByText(
        'restored the anonymised snapshot, all checks green',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('Record a restore test')).not.toBeInTheDocument();
  });
});
