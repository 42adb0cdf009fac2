import type { Entity } from '@backstage/catalog-model';
import { mockApis } from '@backstage/frontend-test-utils';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { ownershipRefsOf } from './ownershipRefsOf';

function group(name: string, parent?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', children: [], ...(parent && { parent }) },
    relations: parent
      ? [{ type: 'childOf', targetRef: `group:default/${parent}` }]
      : [],
  };
}

const identity = (refs: string[]) =>
  mockApis.identity({
    userEntityRef: 'user:default/mara.schulz',
    ownershipEntityRefs: refs,
  });

describe('ownershipRefsOf', () => {
  it("adds the groups the user's groups belong to, up the tree", async () => {
    const catalog = catalogApiMock({
      entities: [
        group('engineering'),
        group('servanda', 'engineering'),
        group('servanda-oncall', 'servanda'),
        group('wimmelwelt', 'engineering'),
      ],
    });
    const refs = await ownershipRefsOf(
      identity(['user:default/mara.schulz', 'group:default/Servanda-Oncall']),
      catalog,
    );
    expect([...refs].sort()).toEqual([
      'group:default/engineering',
      'group:default/servanda',
      'group:default/servanda-oncall',
      'user:default/mara.schulz',
    ]);
  });

  it('stops at a cycle', async () => {
    const catalog = catalogApiMock({
      entities: [group('a', 'b'), group('b', 'a')],
    });
    const refs = await ownershipRefsOf(identity(['group:default/a']), catalog);
    expect([...refs].sort()).toEqual(['group:default/a', 'group:default/b']);
  });

  it("keeps the identity's refs when there is no catalog or it fails", async () => {
    const refs = ['user:default/mara.schulz', 'group:default/servanda-oncall'];
    await expect(ownershipRefsOf(identity(refs), undefined)).resolves.toEqual(
      new Set(refs),
    );
    const failing = {
      getEntitiesByRefs: jest.fn().mockRejectedValue(new Error('HTTP 503')),
    };
    await expect(ownershipRefsOf(identity(refs), failing)).resolves.toEqual(
      new Set(refs),
    );
    expect(failing.getEntitiesByRefs).toHaveBeenCalledTimes(1);
  });
});
