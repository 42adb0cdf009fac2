import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import authPlugin from '@backstage/plugin-auth-backend';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { demoSignInModule } from './demoSignInModule';

function user(
  name: string,
  displayName: string | undefined,
  groups: string[],
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { namespace: 'default', name },
    spec: {
      profile: {
        ...(displayName && { displayName }),
        email: `${name}@servanda.example`,
      },
      memberOf: groups,
    },
    relations: groups.map(g => ({
      type: 'memberOf',
      targetRef: `group:default/${g}`,
    })),
  };
}

function group(name: string, displayName?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { namespace: 'default', name },
    spec: {
      type: 'team',
      children: [],
      ...(displayName && { profile: { displayName } }),
    },
  };
}

const entities: Entity[] = [
  user('mara.schulz', 'Mara Schulz', ['servanda-oncall']),
  user('lena.kraus', 'Lena Kraus', ['servanda-release-captains', 'servanda']),
  user('no.profile', undefined, []),
  group('servanda-release-captains', 'Release Captains'),
  group('servanda-oncall'),
  group('servanda', 'Servanda'),
];

const originalNodeEnv = process.env.NODE_ENV;
afterEach(() => {
  process.env.NODE_ENV = originalNodeEnv;
});

async function startBackend(options: {
  nodeEnv: string;
  demo?: object;
  catalog?: ReturnType<typeof catalogServiceMock.mock>;
}) {
  process.env.NODE_ENV = options.nodeEnv;
  const { server } = await startTestBackend({
    features: [
      authPlugin,
      demoSignInModule,
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          auth: {
            providers: { ...(options.demo && { demo: options.demo }) },
          },
        },
      }),
      // Requests without a token are unauthenticated, as a browser before sign-in.
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      options.catalog?.factory ?? catalogServiceMock.factory({ entities }),
    ],
  });
  return server;
}

function decodePayload(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
}

describe('demoSignInModule', () => {
  describe('enabled (NODE_ENV=development)', () => {
    it('signs in as the catalog user in the header, with its groups as ownership', async () => {
      const server = await startBackend({
        nodeEnv: 'development',
        demo: { enabled: true },
      });

      const res = await request(server)
        .get('/api/auth/demo/refresh')
        .set('x-demo-user', 'user:default/Lena.Kraus');

      expect(res.status).toBe(200);
      expect(res.body.profile).toEqual({
        displayName: 'Lena Kraus',
        email: 'lena.kraus@servanda.example',
      });
      expect(res.body.backstageIdentity.identity).toEqual({
        type: 'user',
        userEntityRef: 'user:default/lena.kraus',
        ownershipEntityRefs: [
          'user:default/lena.kraus',
          'group:default/servanda-release-captains',
          'group:default/servanda',
        ],
      });
      expect(decodePayload(res.body.backstageIdentity.token).sub).toBe(
        'user:default/lena.kraus',
      );

      const other = await request(server)
        .get('/api/auth/demo/refresh')
        .set('x-demo-user', 'user:default/mara.schulz');
      expect(other.status).toBe(200);
      expect(other.body.backstageIdentity.identity.ownershipEntityRefs).toEqual(
        ['user:default/mara.schulz', 'group:default/servanda-oncall'],
      );
    });

    it('refuses a user missing from the catalog with 404', async () => {
      const server = await startBackend({ nodeEnv: 'development', demo: {} });

      const res = await request(server)
        .get('/api/auth/demo/refresh')
        .set('x-demo-user', 'user:default/nobody');

      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe('User not found');
      expect(res.body.backstageIdentity).toBeUndefined();
    });

    it('refuses a request without the header with 400 naming it', async () => {
      const server = await startBackend({ nodeEnv: 'development', demo: {} });

      const res = await request(server).get('/api/auth/demo/refresh');

      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain('x-demo-user');
      expect(res.body.backstageIdentity).toBeUndefined();
    });

    it.each([
      ['a group ref', 'group:default/servanda-release-captains'],
      ['a short ref', 'lena.kraus'],
      ['a ref without a namespace', 'user:lena.kraus'],
      ['two refs', 'user:default/lena.kraus,user:default/mara.schulz'],
    ])(
      'refuses %s with 400 naming the header, not repeating it',
      async (_, header) => {
        const server = await startBackend({
          nodeEnv: 'development',
          demo: {},
        });

        const res = await request(server)
          .get('/api/auth/demo/refresh')
          .set('x-demo-user', header);

        expect(res.status).toBe(400);
        expect(res.body.error.message).toContain('x-demo-user');
        expect(res.body.error.message).not.toContain(header);
        expect(res.body.backstageIdentity).toBeUndefined();
      },
    );

    it('lists every catalog user with display name and groups, unauthenticated, nothing else', async () => {
      const server = await startBackend({ nodeEnv: 'development', demo: {} });

      const res = await request(server).get('/api/auth/demo/users');

      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.body).toEqual([
        {
          entityRef: 'user:default/lena.kraus',
          displayName: 'Lena Kraus',
          groups: [
            {
              entityRef: 'group:default/servanda-release-captains',
              displayName: 'Release Captains',
            },
            { entityRef: 'group:default/servanda', displayName: 'Servanda' },
          ],
        },
        {
          entityRef: 'user:default/mara.schulz',
          displayName: 'Mara Schulz',
          groups: [
            {
              entityRef: 'group:default/servanda-oncall',
              displayName: 'servanda-oncall',
            },
          ],
        },
        {
          entityRef: 'user:default/no.profile',
          displayName: 'no.profile',
          groups: [],
        },
      ]);
      expect(JSON.stringify(res.body)).not.toContain('@servanda.example');
    });

    it('answers 503 without the upstream message when the catalog cannot be read', async () => {
      const catalog = catalogServiceMock.mock({
        getEntities: async () => {
          throw new Error('connect ECONNREFUSED 10.1.2.3:7007 secret-detail');
        },
      });
      const server = await startBackend({
        nodeEnv: 'development',
        demo: {},
        catalog,
      });

      const res = await request(server).get('/api/auth/demo/users');

      expect(res.status).toBe(503);
      expect(JSON.stringify(res.body)).not.toContain('secret-detail');
      expect(JSON.stringify(res.body)).not.toContain('ECONNREFUSED');
    });
  });

  it('works outside development with dangerouslyAllowOutsideDevelopment', async () => {
    const server = await startBackend({
      nodeEnv: 'test',
      demo: { dangerouslyAllowOutsideDevelopment: true },
    });

    const signIn = await request(server)
      .get('/api/auth/demo/refresh')
      .set('x-demo-user', 'user:default/lena.kraus');
    expect(signIn.status).toBe(200);
    expect(signIn.body.backstageIdentity.identity.userEntityRef).toBe(
      'user:default/lena.kraus',
    );
    const users = await request(server).get('/api/auth/demo/users');
    expect(users.status).toBe(200);
    expect(users.body).toHaveLength(3);
  });

  describe('disabled', () => {
    it.each([
      ['the block is missing', 'development', undefined, 404],
      ['NODE_ENV is not development', 'test', { enabled: true }, 403],
      ['NODE_ENV is production', 'production', {}, 403],
      [
        'the flag is false outside development',
        'test',
        { dangerouslyAllowOutsideDevelopment: false },
        403,
      ],
      ['enabled is false', 'development', { enabled: false }, 403],
    ])(
      'when %s: sign-in refused, people list 404',
      async (_, nodeEnv, demo, refreshStatus) => {
        const server = await startBackend({ nodeEnv, demo });

        const signIn = await request(server)
          .get('/api/auth/demo/refresh')
          .set('x-demo-user', 'user:default/lena.kraus');
        expect(signIn.status).toBe(refreshStatus);
        expect(signIn.body.backstageIdentity).toBeUndefined();

        const users = await request(server).get('/api/auth/demo/users');
        expect(users.status).toBe(404);
        expect(JSON.stringify(users.body)).not.toContain('Lena');
      },
    );
  });

  it.each([
    [{ enabled: 'yes' }, "'auth.providers.demo.enabled'"],
    [{ users: ['user:default/lena.kraus'] }, "'auth.providers.demo.users'"],
    [
      { dangerouslyAllowOutsideDevelopment: 1 },
      "'auth.providers.demo.dangerouslyAllowOutsideDevelopment'",
    ],
  ])('refuses to start on bad configuration %j', async (demo, key) => {
    await expect(
      startBackend({ nodeEnv: 'development', demo }),
    ).rejects.toThrow(key);
  });
});
