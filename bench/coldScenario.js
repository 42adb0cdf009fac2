/* The cold scenario of bench/workloads.js: 50 x 1,000 cold, against the floor, `BENCH_RUNS` times. */
const {
  SELECTOR,
  child,
  TOKEN,
  load,
  log,
  once,
  spread,
  startBackend,
  startFarm,
} = require('./harness');

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LOAD_MS = 10_000;
const IDLE_MS = 32_000;

/** One run of floor.js: download + JSON.parse of the same LIST pages, `environments` at a time. */
function floor(urls, environments) {
  return child(
    'floor.js',
    { urls, token: TOKEN, selector: SELECTOR, environments },
    ['--require', require.resolve('@backstage/cli/config/nodeTransform.cjs')],
  ).first;
}

/** A fresh backend's cold board, its CPU and RSS growth; then, when `paths`, warm loads. */
async function coldRead(urls, parsing, loads = []) {
  const backend = await startBackend(
    'release-readiness',
    urls,
    { timeout: { seconds: 120 } },
    { parsing },
  );
  const before = await backend.memory();
  const cpuBefore = await backend.cpuMs();
  const cold = await once(backend.base, '/api/release-readiness/versions', {
    inspect: true,
  });
  const cpuMs = (await backend.cpuMs()) - cpuBefore;
  const afterCold = await backend.memory();
  // Worker threads stop after 30 s without a body to parse and give their heaps back.
  let afterIdle;
  if (loads.length) {
    await new Promise(r => setTimeout(r, IDLE_MS));
    afterIdle = await backend.memory();
  }
  const warm = {};
  for (const { name, ...options } of loads) {
    warm[name] = await load({
      base: backend.base,
      concurrency: 50,
      durationMs: LOAD_MS,
      ...options,
    });
  }
  const afterWarm = await backend.memory();
  backend.stop();
  return {
    ms: cold.p50,
    statuses: cold.firstBody?.statuses,
    cpuMs,
    rssGrowthMB: afterCold.rssMB - before.rssMB,
    heapGrowthMB: afterCold.heapMB - before.heapMB,
    rssGrowthAfterIdleMB: afterIdle && afterIdle.rssMB - before.rssMB,
    rssGrowthAfterWarmMB: afterWarm.rssMB - before.rssMB,
    warm,
  };
}

async function cold() {
  log('cold: starting 50 API servers x 1,000 workloads');
  const farm = await startFarm({
    mode: 'generated',
    count: 50,
    workloads: 1000,
    latencyMs: 0,
  });
  // The test servers render each LIST page once and keep it: read everything once first.
  log('cold: warming the API servers', (await floor(farm.urls, 10)).wallMs);
  const envPaths = farm.urls.map(
    (_, i) => `/api/release-readiness/environments/env-${i}/workloads`,
  );
  const loads = [
    { name: 'environmentWorkloads', paths: envPaths },
    {
      name: 'environmentWorkloadsIfNoneMatch',
      paths: envPaths,
      conditional: true,
    },
    {
      name: 'versionSummary',
      paths: [
        process.env.BENCH_SUMMARY_PATH ??
          '/api/release-readiness/version-summary',
      ],
    },
  ];
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const floor10 = await floor(farm.urls, 10);
    const floor50 = await floor(farm.urls, 50);
    const inline = await coldRead(farm.urls, { threads: 0 });
    const threads = await coldRead(farm.urls, undefined, loads);
    const entry = { floor10, floor50, inline, threads };
    log(`cold: run ${run + 1}/${RUNS}`, JSON.stringify(entry));
    runs.push(entry);
  }
  farm.stop();
  const floorMs = runs.map(r => Math.min(r.floor10.wallMs, r.floor50.wallMs));
  const warm = (name, key) =>
    spread(runs.map(r => r.threads.warm[name]?.[key]));
  return {
    scenario: `50 environments x 1,000 workloads cold, ${RUNS} runs; each run: the floor (download and JSON.parse of the same LIST pages, 10 and 50 environments at a time, the faster counts), a fresh backend parsing on the event loop (threads: 0) and one with the default worker threads (its memory again after 32 s idle, when the threads have stopped), then ${
      LOAD_MS / 1000
    } s loads at 50 clients`,
    floorMs: spread(floorMs),
    floorBytes: runs[0].floor10.bytes,
    floorCpuMs: spread(runs.map(r => r.floor10.cpuMs)),
    coldBoardMs: {
      eventLoop: spread(runs.map(r => r.inline.ms)),
      workerThreads: spread(runs.map(r => r.threads.ms)),
    },
    timesFloor: {
      eventLoop: spread(runs.map((r, i) => r.inline.ms / floorMs[i])),
      workerThreads: spread(runs.map((r, i) => r.threads.ms / floorMs[i])),
    },
    backendCpuMs: {
      eventLoop: spread(runs.map(r => r.inline.cpuMs)),
      workerThreads: spread(runs.map(r => r.threads.cpuMs)),
    },
    rssGrowthMB: {
      eventLoop: spread(runs.map(r => r.inline.rssGrowthMB)),
      workerThreads: spread(runs.map(r => r.threads.rssGrowthMB)),
      workerThreadsAfterIdle: spread(
        runs.map(r => r.threads.rssGrowthAfterIdleMB),
      ),
      workerThreadsAfterWarmLoads: spread(
        runs.map(r => r.threads.rssGrowthAfterWarmMB),
      ),
    },
    heapGrowthMB: spread(runs.map(r => r.threads.heapGrowthMB)),
    statuses: runs.map(r => [r.inline.statuses, r.threads.statuses]),
    warm50Clients: Object.fromEntries(
      loads.map(({ name }) => [
        name,
        {
          p50: warm(name, 'p50'),
          p99: warm(name, 'p99'),
          requestsPerS: warm(name, 'throughputPerS'),
          bytes: warm(name, 'meanBytes'),
          errors: runs.map(r => r.threads.warm[name]?.errors),
        },
      ]),
    ),
  };
}

module.exports = { cold };
