import {
  backupSourceFor,
  rootWithServer,
} from '../__testUtils__/prometheusSourcesFor';

const root = rootWithServer('http://127.0.0.1:9');
const KEY = "Invalid configuration at 'environments.prod.backups.items.offsite";

describe('createPrometheusBackupSourceFactory', () => {
  it('creates a source per item', async () => {
    const source = await backupSourceFor(root, {
      prometheus: { server: 'main' },
      query: 'velero_backup_last_successful_timestamp{schedule="daily"}',
    });
    expect(source).toMatchObject({
      key: 'prometheus:main/shop/prod/backups/offsite',
      name: 'prometheus:main',
    });
  });

  it('needs a query and a known server, naming the keys', async () => {
    await expect(
      backupSourceFor(root, { prometheus: { server: 'main' } }),
    ).rejects.toThrow(
      `${KEY}.query': expected the PromQL whose value is the UNIX time of the last success`,
    );
    await expect(
      backupSourceFor(root, { prometheus: { server: 'x' }, query: 'up' }),
    ).rejects.toThrow(`${KEY}.prometheus.server': unknown server 'x'`);
  });

  it("lets a team's item name only a server and a metric selector", async () => {
    await expect(
      backupSourceFor(
        root,
        {
          prometheus: { server: 'main' },
          query: 'velero_backup_last_successful_timestamp or vector(time())',
        },
        { owner: 'team' },
      ),
    ).rejects.toThrow(
      `${KEY}.query': a team's policy file may name only a metric selector; expected a metric selector such as velero_backup_last_successful_timestamp{schedule="daily"}`,
    );
    await expect(
      backupSourceFor(
        root,
        { prometheus: { server: 'main' }, query: 'time() - pg_wal_last' },
        { owner: 'team', kind: 'backup' },
      ),
    ).rejects.toThrow(`${KEY}.query'`);
    await expect(
      backupSourceFor(
        root,
        { prometheus: { server: 'main' }, query: 'time() - pg_wal_last' },
        { owner: 'team', kind: 'wal-lag' },
      ),
    ).resolves.toBeDefined();
    await expect(
      backupSourceFor(
        root,
        {
          prometheus: { server: 'main', url: 'http://evil', token: 'x' },
          query: 'up',
        },
        { owner: 'team' },
      ),
    ).rejects.toThrow(
      `${KEY}.prometheus.url': a team's policy file names a platform Prometheus server`,
    );
  });
});
