/* eslint-disable no-script-url -- these tests feed script URLs on purpose, to see them refused */
import { buildRaciResponse } from './buildRaciResponse';
import type { RaciDefinition } from './readRaciConfig';

const definition: RaciDefinition = {
  roles: [
    {
      id: 'release-captain',
      title: 'Release captain',
      members: ['group:default/servanda-release-captains'],
    },
  ],
  activities: [
    {
      id: 'go-no-go',
      title: 'Go/no-go decision',
      roles: {
        responsible: ['release-captain'],
        accountable: [],
        consulted: [],
        informed: [],
      },
    },
  ],
};

describe('buildRaciResponse', () => {
  it('keeps http(s) pictures and drops any other', () => {
    const response = buildRaciResponse({
      environment: 'prod',
      definition,
      resolved: {
        people: {
          'group:default/servanda-release-captains': [
            {
              entityRef: 'user:default/lena.kraus',
              displayName: 'Lena Kraus',
              picture: 'https://avatars.example/lena.kraus.png',
            },
            {
              entityRef: 'user:default/mallory',
              displayName: 'Mallory',
              picture: 'javascript:alert(document.cookie)',
            },
          ],
        },
        findings: [],
      },
      source: { name: 'catalog', status: 'ok' },
    });
    expect(response.activities[0].responsible).toEqual([
      {
        entityRef: 'user:default/lena.kraus',
        displayName: 'Lena Kraus',
        picture: 'https://avatars.example/lena.kraus.png',
        roles: ['release-captain'],
      },
      {
        entityRef: 'user:default/mallory',
        displayName: 'Mallory',
        roles: ['release-captain'],
      },
    ]);
    expect(response.roles[0].people[1]).not.toHaveProperty('picture');
  });
});
