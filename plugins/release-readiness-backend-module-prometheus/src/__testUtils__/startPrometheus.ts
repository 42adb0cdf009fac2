import { ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findExecutable } from './findExecutable';
import { startWatchdog } from './startWatchdog';

/** A Prometheus started for a test on a loopback port, on backfilled data. */
export interface TestPrometheus {
  /** e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** How long the backfill and the start took, in ms. */
  startupMs: number;
  /** Stops the server (TERM, KILL after 5 s) and removes its data directory. */
  stop(): Promise<void>;
}

const MISSING =
  "needs Debian's prometheus package (prometheus and promtool): apt-get install -y --no-install-recommends prometheus, or make system-deps";
const READY_TIMEOUT_MS = 30_000;
const running = new Set<ChildProcess>();

process.on('exit', () => {
  for (const child of running) {
    child.kill('SIGKILL');
  }
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitReady(
  url: string,
  child: ChildProcess,
  log: () => string,
): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`prometheus exited before it was ready:\n${log()}`);
    }
    try {
      const response = await fetch(`${url}/-/ready`);
      if (response.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  throw new Error(`prometheus was not ready within 30 s:\n${log()}`);
}

/**
 * Backfills `openMetrics` (OpenMetrics text ending with `# EOF`, every sample with a timestamp
 * older than 3 hours) with `promtool tsdb create-blocks-from openmetrics` into a fresh data
 * directory, starts Debian's `prometheus` on it on a free loopback port (no scrape targets,
 * retention 60 days) and waits until it is ready. Throws (the test fails, it is not skipped)
 * when `prometheus` or `promtool` are missing (looked up on `PATH`, or in `options.searchPath`).
 * A watchdog stops the server if the test process
 * dies without stopping it.
 */
export async function startPrometheus(
  openMetrics: string,
  options: { searchPath?: readonly string[] } = {},
): Promise<TestPrometheus> {
  const prometheus = findExecutable('prometheus', options.searchPath);
  const promtool = findExecutable('promtool', options.searchPath);
  if (!prometheus || !promtool) {
    throw new Error(`This test ${MISSING}`);
  }
  const started = Date.now();
  const dir = await mkdtemp(join(tmpdir(), 'release-readiness-prometheus-'));
  const data = join(dir, 'data');
  const input = join(dir, 'metrics.om');
  const config = join(dir, 'prometheus.yml');
  await writeFile(input, openMetrics);
  await writeFile(config, 'global: {}\nscrape_configs: []\n');
  // Blocks of up to 486 h instead of 2 h: a month of data is two blocks, backfilled in a second.
  await promisify(execFile)(
    promtool,
    [
      'tsdb',
      'create-blocks-from',
      'openmetrics',
      '--max-block-duration=1000h',
      input,
      data,
    ],
    { timeout: 60_000 },
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    prometheus,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${data}`,
      '--storage.tsdb.retention.time=60d',
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  running.add(child);
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 30));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>(resolve =>
    child.once('exit', () => resolve()),
  );
  const watchdog = child.pid
    ? startWatchdog(process.pid, child.pid)
    : undefined;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    running.delete(child);
    watchdog?.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(url, child, () => lines.join('\n'));
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, startupMs: Date.now() - started, stop };
}
