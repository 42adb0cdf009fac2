const { cumulativeRequests } = require('./cumulativeRequests');
const { BUCKETS, DAY_S, METRIC, SERVICES } = require('./demoServices');

/**
 * Every demo series as a closed-form function of time (Unix seconds), the same for the backfilled
 * history and the live exporter, so the counters continue across the gap between them.
 * Counters are whole numbers (floors of never-decreasing functions), so they never decrease.
 *
 * @param anchorS - midnight UTC of the day the demo started (incidents are placed relative to it)
 * @returns `[{ family, type, name, labels, value(t) }]`, families in order
 */
function demoSeries({ anchorS }) {
  const series = [];
  for (const service of SERVICES) {
    const incidents = service.incidents.map(i => ({
      start: anchorS + i.startS,
      end: anchorS + i.startS + i.durationS,
      ratio: i.ratio,
    }));
    const requests = t => cumulativeRequests(service, t);
    const errors = t => {
      let value = service.errorRatio * requests(t);
      for (const incident of incidents) {
        if (t > incident.start) {
          const end = Math.min(t, incident.end);
          value +=
            (incident.ratio - service.errorRatio) *
            (requests(end) - requests(incident.start));
        }
      }
      return value;
    };
    const ok = t => requests(t) - errors(t);
    for (const [status, count, shares] of [
      ['200', ok, service.okShares],
      ['500', errors, service.errorShares],
    ]) {
      const labels = {
        namespace: 'servanda-prod',
        service: service.name,
        status_code: status,
      };
      BUCKETS.forEach((le, i) =>
        series.push({
          family: METRIC,
          type: 'histogram',
          name: `${METRIC}_bucket`,
          labels: { ...labels, le },
          value: t => Math.floor(shares[i] * count(t)),
        }),
      );
      series.push({
        family: METRIC,
        type: 'histogram',
        name: `${METRIC}_bucket`,
        labels: { ...labels, le: '+Inf' },
        value: t => Math.floor(count(t)),
      });
      series.push({
        family: METRIC,
        type: 'histogram',
        name: `${METRIC}_count`,
        labels,
        value: t => Math.floor(count(t)),
      });
    }
  }
  const lastDaily = t =>
    Math.floor((t - 23 * 3600) / DAY_S) * DAY_S + 23 * 3600;
  const velero = 'velero_backup_last_successful_timestamp';
  series.push(
    {
      family: velero,
      type: 'gauge',
      name: velero,
      labels: { schedule: 'daily' },
      value: lastDaily,
    },
    {
      family: velero,
      type: 'gauge',
      name: velero,
      labels: { schedule: 'offsite' },
      // The offsite copy stopped: its last success is 01:00 UTC three days ago (2 d 23 h to 3 d 23 h old).
      value: t => Math.floor(t / DAY_S) * DAY_S - 2 * DAY_S - 23 * 3600,
    },
  );
  const wal = 'pg_wal_archive_last_success_timestamp_seconds';
  series.push({
    family: wal,
    type: 'gauge',
    name: wal,
    labels: { cluster: 'servanda-prod' },
    value: t => Math.floor(t / 60) * 60 - 30,
  });
  return series;
}

module.exports = { demoSeries };
