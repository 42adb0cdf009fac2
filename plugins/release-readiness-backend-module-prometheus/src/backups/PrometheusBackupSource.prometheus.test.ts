import type { BackupItemKind } from '@release-readiness/plugin-release-readiness-common';
import {
  backupSourceFor,
  rootWithServer,
} from '../__testUtils__/prometheusSourcesFor';
import {
  lastDailyRunS,
  shopOpenMetrics,
  shopTimeline,
  WAL_LAG_S,
  WEEKLY_BACKUP_AGE_S,
} from '../__testUtils__/shopMetrics';
import {
  startPrometheus,
  TestPrometheus,
} from '../__testUtils__/startPrometheus';

// The backfilled data ends 4 h before now, so the sources query "now" = `atS`, a moment inside
// the data (the factory's clock), where the gauges have a sample on the 5-minute grid.
const timeline = shopTimeline(Date.now());
const nowMs = timeline.atS * 1000;
let prometheus: TestPrometheus;

beforeAll(async () => {
  prometheus = await startPrometheus(shopOpenMetrics(timeline));
}, 60_000);

afterAll(async () => {
  await prometheus?.stop();
});

const observe = async (
  query: string,
  options: { kind?: BackupItemKind; owner?: 'platform' | 'team' } = {},
) =>
  (
    await backupSourceFor(
      rootWithServer(prometheus.url),
      { prometheus: { server: 'main' }, query },
      { ...options, now: () => nowMs },
    )
  ).observe({ signal: new AbortController().signal });

const iso = (s: number) => new Date(s * 1000).toISOString();

describe('PrometheusBackupSource against a real Prometheus', () => {
  it('reads the UNIX time of the last success', async () => {
    const observation = await observe(
      'velero_backup_last_successful_timestamp{schedule="daily"}',
      { owner: 'team' },
    );
    expect(observation).toEqual({
      lastSuccessAt: iso(lastDailyRunS(timeline.atS)),
      detail: `last success ${iso(
        lastDailyRunS(timeline.atS),
      )} (Prometheus main)`,
    });
  });

  it('takes the oldest of several series, so one stale backup is not hidden', async () => {
    const observation = await observe(
      'velero_backup_last_successful_timestamp{schedule=~"daily|weekly"}',
      { owner: 'team' },
    );
    expect(observation.lastSuccessAt).toBe(
      iso(timeline.atS - WEEKLY_BACKUP_AGE_S),
    );
    expect(observation.detail).toContain('the oldest of 2 series');
  });

  it('reads the WAL lag from time() - <timestamp>', async () => {
    const observation = await observe(
      'time() - pg_wal_archive_last_success_timestamp_seconds{cluster="shop"}',
      { kind: 'wal-lag', owner: 'team' },
    );
    expect(observation).toMatchObject({
      lagSeconds: WAL_LAG_S,
      lastSuccessAt: iso(timeline.atS - WAL_LAG_S),
    });
  });

  it('knows no success without a series, and for a value that is no UNIX time in seconds', async () => {
    const missing = await observe(
      'velero_backup_last_successful_timestamp{schedule="hourly"}',
      { owner: 'team' },
    );
    expect(missing).toEqual({
      detail:
        'Prometheus main has no series for this query: no success is known',
    });
    const milliseconds = await observe('shop_backup_timestamp_milliseconds');
    expect(milliseconds.lastSuccessAt).toBeUndefined();
    expect(milliseconds.detail).toContain('not a UNIX time in seconds');
  });

  it("runs the platform's own PromQL as written", async () => {
    const observation = await observe(
      'max(velero_backup_last_successful_timestamp)',
    );
    expect(observation.lastSuccessAt).toBe(iso(lastDailyRunS(timeline.atS)));
  });
});
