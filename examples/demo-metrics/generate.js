/*
 * Writes the demo metrics' history as OpenMetrics for promtool (scripts/demo-metrics.sh):
 * 31 days at 5-minute steps, ending 3 hours before now (promtool must not write into the head
 * block's range); the live exporter (serve.js) continues the same counters from now on.
 *
 *   node examples/demo-metrics/generate.js <out.om> <anchorS> <exporterPort>
 */
const { writeFileSync } = require('node:fs');
const { demoSeries } = require('./demoSeries');
const { renderSamples } = require('./renderSamples');

const STEP_S = 300;
const [out, anchor, port] = process.argv.slice(2);
const nowS = Date.now() / 1000;
const toS = Math.floor((nowS - 3 * 3600 - 60) / STEP_S) * STEP_S;
const fromS = toS - 31 * 86_400;
const series = demoSeries({ anchorS: Number(anchor) });
// The labels Prometheus' scrape of the live exporter adds (scripts/demo-metrics.sh: job name).
const labels = { job: 'servanda-demo', instance: `127.0.0.1:${port}` };
writeFileSync(
  out,
  renderSamples(series, { fromS, toS, stepS: STEP_S, labels }),
);
console.log(
  `demo-metrics: wrote ${series.length} series from ${new Date(
    fromS * 1000,
  ).toISOString()} to ${new Date(toS * 1000).toISOString()}`,
);
