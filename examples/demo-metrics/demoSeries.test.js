/*
 * Tests of the demo metrics' model: what the demo Prometheus will answer.
 * Run: node --test examples/demo-metrics/
 */
const assert = require('node:assert/strict');
const { describe, it } = require('node:test');
const { demoSeries } = require('./demoSeries');
const { METRIC } = require('./demoServices');
const { renderSamples } = require('./renderSamples');

const DAY_S = 86_400;
const nowS = Math.floor(Date.now() / 1000 / 60) * 60;
const anchorS = Math.floor(nowS / DAY_S) * DAY_S;
const series = demoSeries({ anchorS });
const find = labels =>
  series.filter(s =>
    Object.entries(labels).every(([k, v]) =>
      k === 'name' ? s.name === v : s.labels[k] === v,
    ),
  );
const sum = (labels, from, to) =>
  find(labels).reduce((total, s) => total + s.value(to) - s.value(from), 0);

describe('demoSeries', () => {
  it('has counters that never decrease (no false counter resets) over 31 days', () => {
    for (const s of series.filter(x => x.type === 'histogram')) {
      let previous = s.value(nowS - 31 * DAY_S);
      for (let t = nowS - 31 * DAY_S + 60; t <= nowS; t += 60) {
        const value = s.value(t);
        assert.ok(
          value >= previous,
          `${s.name} ${JSON.stringify(s.labels)} at ${t}`,
        );
        assert.ok(Number.isInteger(value));
        previous = value;
      }
    }
  });

  it('has buckets that grow with le, up to the count', () => {
    for (const service of ['api-gateway', 'auth']) {
      for (const status of ['200', '500']) {
        const labels = { service, status_code: status };
        const buckets = find({ ...labels, name: `${METRIC}_bucket` });
        const values = buckets.map(b => b.value(nowS));
        assert.deepEqual(
          values,
          [...values].sort((a, b) => a - b),
        );
        assert.equal(
          buckets.find(b => b.labels.le === '+Inf').value(nowS),
          find({ ...labels, name: `${METRIC}_count` })[0].value(nowS),
        );
      }
    }
  });

  it("passes the API gateway's SLA and fails auth's P99 < 50 ms over 30 days", () => {
    const from = nowS - 30 * DAY_S;
    const ratio = (service, le, extra = {}) =>
      sum({ service, le, ...extra, name: `${METRIC}_bucket` }, from, nowS) /
      sum({ service, name: `${METRIC}_count` }, from, nowS);
    const errors = service =>
      sum(
        { service, status_code: '500', name: `${METRIC}_count` },
        from,
        nowS,
      ) / sum({ service, name: `${METRIC}_count` }, from, nowS);
    assert.ok(ratio('api-gateway', '0.1') >= 0.99);
    assert.ok(errors('api-gateway') < 0.001);
    assert.ok(1 - errors('auth') >= 0.9995);
    const auth50 = ratio('auth', '0.05');
    assert.ok(auth50 < 0.99 && auth50 > 0.96, String(auth50));
  });

  it('has a fresh daily backup, a too-old offsite one and a small WAL lag, at any time', () => {
    const [daily] = find({ schedule: 'daily' });
    const [offsite] = find({ schedule: 'offsite' });
    const [wal] = find({ cluster: 'servanda-prod' });
    for (let t = nowS - 3 * DAY_S; t <= nowS + 3 * DAY_S; t += 601) {
      assert.ok(t - daily.value(t) >= 0 && t - daily.value(t) < DAY_S);
      assert.ok(t - offsite.value(t) > 2 * DAY_S + 22 * 3600);
      assert.ok(t - wal.value(t) >= 30 && t - wal.value(t) <= 90);
    }
  });
});

describe('renderSamples', () => {
  it('writes OpenMetrics with a timestamp on every sample and # EOF, with the scrape labels', () => {
    const text = renderSamples(series.slice(0, 2), {
      fromS: nowS - 600,
      toS: nowS,
      stepS: 300,
      labels: { job: 'servanda-demo', instance: '127.0.0.1:9464' },
    });
    const lines = text.trimEnd().split('\n');
    assert.equal(lines[0], `# TYPE ${METRIC} histogram`);
    assert.equal(lines.at(-1), '# EOF');
    const samples = lines.slice(1, -1);
    assert.equal(samples.length, 6);
    for (const line of samples) {
      assert.match(
        line,
        /^\S+\{job="servanda-demo",instance="127\.0\.0\.1:9464",.*\} \d+ \d+$/,
      );
    }
  });

  it('writes the live exposition without timestamps and without job or instance', () => {
    const text = renderSamples(series, { atS: nowS });
    assert.ok(!text.includes('# EOF'));
    assert.ok(!text.includes('job='));
    for (const line of text
      .trimEnd()
      .split('\n')
      .filter(l => !l.startsWith('#'))) {
      assert.match(line, /^\S+\{.*\} \d+$/);
    }
  });
});
