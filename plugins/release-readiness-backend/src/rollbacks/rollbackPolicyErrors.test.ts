import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { stringify } from 'yaml';
import { teamSystem } from '../__testUtils__/teamSystem';
import { useTeamFileServer } from '../__testUtils__/useTeamFileServer';
import { releaseReadinessPlugin } from '../plugin';
import { MARA } from './__testUtils__/rollbackPeople';
import { startRollbacksBackend } from './__testUtils__/startRollbacksBackend';

/**
 * A rollback policy that names a strategy no module installed, or an invalid value: in the
 * portal's configuration the backend refuses to start naming the key; in a team's policy file
 * only that system is marked broken, and the backend and the other systems keep serving.
 */

jest.setTimeout(60_000);

const KEY = 'releaseReadiness.environments.prod.rollback';

describe('a rollback policy in the portal configuration', () => {
  it.each([
    [
      'an unknown strategy',
      { strategy: 'argo-rollouts' },
      `Invalid configuration at '${KEY}.strategy': no rollback strategy of type 'argo-rollouts' is installed (installed: kubernetes, test-pipeline)`,
    ],
    [
      "an unknown workload's strategy",
      { workloads: { 'servanda-api': { strategy: 'argo-rollouts' } } },
      `Invalid configuration at '${KEY}.workloads.servanda-api.strategy'`,
    ],
    ['an invalid freeze rule', { freeze: 'sometimes' }, `'${KEY}.freeze'`],
    [
      'a verification longer than an hour',
      { verify: { timeout: 'PT2H' } },
      `'${KEY}.verify.timeout'`,
    ],
  ])(
    'with %s stops the backend, naming the key',
    async (_label, prodRollback, message) => {
      await expect(startRollbacksBackend({ prodRollback })).rejects.toThrow(
        message,
      );
    },
  );
});

describe("a rollback policy in a team's policy file", () => {
  const files = useTeamFileServer();
  const { content } = files;

  it('with an unknown strategy marks only that system broken, naming the key', async () => {
    const team = (strategy?: string) =>
      stringify({
        environments: {
          prod: {
            title: 'Production',
            order: 1,
            ...(strategy && { rollback: { strategy } }),
          },
        },
      });
    content.set('/servanda/release-readiness.yaml', team('argo-rollouts'));
    content.set('/wimmelwelt/release-readiness.yaml', team());
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
              teamFiles: {
                refresh: {
                  frequency: { milliseconds: 300 },
                  timeout: { seconds: 10 },
                },
              },
              systems: {
                platform: {
                  title: 'Platform tools',
                  environments: { prod: { title: 'Production', order: 1 } },
                },
              },
            },
          },
        }),
        catalogServiceMock.factory({
          entities: [
            teamSystem('servanda', files.url),
            teamSystem('wimmelwelt', files.url),
          ],
        }),
      ],
    });
    const get = (path: string) =>
      request(server)
        .get(`/api/release-readiness${path}`)
        .set('Authorization', mockCredentials.user.header(MARA));
    const deadline = Date.now() + 20_000;
    let res = await get('/systems');
    while (
      res.body.items?.length !== 3 ||
      res.body.items.some(
        (s: { policy: { status: string } }) => s.policy.status === 'loading',
      )
    ) {
      if (Date.now() > deadline) {
        break;
      }
      await new Promise(resolve => setTimeout(resolve, 100));
      res = await get('/systems');
    }
    const byName = new Map<
      string,
      { policy: { status: string; error?: string } }
    >(
      res.body.items.map((s: { name: string; policy: { status: string } }) => [
        s.name,
        s,
      ]),
    );
    expect(byName.get('servanda')?.policy.status).toBe('error');
    expect(byName.get('servanda')?.policy.error).toBe(
      `${files.url}/servanda/release-readiness.yaml: Invalid configuration at 'environments.prod.rollback.strategy': no rollback strategy of type 'argo-rollouts' is installed (installed: none)`,
    );
    expect(byName.get('wimmelwelt')?.policy.status).toBe('ok');
    expect(byName.get('platform')?.policy.status).toBe('ok');
    expect((await get('/systems/wimmelwelt/environments')).status).toBe(200);
  });
});
