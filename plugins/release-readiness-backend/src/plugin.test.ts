import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { releaseReadinessPlugin } from './plugin';

const environments = {
  prod: {
    title: 'Production',
    order: 3,
    promotion: 'Release gate + manual approval',
    kubernetes: {
      namespace: 'servanda-prod',
      auth: { token: 'do-not-leak-me' },
    },
  },
  dev: { title: 'Development', order: 1, promotion: 'PR merged, automatic' },
  stage: { title: 'Staging', order: 2 },
};

function startBackend(data: object, extraFeatures: any[] = []) {
  return startTestBackend({
    features: [
      releaseReadinessPlugin,
      mockServices.rootConfig.factory({ data }),
      ...extraFeatures,
    ],
  });
}

describe('releaseReadinessPlugin', () => {
  it('lists the configured environments in promotion order', async () => {
    const { server } = await startBackend({
      releaseReadiness: { environments },
    });

    const res = await request(server).get(
      '/api/release-readiness/environments',
    );

    expect(res.status).toBe(200);
    expect(res.body.items.map((e: { name: string }) => e.name)).toEqual([
      'dev',
      'stage',
      'prod',
    ]);
    expect(res.body.items[0]).toEqual({
      name: 'dev',
      title: 'Development',
      order: 1,
      promotion: 'PR merged, automatic',
    });
    // No workload source module is installed: nothing describes where prod runs.
    expect(res.body.items[2]).toEqual({
      name: 'prod',
      title: 'Production',
      order: 3,
      promotion: 'Release gate + manual approval',
    });
    expect(JSON.stringify(res.body)).not.toContain('do-not-leak-me');
  });

  it('answers no systems when nothing is configured, and says the old routes need a default system', async () => {
    const { server } = await startBackend({});
    const systems = await request(server).get('/api/release-readiness/systems');
    expect(systems.status).toBe(200);
    expect(systems.body).toEqual({ items: [] });
    const res = await request(server).get(
      '/api/release-readiness/environments',
    );
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe(
      'No default system is configured (releaseReadiness.defaultSystem): use /systems/<system>/environments; systems: none',
    );
  });

  it('requires a signed-in user, not a service', async () => {
    const { server } = await startBackend({
      releaseReadiness: { environments },
    });

    const anonymous = await request(server)
      .get('/api/release-readiness/environments')
      .set('Authorization', mockCredentials.none.header());
    expect(anonymous.status).toBe(401);

    const service = await request(server)
      .get('/api/release-readiness/environments')
      .set('Authorization', mockCredentials.service.header());
    // A service principal is authenticated but is not a user: Backstage answers 403.
    expect(service.status).toBe(403);
  });

  it('keeps /health public', async () => {
    const { server } = await startBackend({});
    const res = await request(server)
      .get('/api/release-readiness/health')
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('answers 403 when the permission policy denies reading the board', async () => {
    const { server } = await startBackend(
      { releaseReadiness: { environments } },
      [mockServices.permissions.factory({ result: AuthorizeResult.DENY })],
    );
    const res = await request(server).get(
      '/api/release-readiness/environments',
    );
    expect(res.status).toBe(403);
  });

  it('answers one environment, and 404 naming the known ones for an unknown name', async () => {
    const { server } = await startBackend({
      releaseReadiness: { environments },
    });

    const res = await request(server).get(
      '/api/release-readiness/environments/stage',
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ name: 'stage', title: 'Staging', order: 2 });

    const missing = await request(server).get(
      '/api/release-readiness/environments/qa',
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe(
      "Unknown environment 'qa'; configured environments: dev, stage, prod",
    );
  });

  it('refuses to start with invalid configuration and names the key', async () => {
    await expect(
      startBackend({
        releaseReadiness: {
          environments: {
            ...environments,
            stage: { title: 'Staging', order: 'second' },
          },
        },
      }),
    ).rejects.toThrow(
      "Invalid configuration at 'releaseReadiness.environments.stage.order'",
    );
  });

  it.each([
    [
      '/environments?limit=5',
      "Invalid query parameter 'limit': unknown parameter",
    ],
    [
      '/environments/prod?expand=all',
      "Invalid query parameter 'expand': unknown parameter",
    ],
    [
      '/environments/prod/workloads?kind=Deployment',
      "Invalid query parameter 'kind': unknown parameter",
    ],
    [
      '/versions?workload=servanda-api&env=prod',
      "Invalid query parameter 'env': unknown parameter",
    ],
    [
      '/environments/prod/raci?activity=go-no-go',
      "Invalid query parameter 'activity': unknown parameter",
    ],
    [
      '/environments/prod/oncall?weeks=2&from=now',
      "Invalid query parameter 'from': unknown parameter",
    ],
    [
      '/environments/prod/oncall?weeks=13',
      "Invalid query parameter 'weeks': expected a whole number from 1 to 12",
    ],
  ])(
    'answers 400 naming an unknown or bad query parameter: %s',
    async (path, message) => {
      const { server } = await startBackend({
        releaseReadiness: { environments },
      });
      const res = await request(server).get(`/api/release-readiness${path}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(message);
    },
  );
});
