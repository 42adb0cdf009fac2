import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { TestDatabases } from '@backstage/backend-test-utils';
import request from 'supertest';
import { testDatabaseIds } from '../__testUtils__/testDatabaseIds';
import { JONAS, LENA } from './__testUtils__/decisionPeople';
import { startDecisionsBackend } from './__testUtils__/startDecisionsBackend';

/**
 * The decision check as a CD pipeline calls it: with a Backstage external-access token (static,
 * restricted to this plugin and `release-readiness.decision.check`), through the real auth and
 * HTTP auth services of `@backstage/backend-defaults` and the real permissions service (which
 * answers service principals from their access restrictions).
 *
 * @remarks
 * Mock user tokens only work with the mock auth services, and static tokens only with the real
 * ones; so one backend (mock auth) writes the go decision and a second one (real auth) on the
 * same database answers the pipeline.
 */

jest.setTimeout(120_000);

const PIPELINE_TOKEN = 'pipeline-canary-7f3c9e1a2b4d6f80';
const READER_TOKEN = 'reader-canary-0a1b2c3d4e5f6a7b';
const OTHER_PLUGIN_TOKEN = 'catalog-canary-9e8d7c6b5a4f3e2d';

const externalAccess = [
  {
    type: 'static',
    options: { token: PIPELINE_TOKEN, subject: 'cd-pipeline' },
    accessRestrictions: [
      {
        plugin: 'release-readiness',
        permission: 'release-readiness.decision.check',
      },
    ],
  },
  {
    type: 'static',
    options: { token: READER_TOKEN, subject: 'board-reader' },
    accessRestrictions: [
      {
        plugin: 'release-readiness',
        permission: 'release-readiness.board.read',
      },
    ],
  },
  {
    type: 'static',
    options: { token: OTHER_PLUGIN_TOKEN, subject: 'catalog-sync' },
    accessRestrictions: [{ plugin: 'catalog' }],
  },
];

const databases = TestDatabases.create({
  ids: testDatabaseIds(),
  disableDocker: true,
});

describe.each(databases.eachSupportedId())(
  'the decision check with an external-access token on %s',
  id => {
    async function start() {
      const knex = await databases.init(id);
      // The release captain and the product owner decide go on the portal (mock user auth).
      const portal = await startDecisionsBackend({ knex });
      const res = await portal.api.request(LENA);
      expect(res.status).toBe(201);
      const decisionId: string = res.body.decision.id;
      await portal.api.vote(JONAS, decisionId, 'go');
      const go = await portal.api.vote(LENA, decisionId, 'go');
      expect(go.body.state.status).toBe('go');
      // The pipeline asks a backend with the real auth services, on the same database.
      const backend = await startDecisionsBackend({
        knex,
        config: { backend: { auth: { externalAccess } } },
        features: [authServiceFactory, httpAuthServiceFactory],
      });
      const call = (
        method: 'get' | 'post' | 'put' | 'delete',
        path: string,
        token?: string,
      ) => {
        const pending = request(backend.server)[method](
          `/api/release-readiness${path}`,
        );
        return token
          ? pending.set('Authorization', `Bearer ${token}`)
          : pending;
      };
      return { backend, portal, decisionId, call };
    }

    it('answers the pipeline on both check routes, and refuses it everywhere else', async () => {
      const { portal, decisionId, call } = await start();
      for (const path of [
        '/decisions/check?environment=prod&version=1.4.2',
        '/decisions/check?env=prod&version=1.4.2',
        '/systems/default/decisions/check?environment=prod&version=1.4.2',
      ]) {
        const res = await call('get', path, PIPELINE_TOKEN);
        expect({ path, status: res.status }).toEqual({ path, status: 200 });
        expect(res.body).toMatchObject({ go: true, decisionId });
      }
      const other = await call(
        'get',
        '/decisions/check?environment=prod&version=1.4.3',
        PIPELINE_TOKEN,
      );
      expect(other.status).toBe(200);
      expect(other.body.go).toBe(false);

      for (const [method, path] of [
        ['get', '/decisions'],
        ['get', `/decisions/${decisionId}`],
        ['get', `/decisions/${decisionId}/export`],
        ['get', '/environments'],
        ['get', '/environments/prod/readiness'],
        ['post', '/decisions'],
        ['post', `/decisions/${decisionId}/votes`],
        ['post', `/decisions/${decisionId}/waivers`],
      ] as const) {
        const res = await call(method, path, PIPELINE_TOKEN).send({
          vote: 'go',
          reason: 'The pipeline approves itself',
          requestId: 'pipeline-0001',
        });
        expect([401, 403]).toContain(res.status);
        expect(res.body.decision).toBeUndefined();
        expect(res.body.items).toBeUndefined();
      }
      const after = await portal.api.decision(LENA, decisionId);
      expect(after.body.decision.votes).toHaveLength(2);
      expect(await portal.api.decisions(LENA)).toHaveLength(1);
    });

    it('refuses an unsigned call (401), a token without the check permission and one for another plugin', async () => {
      const { call } = await start();
      const path = '/decisions/check?environment=prod&version=1.4.2';
      expect((await call('get', path)).status).toBe(401);
      expect((await call('get', path, 'not-a-configured-token')).status).toBe(
        401,
      );
      const reader = await call('get', path, READER_TOKEN);
      expect(reader.status).toBe(403);
      expect(reader.body.error.message).toContain(
        'release-readiness.decision.check',
      );
      const otherPlugin = await call('get', path, OTHER_PLUGIN_TOKEN);
      expect(otherPlugin.status).toBe(403);
      expect(otherPlugin.body.go).toBeUndefined();
    });

    it('never answers, audits or logs a token', async () => {
      const { backend, portal, decisionId, call } = await start();
      const texts: string[] = [];
      for (const token of [PIPELINE_TOKEN, READER_TOKEN, OTHER_PLUGIN_TOKEN]) {
        for (const path of [
          '/decisions/check?environment=prod&version=1.4.2',
          '/decisions',
          '/environments',
        ]) {
          texts.push((await call('get', path, token)).text);
        }
        texts.push((await call('post', '/decisions', token).send({})).text);
      }
      const everything = JSON.stringify({
        texts,
        bodies: [...backend.api.bodies, ...portal.api.bodies],
        logs: [...backend.logs, ...portal.logs],
        events: [...backend.events, ...portal.events].map(e => ({
          ...e,
          error: e.error && `${e.error.name}: ${e.error.message}`,
        })),
        notifications: [...backend.notifications, ...portal.notifications],
        signals: [...backend.signals, ...portal.signals],
      });
      // what was captured holds the answers (the pipeline's go among them)
      expect(texts[0]).toContain('"go":true');
      expect(everything).toContain(decisionId);
      for (const token of [PIPELINE_TOKEN, READER_TOKEN, OTHER_PLUGIN_TOKEN]) {
        expect(everything).not.toContain(token);
        expect(everything).not.toContain(token.slice(-12));
      }
    });
  },
);
