import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import { readEnvironments } from '../environments/readEnvironments';
import { readBackupDefinitions } from './readBackupDefinitions';
import { startBackupsBackend } from './__testUtils__/startBackupsBackend';

const KEY = 'releaseReadiness.environments.prod.backups';

const environmentsWith = (backups: JsonObject) => ({
  dev: { title: 'Development', order: 1 },
  prod: { title: 'Production', order: 3, backups },
});

/** The portal's configuration with one `prod` environment whose `backups` block is `backups`. */
const read = (backups: JsonObject) =>
  readBackupDefinitions(
    readEnvironments(
      new ConfigReader({
        releaseReadiness: { environments: environmentsWith(backups) },
      }),
    ),
  );

const summary = (backups: JsonObject) =>
  read(backups)
    .get('prod')!
    .map(({ config: _config, ...rest }) => rest);

describe('readBackupDefinitions', () => {
  it('reads the items with the block RPO as default, the WAL lag and the restore test', () => {
    const definitions = read({
      rpo: 'PT12H',
      items: {
        'pg-dump': { source: 'kubernetes-cronjob', cronJob: 'postgres-backup' },
        offsite: { source: 'prometheus', rpo: 'PT26H' },
        wal: { kind: 'wal-lag', source: 'prometheus' },
      },
      restoreTest: {},
    });
    expect([...definitions.keys()]).toEqual(['prod']);
    const items = definitions.get('prod')!;
    expect(items.map(({ config: _config, ...rest }) => rest)).toEqual([
      {
        name: 'pg-dump',
        kind: 'backup',
        source: 'kubernetes-cronjob',
        limit: 'PT12H',
        keyPrefix: `${KEY}.items.pg-dump`,
      },
      {
        name: 'offsite',
        kind: 'backup',
        source: 'prometheus',
        limit: 'PT26H',
        keyPrefix: `${KEY}.items.offsite`,
      },
      {
        name: 'wal',
        kind: 'wal-lag',
        source: 'prometheus',
        limit: 'PT5M',
        keyPrefix: `${KEY}.items.wal`,
      },
      {
        name: 'restore-test',
        kind: 'restore-test',
        source: 'records',
        limit: 'P30D',
        keyPrefix: `${KEY}.restoreTest`,
        setBy: { activity: 'go-no-go', as: ['responsible', 'accountable'] },
      },
    ]);
    // The source reads its own keys from the item's block.
    expect(items[0].config.getString('cronJob')).toBe('postgres-backup');
  });

  it('defaults the RPO to 24 h and reads setBy by roles', () => {
    expect(
      summary({
        items: { 'pg-dump': { source: 'velero' } },
        restoreTest: {
          source: 'kubernetes-job',
          maxAge: 'P14D',
          setBy: { roles: ['dba'] },
        },
      }),
    ).toEqual([
      expect.objectContaining({ name: 'pg-dump', limit: 'PT24H' }),
      expect.objectContaining({
        name: 'restore-test',
        source: 'kubernetes-job',
        limit: 'P14D',
        setBy: { roles: ['dba'] },
      }),
    ]);
  });

  it.each([
    [
      'an item RPO that is no duration',
      { items: { 'pg-dump': { source: 'test', rpo: 'PT24X' } } },
      `Invalid configuration at '${KEY}.items.pg-dump.rpo'`,
    ],
    [
      'a block RPO of zero',
      { rpo: 'PT0S', items: {} },
      `Invalid configuration at '${KEY}.rpo'`,
    ],
    [
      'a negative max lag',
      { items: { wal: { kind: 'wal-lag', source: 'test', maxLag: 'PT-5M' } } },
      `Invalid configuration at '${KEY}.items.wal.maxLag'`,
    ],
    [
      'an unknown kind',
      { items: { 'pg-dump': { kind: 'snapshot', source: 'test' } } },
      `Invalid configuration at '${KEY}.items.pg-dump.kind'`,
    ],
    [
      'an item without a source',
      { items: { 'pg-dump': { rpo: 'PT24H' } } },
      `Invalid configuration at '${KEY}.items.pg-dump.source'`,
    ],
    [
      'a bad item name',
      { items: { PgDump: { source: 'test' } } },
      `Invalid configuration at '${KEY}.items.PgDump'`,
    ],
    [
      'an unknown key of the block',
      { items: {}, retention: 'P7D' },
      `Invalid configuration at '${KEY}'`,
    ],
    [
      'a restore-test max age that is no duration',
      { restoreTest: { maxAge: 'P30X' } },
      `Invalid configuration at '${KEY}.restoreTest.maxAge'`,
    ],
    [
      'a setBy letter that RACI does not have',
      { restoreTest: { setBy: { activity: 'go-no-go', as: ['approver'] } } },
      `Invalid configuration at '${KEY}.restoreTest.setBy.as.0'`,
    ],
    [
      'a setBy with both roles and an activity',
      {
        restoreTest: {
          setBy: { activity: 'go-no-go', as: ['responsible'], roles: ['dba'] },
        },
      },
      `Invalid configuration at '${KEY}.restoreTest.setBy'`,
    ],
    [
      'a setBy activity without letters',
      { restoreTest: { setBy: { activity: 'go-no-go' } } },
      `Invalid configuration at '${KEY}.restoreTest.setBy.as'`,
    ],
    [
      'an item that takes the restore test’s name',
      {
        items: { 'restore-test': { source: 'test' } },
        restoreTest: { source: 'test' },
      },
      `Invalid configuration at '${KEY}.items.restore-test'`,
    ],
    [
      'a second WAL lag item',
      {
        items: {
          wal: { kind: 'wal-lag', source: 'test' },
          'wal-replica': { kind: 'wal-lag', source: 'test' },
        },
      },
      `Invalid configuration at '${KEY}.items.wal-replica.kind'`,
    ],
    [
      'an RPO on a WAL lag item',
      { items: { wal: { kind: 'wal-lag', source: 'test', rpo: 'PT1H' } } },
      `Invalid configuration at '${KEY}.items.wal.rpo'`,
    ],
    [
      'a max lag on a backup item',
      { items: { 'pg-dump': { source: 'test', maxLag: 'PT5M' } } },
      `Invalid configuration at '${KEY}.items.pg-dump.maxLag'`,
    ],
  ])('refuses %s and names the key', (_what, backups, message) => {
    expect(() => read(backups)).toThrow(message);
  });

  it('says which letters setBy may use', () => {
    expect(() =>
      read({ restoreTest: { setBy: { activity: 'go-no-go', as: ['boss'] } } }),
    ).toThrow(/responsible/);
  });
});

describe('backup configuration at start-up', () => {
  const start = (backups: JsonObject) =>
    startBackupsBackend({
      releaseReadiness: { environments: environmentsWith(backups) },
      observe: async () => ({}),
    });

  it('refuses an item whose source type no module installs, listing the installed ones', async () => {
    await expect(
      start({ items: { 'pg-dump': { source: 'velero' } } }),
    ).rejects.toThrow(
      `Invalid configuration at '${KEY}.items.pg-dump.source': no backup source of type 'velero' is installed (installed: records, test)`,
    );
  });

  it('refuses a restore test whose source type no module installs', async () => {
    await expect(
      start({ restoreTest: { source: 'kubernetes-job' } }),
    ).rejects.toThrow(
      `Invalid configuration at '${KEY}.restoreTest.source': no backup source of type 'kubernetes-job' is installed`,
    );
  });

  it('refuses records as the source of a backup item', async () => {
    await expect(
      start({ items: { 'pg-dump': { source: 'records' } } }),
    ).rejects.toThrow(
      `Invalid configuration at '${KEY}.items.pg-dump.source': records are a source of restore tests only`,
    );
  });

  it('refuses a bad value at start-up, naming the key', async () => {
    await expect(
      start({ items: { 'pg-dump': { source: 'test', rpo: 'one day' } } }),
    ).rejects.toThrow(`Invalid configuration at '${KEY}.items.pg-dump.rpo'`);
  });
});
