import type {
  DecisionCheckResponse,
  DecisionResponse,
} from '@release-readiness/plugin-release-readiness-common';
import { JONAS, LENA } from './__testUtils__/decisionPeople';
import { startDecisionsBackend } from './__testUtils__/startDecisionsBackend';

/**
 * `GET /decisions/check` as a user, through the real plugin: a go is bound to its version and
 * ends at its expiry.
 *
 * @remarks
 * The plugin reads the clock through `Date.now` (`createSystemRuntime` takes a `now`, but
 * `plugin.ts` does not pass one), so the expiry test fakes `Date` alone, before the backend
 * starts: timers and I/O run as usual.
 */

jest.setTimeout(60_000);

const DAY = 24 * 60 * 60 * 1000;

/** Fakes only `Date` (from now): every timer, tick and I/O callback stays real. */
function fakeOnlyDate() {
  jest.useFakeTimers({
    now: Date.now(),
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

type Backend = Awaited<ReturnType<typeof startDecisionsBackend>>;

/** A go for prod `version` (Lena requests, Jonas and Lena vote go). */
async function approved(backend: Backend, version: string) {
  const res = await backend.api.request(LENA, { version });
  expect(res.status).toBe(201);
  const { decision }: DecisionResponse = res.body;
  expect((await backend.api.vote(JONAS, decision.id, 'go')).status).toBe(201);
  const go = await backend.api.vote(LENA, decision.id, 'go');
  expect(go.body.state.status).toBe('go');
  return decision;
}

async function check(backend: Backend, query: string) {
  const res = await backend.api.get(JONAS, `/decisions/check?${query}`);
  const body: DecisionCheckResponse = res.body;
  return { status: res.status, body };
}

describe('checking whether a version may go out', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('answers go only for the approved version, with the decision and its expiry', async () => {
    const backend = await startDecisionsBackend();
    const decision = await approved(backend, '1.4.2');

    const yes = await check(backend, 'environment=prod&version=1.4.2');
    expect(yes.status).toBe(200);
    expect(yes.body).toEqual({
      go: true,
      decisionId: decision.id,
      expiresAt: decision.expiresAt,
      reason: expect.stringContaining(
        `Decision ${decision.id} for version 1.4.2 in prod: Go until`,
      ),
    });

    const other = await check(backend, 'environment=prod&version=1.4.3');
    expect(other.status).toBe(200);
    expect(other.body.go).toBe(false);
    expect(other.body.decisionId).toBeUndefined();
    expect(other.body.reason).toBe(
      `No go/no-go decision was requested for version 1.4.3 in prod; a go exists for version 1.4.2 (decision ${decision.id}), but version 1.4.3 needs a decision of its own`,
    );
  });

  it('answers no go for an open decision, with what it waits for', async () => {
    const backend = await startDecisionsBackend();
    const res = await backend.api.request(LENA);
    const { body } = await check(backend, 'environment=prod&version=1.4.2');
    expect(body).toEqual({
      go: false,
      decisionId: res.body.decision.id,
      reason: expect.stringContaining(
        'is not go: Waiting for Release Captain (Lena Kraus) and Product Owner (Jonas Weber)',
      ),
    });
  });

  it('answers no go once the go expired', async () => {
    // Before the backend starts: its services keep the `Date.now` they were built with.
    fakeOnlyDate();
    const backend = await startDecisionsBackend();
    const decision = await approved(backend, '1.4.2');
    jest.setSystemTime(Date.parse(decision.expiresAt) - 60_000);
    expect(
      (await check(backend, 'environment=prod&version=1.4.2')).body.go,
    ).toBe(true);

    jest.setSystemTime(Date.parse(decision.expiresAt) + 1);
    const expired = await check(backend, 'environment=prod&version=1.4.2');
    expect(expired.body.go).toBe(false);
    expect(expired.body.decisionId).toBe(decision.id);
    expect(expired.body.reason).toContain('expired');
    const read = await backend.api.decision(JONAS, decision.id);
    expect(read.body.state.status).toBe('expired');
    // A new request for the same version is possible again.
    jest.setSystemTime(Date.parse(decision.expiresAt) + DAY);
    expect((await backend.api.request(LENA)).status).toBe(201);
  });

  it('takes `env` for `environment`, the system in the path, and refuses bad queries naming the parameter', async () => {
    const backend = await startDecisionsBackend();
    const decision = await approved(backend, '1.4.2');
    for (const path of [
      '/decisions/check?env=prod&version=1.4.2',
      '/decisions/check?system=default&environment=prod&version=1.4.2',
      '/systems/default/decisions/check?environment=prod&version=1.4.2',
    ]) {
      const res = await backend.api.get(JONAS, path);
      expect({ path, status: res.status, go: res.body.go }).toEqual({
        path,
        status: 200,
        go: true,
      });
      expect(res.body.decisionId).toBe(decision.id);
    }
    for (const [query, field] of [
      ['environment=prod', 'version'],
      ['version=1.4.2', 'environment'],
      ['environment=prod&version=1.4.2&force=true', 'force'],
      ['environment=prod&version=1.4.2%20final', 'version'],
    ]) {
      const res = await check(backend, query);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).toContain(
        `Invalid query parameter '${field}'`,
      );
    }
    const unknownEnvironment = await check(
      backend,
      'environment=stage&version=1.4.2',
    );
    expect(unknownEnvironment.status).toBe(404);
    const unknownSystem = await backend.api.get(
      JONAS,
      '/systems/nope/decisions/check?environment=prod&version=1.4.2',
    );
    expect(unknownSystem.status).toBe(404);
  });
});
