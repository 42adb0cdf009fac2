import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type {
  OnCallResponse,
  RaciResponse,
} from '@release-readiness/plugin-release-readiness-common';
import request from 'supertest';
import { releaseReadinessPlugin } from '../plugin';
import entities from './__fixtures__/catalog-entities.json';

const releaseReadiness = {
  environments: {
    dev: {
      title: 'Development',
      order: 1,
      raci: {
        roles: { 'release-captain': { members: ['group:servanda-oncall'] } },
      },
    },
    prod: {
      title: 'Production',
      order: 3,
      onCall: { rotation: 'servanda' },
    },
  },
  raci: {
    roles: {
      'release-captain': {
        title: 'Release Captain',
        members: ['group:servanda-release-captains'],
      },
      'product-owner': {
        title: 'Product Owner',
        members: ['group:servanda-product-owners'],
      },
      'on-call': { title: 'On-Call', members: ['group:servanda-oncall'] },
      qa: { title: 'QA', members: ['group:servanda-qa'] },
    },
    activities: {
      'go-no-go': {
        title: 'Go/no-go decision',
        responsible: ['release-captain'],
        accountable: ['product-owner'],
        consulted: ['on-call', 'qa'],
      },
    },
  },
  onCall: {
    rotations: {
      servanda: {
        handover: {
          weekday: 'monday',
          time: '09:00',
          timeZone: 'Europe/Berlin',
        },
        start: '2026-01-05',
        primaries: ['user:mara.schulz', 'user:deniz.yilmaz'],
        backups: ['user:deniz.yilmaz', null],
      },
    },
  },
};

function start(data: object = { releaseReadiness }) {
  return startTestBackend({
    features: [
      releaseReadinessPlugin,
      mockServices.rootConfig.factory({ data }),
      catalogServiceMock.factory({ entities: entities as Entity[] }),
    ],
  });
}

describe('people routes', () => {
  it('GET /environments/:env/raci answers the matrix with people and findings', async () => {
    const { server } = await start();
    const res = await request(server).get(
      '/api/release-readiness/environments/prod/raci',
    );
    expect(res.status).toBe(200);
    const body: RaciResponse = res.body;
    expect(body.environment).toBe('prod');
    expect(body.source).toMatchObject({ name: 'catalog', status: 'ok' });
    expect(body.activities).toHaveLength(1);
    const [goNoGo] = body.activities;
    expect(goNoGo.activity).toBe('go-no-go');
    expect(goNoGo.responsible).toEqual([
      {
        entityRef: 'user:default/lena.kraus',
        displayName: 'Lena Kraus',
        email: 'lena.kraus@servanda.example',
        picture: 'https://avatars.example/lena.kraus.png',
        roles: ['release-captain'],
      },
    ]);
    expect(goNoGo.accountable.map(p => p.displayName)).toEqual(['Jonas Weber']);
    expect(goNoGo.consulted.map(p => p.displayName)).toEqual([
      'Deniz Yilmaz',
      'Mara Schulz',
    ]);
    expect(goNoGo.informed).toEqual([]);
    expect(body.findings).toEqual([
      {
        severity: 'warning',
        code: 'ROLE_UNRESOLVED',
        message:
          "Role 'QA' resolves to nobody (consulted for Go/no-go decision)",
        role: 'qa',
        activities: ['go-no-go'],
      },
      {
        severity: 'warning',
        code: 'GROUP_EMPTY',
        message: 'group:default/servanda-qa has no member users',
        entityRef: 'group:default/servanda-qa',
      },
    ]);
  });

  it('answers unavailable, not "resolves to nobody", while the catalog has none of the entities', async () => {
    const { server } = await startTestBackend({
      features: [
        releaseReadinessPlugin,
        mockServices.rootConfig.factory({ data: { releaseReadiness } }),
        catalogServiceMock.factory({ entities: [] }),
      ],
    });
    const res = await request(server).get(
      '/api/release-readiness/environments/prod/raci',
    );
    expect(res.status).toBe(200);
    expect(res.body.source).toEqual({
      name: 'catalog',
      status: 'unavailable',
      error: {
        type: 'NOT_FOUND',
        message:
          'None of the 4 configured users and groups is in the catalog (yet)',
      },
    });
    expect(res.body.findings).toEqual([]);
    expect(res.body.activities[0].responsible).toEqual([]);
  });

  it('applies the per-environment role members', async () => {
    const { server } = await start();
    const res = await request(server).get(
      '/api/release-readiness/environments/dev/raci',
    );
    expect(
      res.body.activities[0].responsible.map((p: any) => p.displayName),
    ).toEqual(['Deniz Yilmaz', 'Mara Schulz']);
  });

  it('GET /environments/:env/oncall answers the current people, the weeks and the gaps', async () => {
    const { server } = await start();
    const res = await request(server).get(
      '/api/release-readiness/environments/prod/oncall?weeks=4',
    );
    expect(res.status).toBe(200);
    const body: OnCallResponse = res.body;
    const now = Date.now();
    expect(body.source).toMatchObject({
      name: 'config:rotations/servanda',
      status: 'ok',
    });
    expect(body.weeks).toHaveLength(4);
    expect(Date.parse(body.weeks[0].start)).toBeLessThanOrEqual(now);
    expect(Date.parse(body.weeks[0].end)).toBeGreaterThan(now);
    for (const week of body.weeks) {
      expect(week.primary).toHaveLength(1);
    }
    // backups alternate with nobody: exactly two of four weeks are without backup
    expect(body.weeks.filter(w => w.backup.length === 0)).toHaveLength(2);
    expect(body.gaps.length).toBeGreaterThanOrEqual(1);
    expect(body.gaps.every(g => g.missing.join() === 'backup')).toBe(true);
    expect(body.current?.primary).toHaveLength(1);
    expect(Date.parse(body.current!.until!)).toBe(
      Date.parse(body.weeks[0].end),
    );
  });

  it('defaults to 4 weeks and rejects weeks out of range with 400 naming the parameter', async () => {
    const { server } = await start();
    const base = '/api/release-readiness/environments/prod/oncall';
    expect((await request(server).get(base)).body.weeks).toHaveLength(4);
    expect((await request(server).get(`${base}?weeks=12`)).status).toBe(200);
    for (const bad of ['0', '13', 'abc', '2.5', '-1']) {
      const res = await request(server).get(`${base}?weeks=${bad}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        "Invalid query parameter 'weeks': expected a whole number from 1 to 12",
      );
    }
    expect((await request(server).get(`${base}?weeks=1&weeks=2`)).status).toBe(
      400,
    );
  });

  it('answers NOT_CONFIGURED for an environment without on-call, 404 for an unknown one', async () => {
    const { server } = await start();
    const dev = await request(server).get(
      '/api/release-readiness/environments/dev/oncall',
    );
    expect(dev.status).toBe(200);
    expect(dev.body.source).toMatchObject({
      status: 'unavailable',
      error: { type: 'NOT_CONFIGURED' },
    });
    for (const path of ['raci', 'oncall']) {
      const res = await request(server).get(
        `/api/release-readiness/environments/qa/${path}`,
      );
      expect(res.status).toBe(404);
    }
  });

  it('answers NOT_CONFIGURED for RACI when none is configured', async () => {
    const { server } = await start({
      releaseReadiness: {
        environments: { prod: { title: 'Production', order: 3 } },
      },
    });
    const res = await request(server).get(
      '/api/release-readiness/environments/prod/raci',
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      activities: [],
      source: { status: 'unavailable', error: { type: 'NOT_CONFIGURED' } },
    });
  });

  it('refuses to start with an invalid rotation, naming the key', async () => {
    await expect(
      start({
        releaseReadiness: {
          ...releaseReadiness,
          onCall: {
            rotations: {
              servanda: {
                ...releaseReadiness.onCall.rotations.servanda,
                handover: {
                  weekday: 'monday',
                  time: '09:00',
                  timeZone: 'CET+1',
                },
              },
            },
          },
        },
      }),
    ).rejects.toThrow(
      "Invalid configuration at 'releaseReadiness.onCall.rotations.servanda.handover.timeZone'",
    );
  });

  it('gives environments without an on-call source the default rotation', async () => {
    const { server } = await start({
      releaseReadiness: {
        ...releaseReadiness,
        onCall: { ...releaseReadiness.onCall, defaultRotation: 'servanda' },
      },
    });
    const dev = await request(server).get(
      '/api/release-readiness/environments/dev/oncall?weeks=2',
    );
    expect(dev.body.source).toMatchObject({
      name: 'config:rotations/servanda',
      status: 'ok',
    });
    expect(dev.body.weeks).toHaveLength(2);
    await expect(
      start({
        releaseReadiness: {
          ...releaseReadiness,
          onCall: { ...releaseReadiness.onCall, defaultRotation: 'ops' },
        },
      }),
    ).rejects.toThrow(
      "Invalid configuration at 'releaseReadiness.onCall.defaultRotation': unknown rotation 'ops'; configured rotations: servanda",
    );
  });

  it('refuses to start when an environment names an unknown rotation or source', async () => {
    const withProd = (onCall: object) => ({
      releaseReadiness: {
        ...releaseReadiness,
        environments: { prod: { title: 'Production', order: 3, onCall } },
      },
    });
    await expect(start(withProd({ rotation: 'ops' }))).rejects.toThrow(
      "Invalid configuration at 'releaseReadiness.environments.prod.onCall.rotation': unknown rotation 'ops'; configured rotations: servanda",
    );
    await expect(start(withProd({ source: 'opsgenie' }))).rejects.toThrow(
      "Invalid configuration at 'releaseReadiness.environments.prod.onCall.source': no onCall source of type 'opsgenie' is installed (installed: config)",
    );
  });

  it('needs a signed-in user', async () => {
    const { server } = await start();
    const res = await request(server)
      .get('/api/release-readiness/environments/prod/oncall')
      .set('Authorization', 'Bearer nope');
    expect(res.status).toBe(401);
  });
});
