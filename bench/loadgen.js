/*
 * Child process of the benchmark: `concurrency` clients send requests back to back for
 * `durationMs` (or until `maxRequests`), each picking the next path round-robin, over keep-alive
 * HTTP; reports the latencies. Kept out of the backend's process so its memory and event loop
 * do not mix with the backend's.
 */
const http = require('node:http');

function request(agent, url, method, body, etag, keep) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const headers = body
      ? {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        }
      : {};
    if (etag) headers['if-none-match'] = etag;
    const req = http.request(url, { agent, method, headers }, res => {
      let bytes = 0;
      const chunks = [];
      res.on('data', chunk => {
        bytes += chunk.length;
        if (keep) chunks.push(chunk);
      });
      res.on('end', () =>
        resolve({
          ms: Number(process.hrtime.bigint() - started) / 1e6,
          status: res.statusCode,
          bytes,
          etag: res.headers.etag,
          text: keep ? Buffer.concat(chunks).toString('utf8') : undefined,
        }),
      );
    });
    req.on('error', error =>
      resolve({
        ms: Number(process.hrtime.bigint() - started) / 1e6,
        status: `error:${error.code ?? error.message}`,
        bytes: 0,
      }),
    );
    req.setTimeout(300_000, () => req.destroy(new Error('client timeout')));
    if (body) req.write(body);
    req.end();
  });
}

/** Counts the source statuses (and error types) in a board or workloads body. */
function summarise(text) {
  try {
    const json = JSON.parse(text);
    const sources = json.environments
      ? json.environments.map(e => e.source)
      : json.source
      ? [json.source]
      : (json.items ?? []).map(i => ({ status: 'n/a' }));
    const statuses = {};
    for (const s of sources) {
      const key = s.error ? `${s.status}:${s.error.type}` : s.status;
      statuses[key] = (statuses[key] ?? 0) + 1;
    }
    return { statuses, rows: json.rows?.length, items: json.items?.length };
  } catch (error) {
    return { unparsable: String(error) };
  }
}

async function main() {
  const {
    base,
    paths,
    method = 'GET',
    body,
    concurrency,
    durationMs,
    maxRequests,
    // Send If-None-Match with the ETag last seen for a path, as a browser's HTTP cache does.
    conditional = false,
    // Summarise the sources of the first /versions or /workloads body.
    inspect = false,
  } = JSON.parse(process.argv[2]);
  const etags = new Map();
  let inspected;
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const results = [];
  let next = 0;
  const deadline = Date.now() + durationMs;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline && (!maxRequests || next < maxRequests)) {
        const path = paths[next++ % paths.length];
        const keep = inspect && inspected === undefined;
        if (keep) inspected = null;
        const result = await request(
          agent,
          `${base}${path}`,
          method,
          body,
          conditional ? etags.get(path) : undefined,
          keep,
        );
        if (result.etag) etags.set(path, result.etag);
        if (keep) inspected = summarise(result.text);
        results.push(result);
      }
    }),
  );
  const elapsed = Date.now() - started;
  const ms = results.map(r => r.ms).sort((a, b) => a - b);
  const q = p => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))];
  process.send({
    requests: results.length,
    errors: results.filter(r => r.status !== 200 && r.status !== 304).length,
    statuses: [...new Set(results.map(r => r.status))],
    throughputPerS: (results.length / elapsed) * 1000,
    p50: q(0.5),
    p95: q(0.95),
    p99: q(0.99),
    max: ms[ms.length - 1],
    meanBytes:
      results.reduce((s, r) => s + r.bytes, 0) / Math.max(1, results.length),
    ...(inspected && { firstBody: inspected }),
  });
  agent.destroy();
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
