import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { resolvePackagePath } from '@backstage/backend-plugin-api';

const BACKEND_DIR = resolvePackagePath('backend');
const READINESS_PATH = '/.backstage/health/v1/readiness';

/** A JSON log line of a replica and when the test received it (the lines carry no time). */
export type ReplicaLogLine = {
  receivedAt: number;
  entry: Record<string, unknown>;
};

/**
 * One backend replica: `packages/backend/src/index.ts` run by `node` with the Backstage CLI's
 * TypeScript transform (as `backstage-cli package start` runs it, without the watcher), in its own
 * process group, with NODE_ENV=production and the replicas' config. Its output (JSON log lines; the
 * config logs the release-readiness plugin at debug) goes to `logFile`.
 */
export class ReplicaProcess {
  readonly url: string;
  private child: ChildProcess | undefined;
  private exited = false;
  private readonly lines: ReplicaLogLine[] = [];

  constructor(
    readonly name: string,
    readonly port: number,
    readonly logFile: string,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  /** Spawns the process; `env` carries the database and Redis addresses. */
  start(env: Record<string, string>): void {
    const log = createWriteStream(this.logFile);
    const child = spawn(
      process.execPath,
      [
        '--require',
        '@backstage/cli/config/nodeTransform.cjs',
        'src/index.ts',
        '--config',
        'src/replicas/app-config.replicas.yaml',
      ],
      {
        cwd: BACKEND_DIR,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          ...env,
          NODE_ENV: 'production',
          RR_REPLICAS_BASE_URL: this.url,
          APP_CONFIG_backend_listen_port: String(this.port),
        },
      },
    );
    for (const stream of [child.stdout, child.stderr]) {
      if (!stream) continue;
      createInterface({ input: stream }).on('line', line => {
        log.write(`${line}\n`);
        if (!line.startsWith('{')) return;
        try {
          const entry = JSON.parse(line) as Record<string, unknown>;
          this.lines.push({ receivedAt: Date.now(), entry });
        } catch {
          // not a log entry
        }
      });
    }
    child.on('exit', () => {
      this.exited = true;
    });
    this.child = child;
  }

  /** Waits until the readiness route answers 200; returns the milliseconds it took. */
  async waitUntilReady(startedAt: number, timeoutMs: number): Promise<number> {
    while (Date.now() - startedAt < timeoutMs) {
      if (this.exited) {
        throw new Error(
          `${this.name} exited during start; see ${this.logFile}`,
        );
      }
      try {
        const response = await fetch(`${this.url}${READINESS_PATH}`);
        if (response.ok) return Date.now() - startedAt;
      } catch {
        // not listening yet
      }
      await new Promise(r => setTimeout(r, 250));
    }
    throw new Error(
      `${this.name} was not ready within ${timeoutMs} ms; see ${this.logFile}`,
    );
  }

  /** Sends `signal` to the whole process group (the replica and anything it started). */
  signal(signal: NodeJS.Signals): void {
    const pid = this.child?.pid;
    if (pid === undefined || this.exited) return;
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  }

  /** `kill -9` of the replica's process group, as a crashed or evicted replica. */
  async crash(): Promise<void> {
    this.signal('SIGKILL');
    await this.waitForExit(10_000);
  }

  /** SIGTERM, then SIGKILL after `graceMs`. */
  async stop(graceMs = 5_000): Promise<void> {
    this.signal('SIGTERM');
    if (!(await this.waitForExit(graceMs))) {
      this.signal('SIGKILL');
      await this.waitForExit(5_000);
    }
  }

  /** The JSON log lines the replica wrote so far, with the time each arrived. */
  logLines(): readonly ReplicaLogLine[] {
    return this.lines;
  }

  private async waitForExit(timeoutMs: number): Promise<boolean> {
    const until = Date.now() + timeoutMs;
    while (!this.exited && Date.now() < until) {
      await new Promise(r => setTimeout(r, 50));
    }
    return this.exited;
  }
}
