/**
 * What the demo Prometheus serves for Servanda's production (handbook 000 "Betriebsprozesse und
 * SLAs"): the request histogram `servanda_http_request_duration_seconds` (prom-client buckets of
 * handbook 001 §9.1) of the API gateway and the auth service, and the backup timestamps.
 *
 * - api-gateway: ~40 req/s with a daily wave, 0.03 % errors, one 25-minute incident (8 % errors)
 *   5 days ago; 99.6 % of requests within 100 ms: its SLA (99.9 %, P99 < 100 ms, 5xx < 0.1 %)
 *   passes.
 * - auth: ~15 req/s, 0.01 % errors, a 15-minute incident (5 %) 12 days ago; only 97.2 % of token
 *   requests within 50 ms: the objective "P99 < 50 ms" FAILS (deliberately), availability 99.95 %
 *   passes.
 * - backups: the daily Velero schedule succeeded at the last 23:00 UTC (fresh); the `offsite`
 *   schedule last succeeded at 01:00 UTC three days ago (3 to 4 days old) (deliberately too old for a 26 h RPO); WAL archiving
 *   lags 30 to 90 seconds.
 */
const METRIC = 'servanda_http_request_duration_seconds';
const BUCKETS = ['0.01', '0.05', '0.1', '0.5', '1', '2', '5'];
const HOUR_S = 3600;
const DAY_S = 86_400;

const SERVICES = [
  {
    name: 'api-gateway',
    base: 40,
    amp: 25,
    peakS: 13 * HOUR_S,
    errorRatio: 0.0003,
    // Cumulative share of requests within each bucket (same order as BUCKETS).
    okShares: [0.55, 0.93, 0.996, 0.9995, 0.9999, 1, 1],
    errorShares: [0.2, 0.5, 0.7, 0.9, 0.97, 0.99, 1],
    // Relative to the demo's anchor (midnight UTC of the day it started).
    incidents: [
      {
        startS: -5 * DAY_S + 14 * HOUR_S + 600,
        durationS: 25 * 60,
        ratio: 0.08,
      },
    ],
  },
  {
    name: 'auth',
    base: 15,
    amp: 9,
    peakS: 8 * HOUR_S,
    errorRatio: 0.0001,
    okShares: [0.35, 0.972, 0.994, 0.9995, 1, 1, 1],
    errorShares: [0.5, 0.8, 0.9, 0.99, 1, 1, 1],
    incidents: [
      { startS: -12 * DAY_S + 9 * HOUR_S, durationS: 15 * 60, ratio: 0.05 },
    ],
  },
];

module.exports = { METRIC, BUCKETS, SERVICES, DAY_S, HOUR_S };
