/*
 * Benchmark of the workloads board (`make bench`, or `scripts/toolchain.sh node bench/workloads.js
 * [small|large|steady|all]`).
 *
 * The release-readiness backend (with its Kubernetes module) and Backstage's own
 * @backstage/plugin-kubernetes-backend each run in a test backend of their own (child processes),
 * against the same Kubernetes API test servers and objects, in the same run. Prints a JSON report;
 * progress goes to stderr.
 *
 *   small: 3 environments (the demo objects) whose API server answers after 200 ms: the cold
 *          board (GET /versions on a fresh backend, five fresh backends) vs. kubernetes-backend
 *          fan-outs (it has no cache: every request fans out).
 *   large: 50 environments x 1,000 workloads: cold board, warm p50/p95/p99 at 50 concurrent
 *          clients, backend memory growth; the same for the kubernetes backend.
 *   steady: 50 x 1,000 kept fresh for 2 min: backend CPU, re-listing vs watches.
 *   cold (not in all): 50 x 1,000 cold board against the floor (download + JSON.parse), on the
 *          event loop and on worker threads, RSS growth and warm loads, five runs.
 *
 * Auth and permissions are Backstage's test mocks for both, so the figures are the plugins' own
 * cost, not the sign-in pipeline's. The API servers, the load generator and each backend run in
 * separate processes on the same machine (which for the recorded figures has 2 cores).
 */
const os = require('node:os');
const { cold } = require('./coldScenario');
const { landing } = require('./landingScenario');
const { large } = require('./largeScenario');
const { small } = require('./smallScenario');
const { steady } = require('./steadyScenario');

async function main() {
  const which = process.argv[2] ?? 'all';
  const report = {
    node: process.version,
    cpus: os.cpus().length,
    loadAverageAtStart: os.loadavg(),
  };
  if (which === 'small' || which === 'all') {
    report.small = await small();
  }
  if (which === 'large' || which === 'all') {
    report.large = await large();
  }
  if (which === 'steady' || which === 'all') {
    report.steady = await steady();
  }
  // Not part of `all`: 50 x 1,000 cold against the floor, five runs (see coldScenario.js).
  if (which === 'cold') {
    report.cold = await cold();
  }
  // Not part of `all`: the landing page's own benchmark (see landingScenario.js).
  if (which === 'landing') {
    report.landing = await landing();
  }
  report.loadAverageAtEnd = os.loadavg();
  console.log(JSON.stringify(report, null, 2));
  process.exit(0);
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
