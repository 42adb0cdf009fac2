import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { stringify } from 'yaml';
import { teamSystem } from '../__testUtils__/teamSystem';
import { useTeamFileServer } from '../__testUtils__/useTeamFileServer';
import { releaseReadinessPlugin } from '../plugin';

/**
 * Many teams in one portal: systems from the portal's configuration and from team policy files,
 * served by a local file server and read with Backstage's URL reader, as they change, break and
 * are fixed.
 */

jest.setTimeout(60_000);

const LENA = 'user:default/lena.kraus'; // Servanda's release captain
const ANNA = 'user:default/anna.berger'; // Wimmelwelt's release captain

const user = (name: string, group: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { profile: { displayName: name }, memberOf: [group] },
  relations: [{ type: 'memberOf', targetRef: `group:default/${group}` }],
});
const group = (name: string, member: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
  relations: [{ type: 'hasMember', targetRef: member }],
});
const system = (name: string, base: string): Entity =>
  teamSystem(name, base, name === 'servanda' ? 'Servanda' : 'Wimmelwelt');

/** A team's policy: prod with a CI gate (config source) and a manual staging gate. */
const policy = (options: {
  title?: string;
  captains: string;
  extra?: object;
}) => ({
  environments: {
    prod: {
      title: options.title ?? 'Production',
      order: 3,
      gates: {
        source: 'config',
        config: { ref: 'v1.0.0', checks: { lint: 'passed' } },
      },
      readiness: {
        gates: {
          release: { title: 'Release gate', checks: ['lint'] },
          staging: {
            title: 'Staging gate',
            source: 'manual',
            checks: ['smoke-tests'],
          },
        },
      },
      ...options.extra,
    },
  },
  raci: {
    roles: {
      'release-captain': { members: [`group:default/${options.captains}`] },
      'product-owner': { members: [`group:default/${options.captains}`] },
    },
    activities: {
      'go-no-go': {
        title: 'Go/no-go decision',
        responsible: ['release-captain'],
        accountable: ['product-owner'],
      },
    },
  },
});

/** A body without the "as of" times of data read per request. */
function withoutReadTimes(body: unknown): unknown {
  return JSON.parse(
    JSON.stringify(body, (key, value) =>
      key === 'source' && value?.name === 'manual-gates'
        ? { ...value, fetchedAt: undefined }
        : value,
    ),
  );
}

describe('systems from team policy files', () => {
  const files = useTeamFileServer();
  const { content } = files;

  beforeEach(() => {
    content.set(
      '/servanda/release-readiness.yaml',
      stringify(policy({ captains: 'servanda-release-captains' })),
    );
    content.set(
      '/wimmelwelt/release-readiness.yaml',
      stringify(policy({ captains: 'wimmelwelt-release-captains' })),
    );
  });

  async function start(extra: object = {}) {
    const { server } = await startTestBackend({
      features: [
        releaseReadinessPlugin,
        schedulerServiceFactory,
        mockServices.rootConfig.factory({
          data: {
            backend: {
              reading: { allow: [{ host: new URL(files.url).host }] },
            },
            releaseReadiness: {
              defaultSystem: 'servanda',
              teamFiles: {
                refresh: {
                  frequency: { milliseconds: 300 },
                  timeout: { seconds: 10 },
                },
              },
              limits: {
                clusters: { bySystem: { servanda: ['demo-cluster'] } },
              },
              systems: {
                platform: {
                  title: 'Platform tools',
                  environments: { prod: { title: 'Production', order: 1 } },
                },
              },
              ...extra,
            },
          },
        }),
        catalogServiceMock.factory({
          entities: [
            system('servanda', files.url),
            system('wimmelwelt', files.url),
            user('lena.kraus', 'servanda-release-captains'),
            user('anna.berger', 'wimmelwelt-release-captains'),
            group('servanda-release-captains', LENA),
            group('wimmelwelt-release-captains', ANNA),
          ],
        }),
      ],
    });
    return server;
  }

  const get = (server: Parameters<typeof request>[0], path: string) =>
    request(server)
      .get(`/api/release-readiness${path}`)
      .set('Authorization', mockCredentials.user.header(LENA));

  /** Waits until `check` holds for the answer of `path` (files are read on a schedule). */
  async function until(
    server: Parameters<typeof request>[0],
    path: string,
    check: (body: any) => boolean,
  ) {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const res = await get(server, path);
      if (check(res.body) || Date.now() > deadline) {
        return res;
      }
      await new Promise(resolve => setTimeout(resolve, 100));
    }
  }

  it('lists the systems of the configuration and of the teams, each with its environments', async () => {
    const server = await start();
    const res = await until(server, '/systems', b => b.items?.length === 3);
    expect(res.status).toBe(200);
    expect(res.body.defaultSystem).toBe('servanda');
    expect(
      res.body.items.map((s: any) => [
        s.name,
        s.title,
        s.owner,
        s.policy.origin,
        s.policy.status,
        s.environments.map((e: any) => e.name),
      ]),
    ).toEqual([
      ['platform', 'Platform tools', undefined, 'config', 'ok', ['prod']],
      [
        'servanda',
        'Servanda',
        'group:default/servanda-release-captains',
        'file',
        'ok',
        ['prod'],
      ],
      [
        'wimmelwelt',
        'Wimmelwelt',
        'group:default/wimmelwelt-release-captains',
        'file',
        'ok',
        ['prod'],
      ],
    ]);
    expect(res.body.items[1].policy.location).toBe(
      `${files.url}/servanda/release-readiness.yaml`,
    );
  });

  it('answers the routes without a system for the default system, exactly as its system routes', async () => {
    const server = await start();
    await until(server, '/systems/servanda', b => b.policy?.status === 'ok');
    const at = '2026-03-24T19:30:00Z';
    for (const [old, scoped] of [
      ['/environments', '/systems/servanda/environments'],
      ['/environments/prod', '/systems/servanda/environments/prod'],
      [
        `/environments/prod/readiness?at=${at}`,
        `/systems/servanda/environments/prod/readiness?at=${at}`,
      ],
      ['/environments/prod/raci', '/systems/servanda/environments/prod/raci'],
      [
        '/environments/prod/gates/staging/checks',
        '/systems/servanda/environments/prod/gates/staging/checks',
      ],
    ]) {
      const a = await get(server, old);
      const b = await get(server, scoped);
      expect([a.status, old]).toEqual([200, old]);
      // Manual gate results are read per request ("as of" now); everything else is the same.
      expect(withoutReadTimes(a.body)).toEqual(withoutReadTimes(b.body));
    }
    const unknown = await get(server, '/systems/nope/environments');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(
      /^Unknown system 'nope'; systems: /,
    );
  });

  it("lets a system's RACI authorise acts in that system only", async () => {
    const server = await start();
    await until(server, '/systems', b => b.items?.length === 3);
    const set = (who: string, sys: string) =>
      request(server)
        .post(
          `/api/release-readiness/systems/${sys}/environments/prod/gates/staging/checks/smoke-tests`,
        )
        .set('Authorization', mockCredentials.user.header(who))
        .send({
          state: 'passed',
          reason: 'smoke tests green',
          requestId: `req-${who.slice(13)}-${sys}`,
        });
    expect((await set(LENA, 'servanda')).status).toBe(201);
    const cross = await set(LENA, 'wimmelwelt');
    expect(cross.status).toBe(403);
    expect(cross.body.error.message).toBe(
      "user:default/lena.kraus is not responsible or accountable for 'Go/no-go decision' in prod",
    );
    expect((await set(ANNA, 'wimmelwelt')).status).toBe(201);
    expect((await set(ANNA, 'servanda')).status).toBe(403);
    // Each system's records stay its own, though both environments are called prod.
    const servanda = await get(
      server,
      '/systems/servanda/environments/prod/gates/staging/checks',
    );
    expect(servanda.body.items.map((r: any) => [r.system, r.actor])).toEqual([
      ['servanda', LENA],
    ]);
  });

  it('follows a team that changes, breaks and fixes its file, and keeps the other teams unaffected', async () => {
    const server = await start();
    await until(server, '/systems/servanda', b => b.policy?.status === 'ok');

    content.set(
      '/servanda/release-readiness.yaml',
      stringify(
        policy({
          title: 'Production (EU)',
          captains: 'servanda-release-captains',
        }),
      ),
    );
    const changed = await until(
      server,
      '/systems/servanda',
      b => b.environments?.[0]?.title === 'Production (EU)',
    );
    expect(changed.body.environments[0].title).toBe('Production (EU)');

    content.set(
      '/servanda/release-readiness.yaml',
      stringify({
        ...policy({ captains: 'servanda-release-captains' }),
        environments: { prod: { title: 'P', order: 'third' } },
      }),
    );
    const broken = await until(
      server,
      '/systems/servanda',
      b => b.policy?.status === 'error',
    );
    expect(broken.body.policy.error).toBe(
      `${files.url}/servanda/release-readiness.yaml: Invalid configuration at 'environments.prod.order': Invalid input: expected number, received string`,
    );
    // The last good policy keeps serving, marked; the other team is unaffected.
    expect(broken.body.environments[0].title).toBe('Production (EU)');
    expect(
      (await get(server, '/systems/servanda/environments/prod/readiness'))
        .status,
    ).toBe(200);
    const other = await get(server, '/systems/wimmelwelt');
    expect(other.body.policy).toMatchObject({ status: 'ok' });

    content.set(
      '/servanda/release-readiness.yaml',
      'environments:\n  prod: [unclosed\n',
    );
    const notYaml = await until(server, '/systems/servanda', b =>
      /not valid YAML/.test(b.policy?.error ?? ''),
    );
    expect(notYaml.body.policy.error).toMatch(
      new RegExp(
        `^${files.url}/servanda/release-readiness.yaml is not valid YAML \\(line \\d+, column \\d+\\)$`,
      ),
    );

    content.set(
      '/servanda/release-readiness.yaml',
      stringify(
        policy({ title: 'Production', captains: 'servanda-release-captains' }),
      ),
    );
    const fixed = await until(
      server,
      '/systems/servanda',
      b => b.policy?.status === 'ok',
    );
    expect(fixed.body.environments[0].title).toBe('Production');
    expect(fixed.body.policy.error).toBeUndefined();
  });

  it('refuses a team file that names a cluster outside its allow-list, or an unknown key', async () => {
    content.set(
      '/wimmelwelt/release-readiness.yaml',
      stringify(
        policy({
          captains: 'wimmelwelt-release-captains',
          extra: { cluster: 'demo-cluster', namespace: 'wimmelwelt' },
        }),
      ),
    );
    const server = await start();
    const refused = await until(
      server,
      '/systems/wimmelwelt',
      b => b.policy?.status === 'error',
    );
    expect(refused.body.policy.error).toBe(
      `${files.url}/wimmelwelt/release-readiness.yaml: Invalid configuration at 'environments.prod.cluster': system 'wimmelwelt' may not use cluster 'demo-cluster' (allowed: none; releaseReadiness.limits.clusters)`,
    );
    expect(refused.body.environments).toEqual([]);
    const routes = await get(server, '/systems/wimmelwelt/environments');
    expect(routes.status).toBe(404);
    expect(routes.body.error.message).toContain(
      'has no readable release policy',
    );

    content.set(
      '/wimmelwelt/release-readiness.yaml',
      stringify({
        ...policy({ captains: 'wimmelwelt-release-captains' }),
        enviroments: {},
      }),
    );
    const typo = await until(server, '/systems/wimmelwelt', b =>
      /unknown key/.test(b.policy?.error ?? ''),
    );
    expect(typo.body.policy.error).toContain(
      "Invalid configuration at 'enviroments': unknown key; a system's policy has title, environments, raci, onCall, calendar",
    );
  });

  it('refuses to start when a system of the configuration is invalid, naming the key', async () => {
    await expect(
      start({
        systems: {
          platform: { environments: { prod: { title: 'P', order: 'x' } } },
        },
      }),
    ).rejects.toThrow(
      "Invalid configuration at 'releaseReadiness.systems.platform.environments.prod.order'",
    );
  });
});
