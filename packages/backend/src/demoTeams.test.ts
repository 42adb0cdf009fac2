import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import releaseReadinessBackend from '@release-readiness/plugin-release-readiness-backend';
import releaseReadinessModuleHttp from '@release-readiness/plugin-release-readiness-backend-module-http';
import type {
  RaciResponse,
  ReadinessResponse,
  SystemSummary,
  SystemsResponse,
} from '@release-readiness/plugin-release-readiness-common';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { demoPlatformConfig } from './testing/demoPlatformConfig';
import { nextTuesdayEvening } from './testing/nextTuesdayEvening';
import { serveTeamFolders, TeamFolders } from './testing/serveTeamFolders';

/**
 * The demo's three teams that do not run on Kubernetes (examples/teams: Wimmelwelt, SVA Studio,
 * LifeTimeCircle), each from its own policy file and catalog-info.yaml as the teams keep them,
 * read with the URL reader from a copy served on loopback: each team's board answers what its
 * handbook asks (README "The demo"), and a team changes its policy by editing its file.
 * Staging of Wimmelwelt and LifeTimeCircle probes the demo app endpoint (:7011) live, so only
 * their production is judged here.
 */

jest.setTimeout(90_000);

const TEAMS = ['wimmelwelt', 'sva-studio', 'lifetimecircle'];
const JANA = 'user:default/jana.petersen'; // Wimmelwelt's release captain
const JAN = 'user:default/jan.schroeder'; // SVA Studio's operations review team
const BEN = 'user:default/ben.albrecht'; // a LifeTimeCircle developer

describe('the demo teams from their own files', () => {
  let folders: TeamFolders;
  let server: Parameters<typeof request>[0];
  const at = nextTuesdayEvening();

  beforeAll(async () => {
    folders = await serveTeamFolders(
      resolve(__dirname, '../../../examples/teams'),
    );
    ({ server } = await startTestBackend({
      features: [
        releaseReadinessBackend,
        releaseReadinessModuleHttp,
        schedulerServiceFactory,
        mockServices.rootConfig.factory({
          data: {
            backend: {
              reading: { allow: [{ host: new URL(folders.url).host }] },
            },
            releaseReadiness: demoPlatformConfig,
          },
        }),
        catalogServiceMock.factory({ entities: folders.entities(TEAMS) }),
      ],
    }));
    await until<SystemsResponse>(
      '/systems',
      b => b.items?.length === TEAMS.length,
    );
  });
  afterAll(() => folders.close());

  const get = (path: string, who = JANA) =>
    request(server)
      .get(`/api/release-readiness${path}`)
      .set('Authorization', mockCredentials.user.header(who));

  /** Waits until `check` holds for the answer of `path` (files are read on a schedule). */
  async function until<T>(path: string, check: (body: T) => boolean) {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const res = await get(path);
      if (check(res.body) || Date.now() > deadline) {
        return res;
      }
      await new Promise(r => setTimeout(r, 100));
    }
  }

  const readiness = async (system: string, environment: string) => {
    const res = await get(
      `/systems/${system}/environments/${environment}/readiness?at=${at}`,
    );
    expect(res.status).toBe(200);
    const body: ReadinessResponse = res.body;
    const statuses = Object.fromEntries(body.items.map(i => [i.id, i.status]));
    return { verdict: body.verdict, statuses, items: body.items };
  };

  const setGate = (who: string, path: string, checks: string[], ref: string) =>
    Promise.all(
      checks.map(check =>
        request(server)
          .post(`/api/release-readiness${path}/checks/${check}`)
          .set('Authorization', mockCredentials.user.header(who))
          .send({
            state: 'passed',
            reason: 'done as the handbook says',
            requestId: `demo-${who.slice(13)}-${check}`,
            ref,
          }),
      ),
    );

  it('lists each team with its own policy file, owner group and environments', async () => {
    const body: SystemsResponse = (await get('/systems')).body;
    expect(
      body.items.map(s => [
        s.name,
        s.owner,
        s.policy.origin,
        s.policy.status,
        s.policy.location,
        s.environments.map(e => e.name),
      ]),
    ).toEqual(
      ['lifetimecircle', 'sva-studio', 'wimmelwelt'].map(team => [
        team,
        `group:default/${team}`,
        'file',
        'ok',
        `${folders.url}/${team}/release-readiness.yaml`,
        ['staging', 'production'],
      ]),
    );
  });

  it('Wimmelwelt production: blocked until its release captain sets preflight and staging gate, then unknown', async () => {
    const base = '/systems/wimmelwelt/environments/production/gates';
    const before = await readiness('wimmelwelt', 'production');
    expect(before.verdict).toBe('blocked');
    expect(before.statuses).toMatchObject({
      preflight: 'fail',
      staging: 'fail',
      window: 'pass',
    });
    // Another team's people may not set Wimmelwelt's gates.
    const [refused] = await setGate(
      JAN,
      `${base}/preflight`,
      ['changelog'],
      'v3.2.0',
    );
    expect(refused.status).toBe(403);

    const preflight = [
      'changelog',
      'ci-green',
      'migration-plan',
      'secrets-checked',
      'comms-plan',
    ];
    const staging = [
      'smoke-tests',
      'health-200',
      'readiness-200',
      'observability',
    ];
    for (const res of [
      ...(await setGate(JANA, `${base}/preflight`, preflight, 'v3.2.0')),
      ...(await setGate(JANA, `${base}/staging`, staging, 'v3.2.0')),
    ]) {
      expect(res.status).toBe(201);
    }
    const after = await readiness('wimmelwelt', 'production');
    expect(after.statuses).toMatchObject({
      preflight: 'pass',
      staging: 'pass',
    });
    // Never ready without incident, backup and restore-test data.
    expect(after.verdict).toBe('unknown');
    expect(after.statuses).toMatchObject({
      'no-p1-p2': 'unknown',
      backup: 'unknown',
      'restore-test': 'unknown',
    });
  });

  it('SVA Studio: the five stoppers block production and only warn in staging; the warnings never block', async () => {
    const staging = await readiness('sva-studio', 'staging');
    expect(staging.verdict).toBe('ready');
    expect(staging.statuses).toMatchObject({
      stoppers: 'warn',
      warnings: 'warn',
    });

    const before = await readiness('sva-studio', 'production');
    expect(before.verdict).toBe('blocked');
    expect(before.statuses).toMatchObject({
      stoppers: 'fail',
      warnings: 'warn',
    });
    expect(before.items.find(i => i.id === 'stoppers')!.reason).toBe(
      '0/5 required checks passed; pending: alerting, backup-strategy, resource-limits, dr-runbooks and redis-in-compose; for pr-45',
    );

    const stoppers = [
      'alerting',
      'backup-strategy',
      'resource-limits',
      'dr-runbooks',
      'redis-in-compose',
    ];
    for (const res of await setGate(
      JAN,
      '/systems/sva-studio/environments/production/gates/stoppers',
      stoppers,
      'pr-45',
    )) {
      expect(res.status).toBe(201);
    }
    const after = await readiness('sva-studio', 'production');
    expect(after.statuses).toMatchObject({
      stoppers: 'pass',
      warnings: 'warn',
    });
    expect(after.verdict).toBe('ready');
  });

  it('LifeTimeCircle: contacts TBD are RACI findings, never people; developers may set the final gate, nobody the secrets', async () => {
    const production = await readiness('lifetimecircle', 'production');
    expect(production.verdict).toBe('blocked');
    expect(production.statuses).toMatchObject({
      'final-gate': 'fail',
      'prod-secrets': 'fail',
      'smoke-tests': 'fail',
      'on-call': 'unknown',
    });

    const raci: RaciResponse = (
      await get('/systems/lifetimecircle/environments/production/raci')
    ).body;
    expect(
      raci.findings
        .filter(f => f.code === 'ROLE_UNRESOLVED')
        .map(f => f.role)
        .sort(),
    ).toEqual([
      'backend-lead',
      'devops-lead',
      'executive-escalation',
      'frontend-lead',
      'on-call',
      'project-manager',
      'release-manager',
      'security-lead',
    ]);
    const signOff = raci.activities.find(a => a.activity === 'go-no-go');
    expect([signOff?.responsible, signOff?.accountable]).toEqual([[], []]);

    const eligibility = (gate: string) =>
      get(
        `/systems/lifetimecircle/environments/production/gates/${gate}/eligibility`,
        BEN,
      );
    expect((await eligibility('final-gate')).body.allowed).toBe(true);
    for (const gate of ['prod-secrets', 'smoke-tests']) {
      expect((await eligibility(gate)).body.allowed).toBe(false);
    }
  });

  it('follows a team that edits its own file', async () => {
    const file = join(folders.dir, 'wimmelwelt', 'release-readiness.yaml');
    const text = readFileSync(file, 'utf8');
    const edited = text.replace(
      /^( {4}title: )Production$/m,
      '$1Production (blue/green)',
    );
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);
    const res = await until<SystemSummary>(
      '/systems/wimmelwelt',
      b => b.environments?.[1]?.title === 'Production (blue/green)',
    );
    expect(res.body.environments[1].title).toBe('Production (blue/green)');
    expect(res.body.policy.status).toBe('ok');
  });
});
