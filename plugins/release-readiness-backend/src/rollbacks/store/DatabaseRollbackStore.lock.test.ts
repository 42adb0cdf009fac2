import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { testDatabaseIds } from '../../__testUtils__/testDatabaseIds';
import type { DatabaseRollbackStore } from './DatabaseRollbackStore';
import {
  createStore,
  requestedRecord,
  secondReplica,
  sleep,
} from './__testUtils__/rollbackFixtures';

jest.setTimeout(120_000);

const databases = TestDatabases.create({
  ids: testDatabaseIds(),
  disableDocker: true,
});

const API = {
  system: 'servanda',
  environment: 'prod',
  kind: 'Deployment',
  name: 'servanda-api',
};

function isPostgres(knex: Knex): boolean {
  return /^(pg|postgres)/.test(String(knex.client.config.client));
}

/** Records when each critical section ran, and how many ran at once. */
class Sections {
  active = 0;
  maxActive = 0;
  readonly spans: { label: string; start: number; end: number }[] = [];

  async run<T>(label: string, body: () => Promise<T>): Promise<T> {
    this.active++;
    this.maxActive = Math.max(this.maxActive, this.active);
    const start = performance.now();
    try {
      return await body();
    } finally {
      this.spans.push({ label, start, end: performance.now() });
      this.active--;
    }
  }

  /** True when no two sections overlapped in time. */
  disjoint(): boolean {
    const sorted = [...this.spans].sort((a, b) => a.start - b.start);
    return sorted.every(
      (span, i) => i === 0 || sorted[i - 1].end <= span.start,
    );
  }
}

/** Resolves when `count` callers have arrived; rejects after `ms` (they never all ran at once). */
function barrier(count: number, ms: number) {
  let arrived = 0;
  let open: () => void = () => undefined;
  const opened = new Promise<void>(resolve => {
    open = resolve;
  });
  return async () => {
    arrived++;
    if (arrived === count) {
      open();
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        opened,
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`only ${arrived} of ${count} ran at once`)),
            ms,
          );
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  };
}

/** A promise with its resolver, for a holder that waits until the test lets it go. */
function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>(r => {
    resolve = r;
  });
  return { promise, resolve };
}

/** The advisory locks PostgreSQL holds now (every session); null on SQLite, which has none. */
async function advisoryLocks(knex: Knex): Promise<number | null> {
  if (!isPostgres(knex)) {
    return null;
  }
  const result = await knex.raw(
    "select count(*)::int as n from pg_locks where locktype = 'advisory' and granted",
  );
  return result.rows[0].n;
}

/** A write while holding the lock, as a rollback does: it needs a connection of the pool. */
async function writeOne(store: DatabaseRollbackStore, label: string) {
  await store.appendRequested({
    record: requestedRecord({ outcome: 'dry-run', dryRun: true }),
    requestId: label,
  });
}

describe.each(databases.eachSupportedId())(
  'DatabaseRollbackStore workload lock on %s',
  id => {
    it('runs 20 concurrent holders of one workload one at a time, in the order they came, each writing', async () => {
      const { knex, store } = await createStore(databases, id);
      const sections = new Sections();
      const locksHeld: (number | null)[] = [];
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          store.withWorkloadLock(API, () =>
            sections.run(`call-${i}`, async () => {
              await sleep(5);
              await writeOne(store, `call-${i}`);
              locksHeld.push(await advisoryLocks(knex));
              await sleep(5);
              return i;
            }),
          ),
        ),
      );
      expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
      expect(sections.maxActive).toBe(1);
      expect(sections.disjoint()).toBe(true);
      expect(
        [...sections.spans].sort((a, b) => a.start - b.start).map(s => s.label),
      ).toEqual(Array.from({ length: 20 }, (_, i) => `call-${i}`));
      expect(await store.list({ system: 'servanda', limit: 50 })).toHaveLength(
        20,
      );
      // On PostgreSQL each holder held the one advisory lock, released at the end.
      const postgres = isPostgres(knex);
      expect(locksHeld).toEqual(Array(20).fill(postgres ? 1 : null));
      expect(await advisoryLocks(knex)).toBe(postgres ? 0 : null);
    });

    it('runs holders of different workloads at the same time', async () => {
      const { store } = await createStore(databases, id);
      const sections = new Sections();
      // Each part of the key makes another workload.
      const workloads = [
        API,
        { ...API, name: 'servanda-worker' },
        { ...API, kind: 'StatefulSet' },
        { ...API, environment: 'stage' },
      ];
      const together = barrier(workloads.length, 10_000);
      await Promise.all(
        workloads.map((workload, i) =>
          store.withWorkloadLock(workload, () =>
            sections.run(`workload-${i}`, async () => {
              await writeOne(store, `workload-${i}`);
              await together();
            }),
          ),
        ),
      );
      expect(sections.maxActive).toBe(workloads.length);
    });

    it('serializes two store instances on one database, as two replicas', async () => {
      const { knex, store } = await createStore(databases, id);
      const replica = await secondReplica(knex);
      try {
        const sections = new Sections();
        await Promise.all(
          Array.from({ length: 10 }, (_, i) => [
            store.withWorkloadLock(API, () =>
              sections.run(`a-${i}`, async () => {
                await writeOne(store, `a-${i}`);
                await sleep(10);
              }),
            ),
            replica.store.withWorkloadLock(API, () =>
              sections.run(`b-${i}`, async () => {
                await writeOne(replica.store, `b-${i}`);
                await sleep(10);
              }),
            ),
          ]).flat(),
        );
        expect(sections.spans).toHaveLength(20);
        expect(sections.maxActive).toBe(1);
        expect(sections.disjoint()).toBe(true);

        // Another workload on the other replica does not wait.
        const together = barrier(2, 10_000);
        await Promise.all([
          store.withWorkloadLock(API, together),
          replica.store.withWorkloadLock(
            { ...API, name: 'servanda-worker' },
            together,
          ),
        ]);
      } finally {
        await replica.close();
      }
    });

    it('releases the lock when the holder throws, for the same and the other replica', async () => {
      const { knex, store } = await createStore(databases, id);
      const replica = await secondReplica(knex);
      try {
        await expect(
          store.withWorkloadLock(API, async () => {
            throw new Error('the strategy failed');
          }),
        ).rejects.toThrow('the strategy failed');
        expect(await store.withWorkloadLock(API, async () => 'again')).toBe(
          'again',
        );
        await expect(
          store.withWorkloadLock(API, async () => {
            await writeOne(store, 'before-throw');
            throw new Error('after a write');
          }),
        ).rejects.toThrow('after a write');
        expect(
          await replica.store.withWorkloadLock(API, async () => 'other', {
            timeoutMs: 2_000,
          }),
        ).toBe('other');
        expect(
          await store.withWorkloadLock(API, async () => 'first', {
            timeoutMs: 2_000,
          }),
        ).toBe('first');
        expect(await advisoryLocks(knex)).toBe(isPostgres(knex) ? 0 : null);
      } finally {
        await replica.close();
      }
    });

    it('lets a waiter give up after its timeout with a ServiceUnavailableError, and not run', async () => {
      const { knex, store } = await createStore(databases, id, {
        lockTimeoutMs: 300,
      });
      const replica = await secondReplica(knex, { lockTimeoutMs: 300 });
      try {
        const hold = deferred();
        const held = deferred();
        const holder = store.withWorkloadLock(API, async () => {
          held.resolve();
          await hold.promise;
          return 'holder';
        });
        await held.promise;
        const ran: string[] = [];
        const gaveUp = {
          name: 'ServiceUnavailableError',
          message:
            'Another rollback of Deployment/servanda-api in servanda/prod is running; gave up waiting for it after 0.3 s, try again later',
        };
        for (const [label, waiter] of [
          ['same instance', store],
          ['other replica', replica.store],
        ] as const) {
          const started = performance.now();
          await expect(
            waiter.withWorkloadLock(API, async () => {
              ran.push(label);
            }),
          ).rejects.toMatchObject(gaveUp);
          const waited = performance.now() - started;
          expect(waited).toBeGreaterThanOrEqual(250);
          expect(waited).toBeLessThan(5_000);
        }
        // A per-call timeout overrides the store's.
        await expect(
          store.withWorkloadLock(API, async () => ran.push('short'), {
            timeoutMs: 100,
          }),
        ).rejects.toMatchObject({
          name: 'ServiceUnavailableError',
          message: expect.stringMatching(/after 0.1 s/),
        });
        const patient = replica.store.withWorkloadLock(
          API,
          async () => 'patient',
          { timeoutMs: 10_000 },
        );
        await sleep(500);
        hold.resolve();
        expect(await holder).toBe('holder');
        expect(await patient).toBe('patient');
        expect(ran).toEqual([]);
        expect(await store.withWorkloadLock(API, async () => 'free')).toBe(
          'free',
        );
      } finally {
        await replica.close();
      }
    });

    it('waits longer than a second by default', async () => {
      const { store } = await createStore(databases, id);
      const hold = deferred();
      const held = deferred();
      const holder = store.withWorkloadLock(API, async () => {
        held.resolve();
        await hold.promise;
      });
      await held.promise;
      const waiter = store.withWorkloadLock(API, async () => 'waited');
      await sleep(1_500);
      hold.resolve();
      await holder;
      expect(await waiter).toBe('waited');
    });
  },
);
