/**
 * A small deterministic set of series for the tests against a real Prometheus: a request
 * histogram of three services of a "shop" and backup timestamps, every 5 minutes, described here
 * in closed form (what each step adds) and rendered as OpenMetrics for `promtool` to backfill.
 *
 * All times are whole seconds on a 5-minute grid: the tests measure at `atS` (1 h before the last
 * sample, 5 h or more before now) over windows that are whole multiples of 5 minutes, so that
 * every window begins and ends on a sample and `increase()` needs no extrapolation (see the test).
 */

/** Seconds between samples. */
export const STEP_S = 300;
/** Seconds of a day. */
export const DAY_S = 86_400;
/** The histogram's base name. */
export const METRIC = 'shop_http_request_duration_seconds';
/** The histogram's `le` labels, as the exporter writes them. */
export const LES = ['0.05', '0.1', '0.5', '+Inf'] as const;
type Le = (typeof LES)[number];

/** What one step adds to one status code's series: requests, and within each bucket. */
export interface StepIncrement {
  requests: number;
  buckets: Record<Le, number>;
}

/** What one step adds to the successful and the failed requests of a service. */
export interface StepPair {
  ok: StepIncrement;
  error: StepIncrement;
}

/** checkout: 2,000 requests a step; normally 1 error (0.05 %), in the incident 600 (30 %). */
export const CHECKOUT: { normal: StepPair; incident: StepPair } = {
  normal: {
    ok: {
      requests: 1999,
      buckets: { '0.05': 1900, '0.1': 1985, '0.5': 1997, '+Inf': 1999 },
    },
    error: {
      requests: 1,
      buckets: { '0.05': 1, '0.1': 1, '0.5': 1, '+Inf': 1 },
    },
  },
  incident: {
    ok: {
      requests: 1400,
      buckets: { '0.05': 600, '0.1': 1000, '0.5': 1380, '+Inf': 1400 },
    },
    error: {
      requests: 600,
      buckets: { '0.05': 600, '0.1': 600, '0.5': 600, '+Inf': 600 },
    },
  },
};

/** search: 500 requests a step, no error series at all. */
export const SEARCH: StepIncrement = {
  requests: 500,
  buckets: { '0.05': 400, '0.1': 480, '0.5': 500, '+Inf': 500 },
};

/** idle: its series exist, with this constant value: no traffic. */
export const IDLE_VALUE = 1234;

/** The daily backup runs at 23:00 UTC; the weekly one last succeeded 9 days before `atS`. */
export const DAILY_BACKUP_OFFSET_S = 23 * 3600;
/** The age of the weekly backup's last success at `atS`. */
export const WEEKLY_BACKUP_AGE_S = 9 * DAY_S;
/** The WAL archiver's last success is always 60 s old. */
export const WAL_LAG_S = 60;

/** When things happen, in Unix seconds. */
export interface ShopTimeline {
  /** The first sample (31 days before `atS`). */
  startS: number;
  /** The last sample (1 h after `atS`, at least 4 h before now). */
  endS: number;
  /** The moment the tests measure at. */
  atS: number;
  /** The 4 samples of the incident (20 minutes, ending 30 minutes before `atS`). */
  incident: number[];
  /** checkout's process restarts: its counters start from zero again at this sample. */
  resetS: number;
  /** Samples missing from checkout's series (a 10-minute scrape gap 2 days before `atS`). */
  gap: number[];
}

/** The timeline relative to `nowMs`. */
export function shopTimeline(nowMs: number): ShopTimeline {
  const endS = Math.floor((nowMs / 1000 - 4 * 3600) / 3600) * 3600;
  const atS = endS - 3600;
  const minutes = (m: number) => m * 60;
  return {
    startS: atS - 31 * DAY_S,
    endS,
    atS,
    incident: [45, 40, 35, 30].map(m => atS - minutes(m)),
    resetS: atS - 10 * DAY_S - minutes(150),
    gap: [atS - 2 * DAY_S - minutes(60), atS - 2 * DAY_S - minutes(55)],
  };
}

/** The last daily backup run at or before `t`. */
export function lastDailyRunS(t: number): number {
  return (
    Math.floor((t - DAILY_BACKUP_OFFSET_S) / DAY_S) * DAY_S +
    DAILY_BACKUP_OFFSET_S
  );
}

function labels(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k}="${v}"`)
    .join(',');
}

/** One counter series: cumulative values of `increment(t)` at each sample, with reset and gap. */
function counter(
  name: string,
  labelText: string,
  timeline: ShopTimeline,
  increment: (t: number) => number,
  options: { reset?: boolean; gap?: boolean; constant?: number } = {},
): string[] {
  const lines: string[] = [];
  let value = options.constant ?? 0;
  for (let t = timeline.startS; t <= timeline.endS; t += STEP_S) {
    if (t > timeline.startS && options.constant === undefined) {
      value =
        options.reset && t === timeline.resetS
          ? increment(t)
          : value + increment(t);
    }
    if (!(options.gap && timeline.gap.includes(t))) {
      lines.push(`${name}{${labelText}} ${value} ${t}`);
    }
  }
  return lines;
}

function histogram(
  service: string,
  status: string,
  timeline: ShopTimeline,
  step: (t: number) => StepIncrement,
  options: { reset?: boolean; gap?: boolean; constant?: number } = {},
): string[] {
  const base = { service, status_code: status };
  return [
    ...LES.flatMap(le =>
      counter(
        `${METRIC}_bucket`,
        labels({ ...base, le }),
        timeline,
        t => step(t).buckets[le],
        options,
      ),
    ),
    ...counter(
      `${METRIC}_count`,
      labels(base),
      timeline,
      t => step(t).requests,
      options,
    ),
  ];
}

function gauge(
  name: string,
  labelText: string,
  timeline: ShopTimeline,
  value: (t: number) => number,
): string[] {
  const lines: string[] = [];
  for (let t = timeline.atS - 3 * DAY_S; t <= timeline.endS; t += STEP_S) {
    lines.push(`${name}{${labelText}} ${value(t)} ${t}`);
  }
  return lines;
}

/** The OpenMetrics text of every series, ending with `# EOF`. */
export function shopOpenMetrics(timeline: ShopTimeline): string {
  const inIncident = (t: number) => timeline.incident.includes(t);
  const checkout = { reset: true, gap: true };
  const lines = [
    `# HELP ${METRIC} HTTP request duration.`,
    `# TYPE ${METRIC} histogram`,
    ...histogram(
      'checkout',
      '200',
      timeline,
      t => (inIncident(t) ? CHECKOUT.incident.ok : CHECKOUT.normal.ok),
      checkout,
    ),
    ...histogram(
      'checkout',
      '500',
      timeline,
      t => (inIncident(t) ? CHECKOUT.incident.error : CHECKOUT.normal.error),
      checkout,
    ),
    ...histogram('search', '200', timeline, () => SEARCH),
    ...histogram('idle', '200', timeline, () => SEARCH, {
      constant: IDLE_VALUE,
    }),
    '# TYPE velero_backup_last_successful_timestamp gauge',
    ...gauge(
      'velero_backup_last_successful_timestamp',
      labels({ schedule: 'daily' }),
      timeline,
      lastDailyRunS,
    ),
    ...gauge(
      'velero_backup_last_successful_timestamp',
      labels({ schedule: 'weekly' }),
      timeline,
      () => timeline.atS - WEEKLY_BACKUP_AGE_S,
    ),
    '# TYPE pg_wal_archive_last_success_timestamp_seconds gauge',
    ...gauge(
      'pg_wal_archive_last_success_timestamp_seconds',
      labels({ cluster: 'shop' }),
      timeline,
      t => t - WAL_LAG_S,
    ),
    '# TYPE shop_backup_timestamp_milliseconds gauge',
    ...gauge(
      'shop_backup_timestamp_milliseconds',
      labels({ job: 'dump' }),
      timeline,
      t => (t - 3600) * 1000,
    ),
    '# EOF',
  ];
  return `${lines.join('\n')}\n`;
}
