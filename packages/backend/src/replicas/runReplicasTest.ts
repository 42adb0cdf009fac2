/*
 * The two-replica test (README "Production: several replicas"; `make replicas`, part of
 * `make test`): two real backend processes on one PostgreSQL and one Redis, the board compared,
 * writes sent through both at once, and one replica killed with SIGKILL under load. Run through
 * scripts/test-postgres.sh and scripts/test-redis.sh, which provide the servers; prints a JSON
 * report and exits 1 on any failure. Every process it starts is stopped in `finally`.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { boardOf } from './boardOf';
import { checkBoardAgreement } from './checkBoardAgreement';
import { checkIdempotentWrites } from './checkIdempotentWrites';
import { checkRefreshRuns } from './checkRefreshRuns';
import { freePort } from './freePort';
import { redisKeys } from './redisKeys';
import { refreshRunsOf } from './refreshRunsOf';
import { ReplicaProcess } from './ReplicaProcess';
import { runLoad } from './runLoad';
import { summariseLoad } from './summariseLoad';
import { signInAs } from './signInAs';
import { waitForPeople } from './waitForPeople';

const BOOT_TIMEOUT_MS = 180_000;
const REFRESH_FREQUENCY_MS = 2_000; // app-config.replicas.yaml
const REFRESH_TIMEOUT_MS = 10_000;
// Backstage's scheduler frees the ticket of a run whose replica died only in its janitor, which
// each replica runs once a minute: the survivor takes the task over within the task's timeout
// plus up to a minute.
const JANITOR_INTERVAL_MS = 60_000;

async function main(): Promise<number> {
  const wallStart = Date.now();
  const postgresUrl = Object.entries(process.env).find(([key]) =>
    /^BACKSTAGE_TEST_DATABASE_POSTGRES\d+_CONNECTION_STRING$/.test(key),
  )?.[1];
  const redisUrl = process.env.RELEASE_READINESS_TEST_REDIS_URL;
  if (!postgresUrl || !redisUrl) {
    throw new Error(
      'run through scripts/test-postgres.sh and scripts/test-redis.sh (no PostgreSQL or Redis address)',
    );
  }
  const logDir = mkdtempSync(join(tmpdir(), 'rr-replicas-'));
  const replicas = [
    new ReplicaProcess('a', await freePort(), join(logDir, 'a.log')),
    new ReplicaProcess('b', await freePort(), join(logDir, 'b.log')),
  ] as const;
  const urls = [replicas[0].url, replicas[1].url] as const;
  // No leftovers, also when the test itself is interrupted or crashes.
  process.on('exit', () => replicas.forEach(r => r.signal('SIGKILL')));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => process.exit(130));
  }
  const failures: string[] = [];
  const report: Record<string, unknown> = { logDir };
  let ok = false;
  try {
    // One after the other, as a rolling deployment: two first starts at once on an empty
    // database race on the plugins' migrations (knex_migrations, its lock) and one fails.
    const bootMs: Record<string, number> = {};
    for (const replica of replicas) {
      const bootStart = Date.now();
      replica.start({
        RR_REPLICAS_POSTGRES_URL: postgresUrl,
        RELEASE_READINESS_TEST_REDIS_URL: redisUrl,
      });
      bootMs[replica.name] = await replica.waitUntilReady(
        bootStart,
        BOOT_TIMEOUT_MS,
      );
    }
    report.bootMs = bootMs;
    const people = [
      ['lena.kraus', 'servanda-release-captains'],
      ['jonas.weber', 'servanda-product-owners'],
      ['mara.schulz', 'servanda-oncall'],
    ];
    const [captain, owner, onCall] = await Promise.all(
      people.map(async ([name, group], i) => {
        const ref = `user:default/${name}`;
        const token = await signInAs(
          urls[i % 2],
          ref,
          `group:default/${group}`,
          120_000,
        );
        return { ref, token };
      }),
    );

    report.raciCompleteAfterMs = await waitForPeople(
      urls,
      captain.token,
      'prod',
      [captain.ref, owner.ref, onCall.ref],
      60_000,
    );

    // 1. The same board from both replicas, served from the shared cache.
    const agreement = await checkBoardAgreement(urls, captain.token, 30_000);
    report.boardAgreedAfterMs = agreement.agreedAfterMs;
    const keys = await redisKeys(redisUrl, 'rr-replicas:release-readiness:*');
    report.redisKeys = keys.length;
    if (keys.length === 0)
      failures.push('no release-readiness entries in Redis');

    // 3. Writes through both replicas at once.
    const writes = await checkIdempotentWrites({
      urls,
      postgresUrl,
      runId: randomUUID(),
      captain,
      owner,
      onCall,
    });
    failures.push(...writes.failures);
    report.writes = writes.summary;

    // 1. (cont.) One replica at a time ran the global refresh task.
    const refresh = checkRefreshRuns(
      refreshRunsOf(replicas),
      REFRESH_FREQUENCY_MS,
    );
    failures.push(...refresh.failures);
    report.refreshBeforeKill = refresh.summary;

    // 2. Load on both, then kill -9 of the replica that ran the refresh task last, so that the
    // survivor has to take the global task over.
    const lastRunner = refreshRunsOf(replicas).at(-1)?.replica;
    const victim = replicas.find(r => r.name === lastRunner) ?? replicas[1];
    const survivor = victim === replicas[0] ? replicas[1] : replicas[0];
    const killed = { at: 0 };
    const samples = await runLoad({
      replicas: replicas.map(r => ({ name: r.name, url: r.url })),
      token: captain.token,
      paths: [
        '/environments',
        '/environments/prod/workloads',
        '/environments/prod/readiness',
      ],
      clients: 20,
      requestsPerClient: 20,
      killAfter: 150,
      kill: async () => {
        await victim.crash();
        killed.at = Date.now();
      },
    });
    const load = summariseLoad(samples, survivor.name, victim.name);
    failures.push(...load.failures);
    report.load = load.summary;

    // 2. (cont.) The survivor takes the global task over once the killed one's lease times out.
    const takeoverUntil =
      killed.at +
      REFRESH_TIMEOUT_MS +
      JANITOR_INTERVAL_MS +
      3 * REFRESH_FREQUENCY_MS;
    let takeover: number | undefined;
    while (takeover === undefined && Date.now() < takeoverUntil) {
      takeover = refreshRunsOf([survivor]).find(
        run => run.start > killed.at,
      )?.start;
      if (takeover === undefined) await new Promise(r => setTimeout(r, 250));
    }
    report.survivorRefreshAfterKillMs =
      takeover === undefined ? null : takeover - killed.at;
    if (takeover === undefined)
      failures.push('the survivor never ran the refresh task after the kill');
    await boardOf(survivor.url, captain.token); // throws naming the route that fails
    ok = failures.length === 0;
  } catch (error) {
    failures.push((error as Error).message);
  } finally {
    await Promise.all(replicas.map(r => r.stop()));
    report.wallMs = Date.now() - wallStart;
    report.failures = failures;
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    if (ok) rmSync(logDir, { recursive: true, force: true });
  }
  return ok ? 0 : 1;
}

main().then(
  code => process.exit(code),
  error => {
    process.stderr.write(`replicas test: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
