/*
 * The landing scenario of bench/workloads.js (`scripts/toolchain.sh node bench/workloads.js
 * landing`): the landing page of 200 systems x 3 environments from the portal's configuration
 * (`config` gate source, manual gates and an incident rule, no cluster), answered in one request
 * (`GET /system-summaries?limit=500`) or the old way (`GET /systems`, then one readiness request
 * per environment: 601 requests, six at a time as a browser does over HTTP/1.1).
 *
 * The backend runs in a child process (landingBackend.js); the
 * clients run in this process. Reported: the cold landing page, the warm one when every system
 * is judged again (the summary's 5 s reuse expired, the collector's cache warm), warm page loads
 * at a few concurrent clients for both ways, and a probe (`GET /systems/sys-000/environments`
 * every 50 ms) to show whether other requests wait while the landing pages are judged.
 */
const http = require('node:http');
const { fork } = require('node:child_process');
const os = require('node:os');

const SYSTEMS = 200;
const LOAD_MS = 15_000;
const CLIENTS = [1, 5, 10];
const RUNS = 5;
const BASE = '/api/release-readiness';

const log = (...args) => console.error(new Date().toISOString(), ...args);
const sleep = ms => new Promise(r => setTimeout(r, ms));

function get(agent, url, etag) {
  return new Promise(resolve => {
    const started = process.hrtime.bigint();
    const headers = etag ? { 'if-none-match': etag } : {};
    const req = http.get(url, { agent, headers }, res => {
      const chunks = [];
      res.on('data', c => chunks.push(c));
      res.on('end', () =>
        resolve({
          ms: Number(process.hrtime.bigint() - started) / 1e6,
          status: res.statusCode,
          etag: res.headers.etag,
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', error =>
      resolve({
        ms: Number(process.hrtime.bigint() - started) / 1e6,
        status: `error:${error.code ?? error.message}`,
        text: '',
      }),
    );
  });
}

const round = ms => Math.round(ms * 10) / 10;

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const q = p =>
    round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]);
  return {
    n: sorted.length,
    min: round(sorted[0]),
    p50: q(0.5),
    p95: q(0.95),
    p99: q(0.99),
    max: round(sorted[sorted.length - 1]),
  };
}

const spread = values => {
  const s = stats(values);
  return { min: s.min, median: s.p50, max: s.max };
};

/** The new way: one request; `conditional` sends the last ETag as a browser's cache does. */
async function newPage(base, agent, conditional, last) {
  const res = await get(
    agent,
    `${base}${BASE}/system-summaries?limit=500`,
    conditional ? last.etag : undefined,
  );
  if (res.etag) last.etag = res.etag;
  return { ms: res.ms, ok: res.status === 200 || res.status === 304, res };
}

/** The old way: the systems, then every environment's readiness, six requests at a time. */
async function oldPage(base, agent) {
  const started = process.hrtime.bigint();
  const list = await get(agent, `${base}${BASE}/systems`);
  let ok = list.status === 200;
  const paths = JSON.parse(list.text).items.flatMap(s =>
    s.environments.map(
      e => `${BASE}/systems/${s.name}/environments/${e.name}/readiness`,
    ),
  );
  let next = 0;
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      while (next < paths.length) {
        const res = await get(agent, `${base}${paths[next++]}`);
        ok = ok && res.status === 200;
      }
    }),
  );
  return {
    ms: Number(process.hrtime.bigint() - started) / 1e6,
    ok,
    requests: paths.length + 1,
  };
}

/** `clients` page loads back to back for LOAD_MS, and the probe meanwhile. */
async function loadPages(base, clients, page) {
  const deadline = Date.now() + LOAD_MS;
  const pages = [];
  let failed = 0;
  const probe = [];
  const probeAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const probing = (async () => {
    while (Date.now() < deadline) {
      const res = await get(
        probeAgent,
        `${base}${BASE}/systems/sys-000/environments`,
      );
      probe.push(res.ms);
      await sleep(50);
    }
  })();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 6 });
      const last = {};
      while (Date.now() < deadline) {
        const result = await page(agent, last);
        pages.push(result.ms);
        if (!result.ok) failed++;
      }
      agent.destroy();
    }),
  );
  await probing;
  probeAgent.destroy();
  return {
    clients,
    pageLoadsMs: stats(pages),
    failedPages: failed,
    pagesPerS: round(pages.length / (LOAD_MS / 1000)),
    probeMs: stats(probe),
  };
}

async function landing() {
  log(`landing: starting a backend with ${SYSTEMS} systems x 3 environments`);
  const proc = fork(require.resolve('./landingBackend'), [String(SYSTEMS)], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    execArgv: ['--max-old-space-size=4096'],
  });
  const port = await new Promise((ok, fail) => {
    const onMessage = m => {
      if (m?.port) {
        proc.off('message', onMessage);
        ok(m.port);
      }
    };
    proc.on('message', onMessage);
    proc.once('exit', code => fail(new Error(`backend exited with ${code}`)));
  });
  const base = `http://localhost:${port}`;
  const cpuMs = () =>
    new Promise(ok => {
      const onMessage = m => {
        if (m?.cpuMs !== undefined) {
          proc.off('message', onMessage);
          ok(m.cpuMs);
        }
      };
      proc.on('message', onMessage);
      proc.send('cpu');
    });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 6 });
  const result = {
    scenario: `${SYSTEMS} systems x 3 environments from the configuration (config gates, manual gates, an incident rule), warm page loads for ${
      LOAD_MS / 1000
    } s per client count`,
    node: process.version,
    cpus: os.cpus().length,
  };

  const cold = await newPage(base, agent, false, {});
  const body = JSON.parse(cold.res.text);
  result.coldSummaryMs = round(cold.ms);
  result.summary = {
    total: body.total,
    counts: body.counts,
    bytes: Buffer.byteLength(cold.res.text),
    environmentSources: body.items
      .flatMap(s => s.environments.map(e => e.source.status))
      .reduce((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {}),
  };
  log('landing: cold summary', result.coldSummaryMs, 'ms', result.summary);
  const oldCold = await oldPage(base, agent);
  result.oldWayFirstPageMs = round(oldCold.ms);

  // Every system judged again: the summary's reuse (5 s) expired, the collector's cache warm.
  const rejudged = [];
  const rejudgedCpu = [];
  for (let run = 0; run < RUNS; run++) {
    await sleep(5_500);
    const before = await cpuMs();
    const again = await newPage(base, agent, false, {});
    rejudgedCpu.push((await cpuMs()) - before);
    rejudged.push(again.ms);
  }
  result.warmRejudgedSummaryMs = spread(rejudged);
  result.warmRejudgedBackendCpuMs = spread(rejudgedCpu);
  log('landing: warm, every system judged again', result.warmRejudgedSummaryMs);
  const reused = [];
  for (let run = 0; run < RUNS; run++) {
    reused.push((await newPage(base, agent, false, {})).ms);
  }
  result.warmReusedSummaryMs = spread(reused);
  agent.destroy();

  // The probe alone, for what this (shared) machine gives it without landing pages.
  result.probeIdle = (await loadPages(base, 0, undefined)).probeMs;
  log('landing: probe without load', result.probeIdle);

  result.newWay = [];
  result.newWayConditional = [];
  result.oldWay = [];
  for (const clients of CLIENTS) {
    const fresh = await loadPages(base, clients, (a, last) =>
      newPage(base, a, false, last),
    );
    log('landing: new way', fresh);
    result.newWay.push(fresh);
    const conditional = await loadPages(base, clients, (a, last) =>
      newPage(base, a, true, last),
    );
    log('landing: new way with If-None-Match', conditional);
    result.newWayConditional.push(conditional);
    const old = await loadPages(base, clients, a => oldPage(base, a));
    log('landing: old way', old);
    result.oldWay.push(old);
  }
  proc.kill('SIGTERM');
  return result;
}

module.exports = { landing };
