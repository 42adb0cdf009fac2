import { CacheManager } from '@backstage/backend-defaults/cache';
import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type {
  GateChecks,
  OpenIncidents,
  ReadinessResponse,
} from '@release-readiness/plugin-release-readiness-common';
import type {
  GateSource,
  IncidentSource,
} from '@release-readiness/plugin-release-readiness-node';
import express from 'express';
import request from 'supertest';
import { Collector } from '../collector/Collector';
import { createRouter } from '../router';
import { EnvironmentRegistry } from '../environments/EnvironmentRegistry';
import { SourceRegistry } from '../sources/SourceRegistry';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { raciOf } from '../__testUtils__/raciOf';
import { recordingPermissionsRegistry } from '../__testUtils__/recordingPermissionsRegistry';
import { createReadiness } from './createReadiness';

jest.setTimeout(60_000);

const databases = TestDatabases.create({
  ids: testDatabaseIds(),
  disableDocker: true,
});

const NOW = Date.parse('2026-03-24T19:30:00Z'); // Tue 20:30 CET, in the release window

const releaseReadiness = {
  calendar: {
    windows: {
      'weekend-freeze': {
        title: 'Weekend change freeze',
        kind: 'freeze',
        recurrence:
          'DTSTART;TZID=UTC:20240105T160000\nRRULE:FREQ=WEEKLY;BYDAY=FR',
        duration: 'P2DT16H',
        exemptChangeTypes: ['hotfix-p0', 'hotfix-p1'],
      },
      'peak-hours': {
        title: 'Peak traffic: no prod deploys',
        kind: 'freeze',
        recurrence:
          'DTSTART;TZID=Europe/Berlin:20240101T080000\nRRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
        duration: 'PT10H',
        exemptChangeTypes: ['hotfix-p0', 'hotfix-p1'],
        environments: ['prod'],
      },
      'standard-release': {
        title: 'Standard release window',
        kind: 'release',
        recurrence:
          'DTSTART;TZID=Europe/Berlin:20240102T200000\nRRULE:FREQ=WEEKLY;BYDAY=TU,TH',
        duration: 'PT2H',
        environments: ['prod'],
      },
    },
  },
  environments: {
    dev: {
      title: 'Development',
      order: 1,
      gates: {
        source: 'config',
        config: { ref: 'main', checks: { lint: 'passed', build: 'failed' } },
      },
      readiness: {
        gates: { main: { title: 'Main gate', checks: ['lint', 'build'] } },
      },
    },
    qa: { title: 'QA', order: 2 },
    prod: {
      title: 'Production',
      order: 3,
      gates: { source: 'fake-ci', token: 'canary-secret-do-not-leak' },
      incidents: { source: 'fake-incidents' },
      readiness: {
        gates: {
          release: {
            title: 'Release gate',
            checks: ['lint', 'unit-tests', 'trivy-scan'],
          },
          staging: {
            title: 'Staging gate',
            source: 'manual',
            checks: ['smoke-tests', 'health-200'],
          },
        },
        preconditions: {
          incidents: { type: 'incident-free', severities: ['P0', 'P1', 'P2'] },
          'on-call': { type: 'oncall-reachable' },
          window: {
            type: 'change-window',
            requireReleaseWindow: true,
            releaseWindowExemptChangeTypes: ['hotfix-p0', 'hotfix-p1'],
            outsideWindowApproval: 'Product Owner + On-Call consent',
          },
        },
      },
    },
  },
};

const passing: GateChecks = {
  ref: { name: 'v1.8.0', sha: '4f2a9c1e' },
  checks: ['lint', 'unit-tests', 'trivy-scan'].map(name => ({
    name,
    state: 'passed' as const,
    url: `https://github.com/servanda/servanda/runs/${name}`,
  })),
};

describe.each(databases.eachSupportedId())('readiness routes on %s', id => {
  let ciCalls: { ref?: string }[];
  let ciAnswer: (ref?: string, signal?: AbortSignal) => Promise<GateChecks>;
  let incidents: OpenIncidents;
  let incidentCalls: number;
  let denyGateSet: boolean;
  let raciStatus: 'ok' | 'stale' | 'unavailable';
  let user: string;
  let auditor: ReturnType<typeof mockServices.auditor.mock>;
  let auditEvents: { success: jest.Mock; fail: jest.Mock }[];

  async function app() {
    const config = new ConfigReader({ releaseReadiness });
    const environments = EnvironmentRegistry.fromConfig(config);
    const cache = CacheManager.fromConfig(
      new ConfigReader({ backend: { cache: { store: 'memory' } } }),
    ).forPlugin('release-readiness');
    const collector = Collector.create({
      cache,
      logger: mockServices.logger.mock(),
      options: {
        timeoutMs: 300,
        cacheTtlMs: 60_000,
        maxStaleMs: 600_000,
        concurrency: 5,
      },
      now: () => NOW,
    });
    const gateSources = new SourceRegistry<GateSource>('gates');
    gateSources.add({
      type: 'fake-ci',
      create: () => ({
        key: 'fake-ci:servanda',
        name: 'github:servanda/servanda',
        defaultRef: 'v1.8.0',
        getChecks: ({ ref }, { signal }) => {
          ciCalls.push({ ref });
          return ciAnswer(ref, signal);
        },
      }),
    });
    const incidentSources = new SourceRegistry<IncidentSource>('incidents');
    incidentSources.add({
      type: 'fake-incidents',
      create: () => ({
        key: 'fake-incidents:prod',
        name: 'pagerduty',
        listOpenIncidents: async () => {
          incidentCalls++;
          return incidents;
        },
      }),
    });
    const decide = (name: string) =>
      ({
        result:
          denyGateSet && name === 'release-readiness.gate.set'
            ? AuthorizeResult.DENY
            : AuthorizeResult.ALLOW,
      } as const);
    const permissions = mockServices.permissions.mock({
      authorize: async requests => requests.map(r => decide(r.permission.name)),
      authorizeConditional: async requests =>
        requests.map(r => decide(r.permission.name)),
    });
    const httpAuth = mockServices.httpAuth({
      defaultCredentials: mockCredentials.user(user),
    });
    const knex = await databases.init(id);
    const { router } = await createReadiness({
      config,
      environments,
      collector,
      database: mockServices.database({ knex, migrations: { skip: false } }),
      gateSources,
      incidentSources,
      onCall: async (_env, range) => ({
        range,
        known: true,
        primary: [{ displayName: 'Anna Weber' }],
        backup: [{ displayName: 'Xaver Maier' }],
        gaps: [],
        source: {
          name: 'oncall:config',
          status: 'ok',
          fetchedAt: new Date(NOW).toISOString(),
        },
      }),
      raci: async environment =>
        raciOf(
          environment,
          {
            responsible: ['user:default/lena.kraus'],
            accountable: ['user:default/jonas.weber'],
          },
          raciStatus,
        ),
      permissions,
      permissionsRegistry: recordingPermissionsRegistry(),
      httpAuth,
      auditor,
      logger: mockServices.logger.mock(),
      now: () => NOW,
    });
    return express()
      .use(await createRouter({ httpAuth, permissions, routes: [router] }))
      .use(mockErrorHandler());
  }

  beforeEach(() => {
    ciCalls = [];
    ciAnswer = async () => passing;
    incidents = { incidents: [] };
    incidentCalls = 0;
    denyGateSet = false;
    raciStatus = 'ok';
    user = 'user:default/lena.kraus';
    auditEvents = [];
    auditor = mockServices.auditor.mock({
      createEvent: jest.fn(async () => {
        const event = { success: jest.fn(), fail: jest.fn() };
        auditEvents.push(event);
        return event;
      }),
    });
  });

  async function setManual(
    server: express.Express,
    check: string,
    body: object,
  ) {
    return request(server)
      .post(`/environments/prod/gates/staging/checks/${check}`)
      .send(body);
  }

  it('answers the verdict with every item, its source and the next window', async () => {
    const server = await app();
    const res = await request(server).get('/environments/prod/readiness');
    expect(res.status).toBe(200);
    const body: ReadinessResponse = res.body;
    expect(body).toMatchObject({
      environment: 'prod',
      verdict: 'blocked', // the manual staging gate is not set yet
      at: '2026-03-24T19:30:00.000Z',
      changeType: 'standard',
      risk: 'normal',
      nextWindow: { openNow: true, end: '2026-03-24T21:00:00.000Z' },
    });
    expect(body.items.map(i => [i.id, i.kind, i.status])).toEqual([
      ['release', 'gate', 'pass'],
      ['staging', 'gate', 'fail'],
      ['incidents', 'incident-free', 'pass'],
      ['on-call', 'oncall-reachable', 'pass'],
      ['window', 'change-window', 'pass'],
    ]);
    expect(body.items[0].source).toMatchObject({
      name: 'github:servanda/servanda',
      status: 'ok',
      fetchedAt: '2026-03-24T19:30:00.000Z',
    });
    expect(body.items[0].evidence[0]).toMatchObject({
      label: 'lint',
      status: 'pass',
      url: 'https://github.com/servanda/servanda/runs/lint',
    });
    expect(body.reasons.map(r => r.itemId)).toEqual(['staging']);
    expect(JSON.stringify(body)).not.toContain('canary-secret-do-not-leak');
  });

  it('answers "will we be allowed?" for a later time, with when the next window opens', async () => {
    const server = await app();
    const res = await request(server)
      .get('/environments/prod/readiness')
      .query({ at: '2026-03-27T19:00:00+01:00' }); // Friday evening: weekend freeze
    expect(res.status).toBe(200);
    const window = res.body.items.find((i: any) => i.id === 'window');
    expect(window.status).toBe('fail');
    expect(window.reason).toMatch(
      /Weekend change freeze until Mon 30 Mar 08:00 UTC.*next allowed from Tue 31 Mar 20:00 CEST/,
    );
    expect(res.body.nextWindow).toMatchObject({
      openNow: false,
      start: '2026-03-31T18:00:00.000Z',
    });
  });

  it('lets a P1 hotfix through the freeze', async () => {
    const server = await app();
    const res = await request(server)
      .get('/environments/prod/readiness')
      .query({ at: '2026-03-28T12:00:00Z', changeType: 'hotfix-p1' });
    expect(res.status).toBe(200);
    expect(res.body.items.find((i: any) => i.id === 'window').status).toBe(
      'warn',
    );
  });

  it.each([
    [
      { at: 'next tuesday' },
      "Invalid query parameter 'at': expected an ISO 8601 time",
    ],
    [
      { at: '2026-03-24T20:00:00' },
      "Invalid query parameter 'at': expected an ISO 8601 time with Z or an offset",
    ],
    [
      { at: '2031-03-24T20:00:00Z' },
      "Invalid query parameter 'at': must be within a year of now",
    ],
    [
      { changeType: 'hotfix-p7' },
      "Invalid query parameter 'changeType': 'hotfix-p7' is not a change type of prod (known: standard, hotfix-p0, hotfix-p1)",
    ],
    [{ risk: 'extreme' }, "Invalid query parameter 'risk'"],
    [
      { ref: 'v1;rm -rf' },
      "Invalid query parameter 'ref': expected a branch, tag or commit",
    ],
  ])('answers 400 naming the field for %j', async (query, message) => {
    const server = await app();
    const res = await request(server)
      .get('/environments/prod/readiness')
      .query(query);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(message);
  });

  it('answers 404 naming the configured environments for an unknown one', async () => {
    const server = await app();
    const res = await request(server).get('/environments/staging/readiness');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain(
      'configured environments: dev, qa, prod',
    );
  });

  it('checks a release candidate named in the request', async () => {
    ciAnswer = async ref => ({
      ref: { name: ref },
      checks: [{ name: 'lint', state: 'failed' }],
    });
    const server = await app();
    const res = await request(server)
      .get('/environments/prod/readiness')
      .query({ ref: 'v1.9.0-rc.1' });
    expect(res.status).toBe(200);
    expect(ciCalls).toEqual([{ ref: 'v1.9.0-rc.1' }]);
    const gate = res.body.items.find((i: any) => i.id === 'release');
    expect(gate.gate).toMatchObject({
      passed: 0,
      required: 3,
      ref: { name: 'v1.9.0-rc.1' },
    });
    expect(gate.reason).toBe(
      '0/3 required checks passed; failed: lint; pending: unit-tests and trivy-scan',
    );
  });

  it('turns a CI source that does not answer into an unknown gate, not an error', async () => {
    ciAnswer = (_ref, signal) =>
      new Promise((_resolve, reject) =>
        signal!.addEventListener('abort', () => reject(signal!.reason)),
      );
    const server = await app();
    const res = await request(server).get('/environments/prod/readiness');
    expect(res.status).toBe(200);
    const gate = res.body.items.find((i: any) => i.id === 'release');
    expect(gate.status).toBe('unknown');
    expect(gate.source).toMatchObject({
      status: 'unavailable',
      error: { type: 'TIMEOUT' },
    });
    expect(res.body.verdict).not.toBe('ready');
  });

  it('blocks on an open P1 incident', async () => {
    incidents = {
      incidents: [
        {
          id: 'Q0RIJJZL24RC6W',
          title: 'servanda-api 5xx rate above 2%',
          severity: 'P1',
          status: 'triggered',
          createdAt: '2026-03-24T19:00:00Z',
        },
      ],
    };
    const server = await app();
    const res = await request(server).get('/environments/prod/readiness');
    expect(res.body.items.find((i: any) => i.id === 'incidents')).toMatchObject(
      {
        status: 'fail',
        source: { name: 'pagerduty', status: 'ok' },
      },
    );
    // cached: asking again (also for another moment) does not call PagerDuty again
    await request(server)
      .get('/environments/prod/readiness')
      .query({ at: '2026-03-26T19:30:00Z' });
    expect(incidentCalls).toBe(1);
  });

  it('answers unknown for an environment without a policy, and uses the config gate source', async () => {
    const server = await app();
    const qa = await request(server).get('/environments/qa/readiness');
    expect(qa.status).toBe(200);
    expect(qa.body.verdict).toBe('unknown');
    expect(qa.body.reasons[0].text).toContain(
      'releaseReadiness.environments.qa.readiness',
    );
    const dev = await request(server).get('/environments/dev/readiness');
    expect(dev.body.verdict).toBe('blocked');
    expect(dev.body.items[0]).toMatchObject({
      reason: '1/2 required checks passed; failed: build',
      source: { name: 'config', status: 'ok' },
    });
  });

  it('lists 14 days of freeze and release windows', async () => {
    const server = await app();
    const res = await request(server)
      .get('/environments/prod/calendar')
      .query({ from: '2026-03-23T00:00:00Z' });
    expect(res.status).toBe(200);
    expect(res.body.to).toBe('2026-04-06T00:00:00.000Z');
    expect(res.body.releaseWindowRequired).toBe(true);
    const releases = res.body.occurrences.filter(
      (o: any) => o.kind === 'release',
    );
    expect(releases.map((o: any) => o.start)).toEqual([
      '2026-03-24T19:00:00.000Z',
      '2026-03-26T19:00:00.000Z',
      '2026-03-31T18:00:00.000Z',
      '2026-04-02T18:00:00.000Z',
    ]);
    const bad = await request(server)
      .get('/environments/prod/calendar')
      .query({ days: 90 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("Invalid query parameter 'days'");
  });

  it('sets a manual gate result once per request id, audits it, and the verdict uses it', async () => {
    const server = await app();
    const body = {
      state: 'passed',
      reason: 'Smoke tests green on stage (QA-123)',
      requestId: '0b6f3c1a-6a3e-4c57-9f0e-2c1d5e7a8b90',
    };
    const first = await setManual(server, 'smoke-tests', body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      environment: 'prod',
      gate: 'staging',
      check: 'smoke-tests',
      state: 'passed',
      actor: 'user:default/lena.kraus',
    });
    const retry = await setManual(server, 'smoke-tests', body);
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(first.body.id);
    const conflict = await setManual(server, 'smoke-tests', {
      ...body,
      state: 'failed',
    });
    expect(conflict.status).toBe(409);

    await setManual(server, 'health-200', {
      state: 'passed',
      reason: '/health and /readiness answer 200',
      requestId: '0b6f3c1a-6a3e-4c57-9f0e-2c1d5e7a8b91',
    });
    const history = await request(server).get(
      '/environments/prod/gates/staging/checks',
    );
    expect(history.body.items.map((r: any) => r.check)).toEqual([
      'health-200',
      'smoke-tests',
    ]);

    const readiness = await request(server).get('/environments/prod/readiness');
    const staging = readiness.body.items.find((i: any) => i.id === 'staging');
    expect(staging.status).toBe('pass');
    expect(staging.evidence[0]).toMatchObject({
      value: 'passed',
      detail: 'Smoke tests green on stage (QA-123) (user:default/lena.kraus)',
    });
    expect(readiness.body.verdict).toBe('ready');

    expect(auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        eventId: 'manual-gate-set',
        meta: {
          system: 'default',
          environment: 'prod',
          gate: 'staging',
          check: 'smoke-tests',
        },
      }),
    );
    expect(
      auditEvents.map(e => [
        e.success.mock.calls.length,
        e.fail.mock.calls.length,
      ]),
    ).toEqual([
      [1, 0],
      [1, 0],
      [0, 1],
      [1, 0],
    ]);
    expect(auditEvents[1].success).toHaveBeenCalledWith({
      meta: expect.objectContaining({ created: false }),
    });
  });

  it.each([
    [
      { state: 'passed', requestId: 'req-00000001' },
      400,
      "Invalid body field 'reason'",
    ],
    [
      { state: 'green', reason: 'ok then', requestId: 'req-00000001' },
      400,
      "Invalid body field 'state'",
    ],
    [
      { state: 'passed', reason: 'ok then' },
      400,
      "Invalid body field 'requestId'",
    ],
  ])('refuses a bad body %j', async (body, status, message) => {
    const server = await app();
    const res = await setManual(server, 'smoke-tests', body);
    expect(res.status).toBe(status);
    expect(res.body.error.message).toContain(message);
  });

  it('refuses unknown gates and checks, and CI gates', async () => {
    const server = await app();
    const body = {
      state: 'passed',
      reason: 'looks fine',
      requestId: 'req-00000002',
    };
    const check = await setManual(server, 'coverage', body);
    expect(check.status).toBe(400);
    expect(check.body.error.message).toContain(
      "'coverage' is not a check of gate 'staging' (checks: smoke-tests, health-200)",
    );
    const ci = await request(server)
      .post('/environments/prod/gates/release/checks/lint')
      .send(body);
    expect(ci.status).toBe(404);
    expect(ci.body.error.message).toContain(
      "'release' is not a manual gate of prod; manual gates: staging",
    );
  });

  it('answers 403, writes nothing and audits the failure without the permission', async () => {
    denyGateSet = true;
    const server = await app();
    const res = await setManual(server, 'smoke-tests', {
      state: 'passed',
      reason: 'trust me',
      requestId: 'req-00000003',
    });
    expect(res.status).toBe(403);
    expect(auditEvents[0].fail).toHaveBeenCalled();
    denyGateSet = false;
    const history = await request(server).get(
      '/environments/prod/gates/staging/checks',
    );
    expect(history.body.items).toEqual([]);
  });

  it('binds a manual result to the release it was set for', async () => {
    const server = await app();
    const set = async (check: string, ref?: string) =>
      setManual(server, check, {
        state: 'passed',
        reason: 'green on staging',
        requestId: `bind-${check}-${ref ?? 'default'}`,
        ...(ref && { ref }),
      });
    // Without a ref the result is for the release prod is judged for now (the source's ref).
    const first = await set('smoke-tests');
    expect(first.status).toBe(201);
    expect(first.body.ref).toBe('v1.8.0');
    await set('health-200');
    const now = await request(server).get('/environments/prod/readiness');
    expect(now.body.items.find((i: any) => i.id === 'staging').status).toBe(
      'pass',
    );
    // The next release candidate starts with an empty staging gate.
    const next = await request(server)
      .get('/environments/prod/readiness')
      .query({ ref: 'v1.9.0' });
    const staging = next.body.items.find((i: any) => i.id === 'staging');
    expect(staging.status).toBe('fail');
    expect(staging.evidence[0].detail).toBe('not set for v1.9.0');
    expect(next.body.verdict).not.toBe('ready');

    const forNext = await set('smoke-tests', 'v1.9.0');
    expect(forNext.body.ref).toBe('v1.9.0');
  });

  it.each([
    [
      'user:default/sophie.lang',
      'ok',
      'user:default/sophie.lang is not responsible or accountable',
    ],
    [
      'user:development/guest',
      'ok',
      'user:development/guest is not responsible or accountable',
    ],
    [
      'user:default/lena.kraus',
      'unavailable',
      "The RACI roles of 'prod' cannot be resolved right now",
    ],
  ] as const)(
    'refuses %s (RACI %s) with 403 and the reason, writes nothing and audits the refusal',
    async (who, status, reason) => {
      user = who;
      raciStatus = status;
      const server = await app();
      const res = await setManual(server, 'smoke-tests', {
        state: 'passed',
        reason: 'trust me',
        requestId: 'req-raci-0001',
      });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain(reason);
      expect(auditEvents).toHaveLength(1);
      expect(auditEvents[0].fail).toHaveBeenCalledWith({
        error: expect.objectContaining({ name: 'NotAllowedError' }),
      });
      expect(auditEvents[0].success).not.toHaveBeenCalled();
      const eligibility = await request(server).get(
        '/environments/prod/gates/staging/eligibility',
      );
      expect(eligibility.body).toEqual({
        allowed: false,
        reason: expect.stringContaining(reason),
      });
      user = 'user:default/lena.kraus';
      raciStatus = 'ok';
      const history = await request(await app()).get(
        '/environments/prod/gates/staging/checks',
      );
      expect(history.body.items).toEqual([]);
    },
  );

  it('tells a user in the RACI that they may set the gate', async () => {
    const server = await app();
    const res = await request(server).get(
      '/environments/prod/gates/staging/eligibility',
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      allowed: true,
      reason:
        "user:default/lena.kraus is responsible (via release-captain) for 'Go/no-go decision' in prod",
    });
  });

  it('audits a body that is not JSON and answers 400', async () => {
    const server = await app();
    const res = await request(server)
      .post('/environments/prod/gates/staging/checks/smoke-tests')
      .set('Content-Type', 'application/json')
      .send('{"state": "passed", reason');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(
      'Invalid request body: the body is not valid JSON',
    );
    expect(auditEvents).toHaveLength(1);
    expect(auditEvents[0].fail).toHaveBeenCalled();
  });

  it.each([
    [
      '/environments/prod/readiness',
      { verdict: 'ready' },
      "Invalid query parameter 'verdict': unknown parameter",
    ],
    [
      '/environments/prod/calendar',
      { from: '2026-03-23T00:00:00Z', dayz: 3 },
      "Invalid query parameter 'dayz': unknown parameter",
    ],
    [
      '/environments/prod/gates/staging/checks',
      { limit: 5, offset: 10 },
      "Invalid query parameter 'offset': unknown parameter",
    ],
    [
      '/environments/prod/readiness',
      { ref: `v${'1'.repeat(200)}` },
      "Invalid query parameter 'ref': at most 200 characters",
    ],
  ])(
    'answers 400 naming an unknown or bad parameter of %s',
    async (path, query, message) => {
      const server = await app();
      const res = await request(server).get(path).query(query);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(message);
    },
  );

  it('refuses unknown body fields and a bad ref in a body', async () => {
    const server = await app();
    const extra = await setManual(server, 'smoke-tests', {
      state: 'passed',
      reason: 'fine',
      requestId: 'req-extra-0001',
      actor: 'user:default/jonas.weber',
    });
    expect(extra.status).toBe(400);
    expect(extra.body.error.message).toBe(
      "Invalid body field 'actor': unknown field",
    );
    const badRef = await setManual(server, 'smoke-tests', {
      state: 'passed',
      reason: 'fine',
      requestId: 'req-extra-0002',
      ref: '../../etc',
    });
    expect(badRef.status).toBe(400);
    expect(badRef.body.error.message).toContain("Invalid body field 'ref'");
  });
});
