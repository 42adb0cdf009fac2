import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import entities from './__fixtures__/catalog-entities.json';
import { CatalogPeopleResolver } from './CatalogPeopleResolver';

const lena = {
  entityRef: 'user:default/lena.kraus',
  displayName: 'Lena Kraus',
  email: 'lena.kraus@servanda.example',
  picture: 'https://avatars.example/lena.kraus.png',
};
const mara = {
  entityRef: 'user:default/mara.schulz',
  displayName: 'Mara Schulz',
  email: 'mara.schulz@servanda.example',
  picture: 'https://avatars.example/mara.schulz.png',
};
const deniz = {
  entityRef: 'user:default/deniz.yilmaz',
  displayName: 'Deniz Yilmaz',
  email: 'deniz.yilmaz@servanda.example',
};

function resolverWith(items: Entity[] = entities as Entity[]) {
  const catalog = catalogServiceMock({ entities: items });
  const resolver = new CatalogPeopleResolver({
    catalog,
    auth: mockServices.auth(),
  });
  return { catalog, resolver };
}

describe('CatalogPeopleResolver', () => {
  it('resolves a user to itself with display name, e-mail and picture', async () => {
    const { resolver } = resolverWith();
    await expect(
      resolver.resolveMembers(['user:default/lena.kraus']),
    ).resolves.toEqual({
      people: { 'user:default/lena.kraus': [lena] },
      findings: [],
    });
  });

  it('expands a group to its member users, sorted by name', async () => {
    const { resolver } = resolverWith();
    const { people, findings } = await resolver.resolveMembers([
      'group:default/servanda-oncall',
    ]);
    expect(people['group:default/servanda-oncall']).toEqual([deniz, mara]);
    expect(findings).toEqual([]);
  });

  it('follows sub-groups, and reports an empty one', async () => {
    const { resolver } = resolverWith();
    const { people, findings } = await resolver.resolveMembers([
      'group:default/servanda',
      'group:default/servanda-qa',
    ]);
    expect(people['group:default/servanda']).toEqual([deniz, lena, mara]);
    expect(people['group:default/servanda-qa']).toEqual([]);
    expect(findings).toEqual([
      {
        severity: 'warning',
        code: 'GROUP_EMPTY',
        message: 'group:default/servanda-qa has no member users',
        entityRef: 'group:default/servanda-qa',
      },
    ]);
  });

  it('reports refs that are not in the catalog and resolves the rest', async () => {
    const { resolver } = resolverWith();
    const { people, findings } = await resolver.resolveMembers([
      'user:default/nobody',
      'group:default/ghosts',
      'user:default/lena.kraus',
    ]);
    expect(people).toEqual({
      'user:default/nobody': [],
      'group:default/ghosts': [],
      'user:default/lena.kraus': [lena],
    });
    expect(findings.map(f => [f.code, f.entityRef])).toEqual([
      ['ENTITY_NOT_FOUND', 'user:default/nobody'],
      ['ENTITY_NOT_FOUND', 'group:default/ghosts'],
    ]);
  });

  it('skips a member whose user entity is gone, and survives a group cycle', async () => {
    const cyclic: Entity[] = [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { namespace: 'default', name: 'a' },
        spec: { type: 'team', children: ['b'] },
        relations: [
          { type: 'parentOf', targetRef: 'group:default/b' },
          { type: 'hasMember', targetRef: 'user:default/left.company' },
        ],
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { namespace: 'default', name: 'b' },
        spec: { type: 'team', children: ['a'] },
        relations: [
          { type: 'parentOf', targetRef: 'group:default/a' },
          { type: 'hasMember', targetRef: 'user:default/mara.schulz' },
        ],
      },
      ...(entities as Entity[]),
    ];
    const { resolver } = resolverWith(cyclic);
    const { people } = await resolver.resolveMembers(['group:default/a']);
    expect(people['group:default/a']).toEqual([mara]);
  });

  it('reads with the plugin’s own service credentials, in few calls', async () => {
    const { catalog, resolver } = resolverWith();
    const spy = jest.spyOn(catalog, 'getEntitiesByRefs');
    await resolver.resolveMembers([
      'group:default/servanda',
      'user:default/lena.kraus',
    ]);
    // asked refs, then each sub-group level, then the users
    expect(spy.mock.calls.length).toBeLessThanOrEqual(4);
    for (const [, options] of spy.mock.calls) {
      expect((options as { credentials: unknown }).credentials).toEqual(
        expect.objectContaining({
          principal: expect.objectContaining({ type: 'service' }),
        }),
      );
    }
  });

  it('finds users by e-mail, case-insensitively', async () => {
    const { resolver } = resolverWith();
    const found = await resolver.findUsersByEmail([
      'Mara.Schulz@servanda.example',
      'tim.wright@example.com',
    ]);
    expect([...found.entries()]).toEqual([
      ['mara.schulz@servanda.example', mara],
    ]);
  });
});
