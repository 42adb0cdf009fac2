/*
 * The DEMO metrics exporter (scripts/demo-metrics.sh starts it next to Prometheus, which scrapes
 * it every 15 s): serves the current values of the demo series on http://127.0.0.1:<port>/metrics,
 * continuing the backfilled history. Not a real application.
 *
 *   node examples/demo-metrics/serve.js <anchorS> <port>
 */
const { createServer } = require('node:http');
const { demoSeries } = require('./demoSeries');
const { renderSamples } = require('./renderSamples');

const [anchor, port] = process.argv.slice(2);
const series = demoSeries({ anchorS: Number(anchor) });

const server = createServer((req, res) => {
  if (req.url !== '/metrics') {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('demo metrics exporter: see /metrics\n');
    return;
  }
  res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
  res.end(renderSamples(series, { atS: Math.floor(Date.now() / 1000) }));
});
server.listen(Number(port), '127.0.0.1');
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
