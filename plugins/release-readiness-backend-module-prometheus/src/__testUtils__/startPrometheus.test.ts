import { spawn } from 'node:child_process';
import { startPrometheus } from './startPrometheus';
import { startWatchdog } from './startWatchdog';

const exited = (child: ReturnType<typeof spawn>) =>
  new Promise<void>(resolve => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
    } else {
      child.once('exit', () => resolve());
    }
  });

describe('startPrometheus', () => {
  it('fails, never skips, when prometheus or promtool are missing', async () => {
    await expect(
      startPrometheus('# EOF\n', { searchPath: [] }),
    ).rejects.toThrow(
      "This test needs Debian's prometheus package (prometheus and promtool)",
    );
  });

  it('serves the backfilled data and stops', async () => {
    const t = Math.floor(Date.now() / 1000 / 300) * 300 - 5 * 3600;
    const prometheus = await startPrometheus(
      `# TYPE probe gauge\nprobe{a="b"} 7 ${t}\n# EOF\n`,
    );
    const query = new URLSearchParams({ query: 'probe', time: String(t) });
    const answer = await (
      await fetch(`${prometheus.url}/api/v1/query?${query}`)
    ).json();
    expect(answer.data.result[0].value[1]).toBe('7');
    await prometheus.stop();
    await expect(fetch(`${prometheus.url}/-/ready`)).rejects.toThrow();
  }, 60_000);
});

describe('startWatchdog', () => {
  it('stops the child when the parent dies without stopping it', async () => {
    const parent = spawn('sleep', ['30'], { stdio: 'ignore' });
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    const watchdog = startWatchdog(parent.pid!, child.pid!);
    try {
      await new Promise(resolve => setTimeout(resolve, 700));
      expect(child.exitCode).toBeNull(); // alive while the parent lives
      parent.kill('SIGKILL');
      const started = Date.now();
      await exited(child);
      expect(child.signalCode).toBe('SIGTERM');
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      parent.kill('SIGKILL');
      child.kill('SIGKILL');
      watchdog.kill('SIGKILL');
    }
  }, 10_000);
});
