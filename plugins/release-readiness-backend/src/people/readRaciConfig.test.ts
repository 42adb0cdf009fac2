import { ConfigReader } from '@backstage/config';
import { readEnvironments } from '../environments/readEnvironments';
import { readRaciConfig } from './readRaciConfig';

const raci = {
  roles: {
    'release-captain': {
      title: 'Release Captain',
      members: ['group:servanda-release-captains'],
    },
    'product-owner': { members: ['user:default/Jonas.Weber'] },
    'on-call': { title: 'On-Call', members: ['group:default/servanda-oncall'] },
  },
  activities: {
    'go-no-go': {
      title: 'Go/no-go decision',
      responsible: ['release-captain'],
      accountable: ['product-owner'],
      consulted: ['on-call'],
    },
    rollback: {
      title: 'Trigger rollback',
      responsible: ['on-call'],
      accountable: ['product-owner'],
      informed: ['release-captain'],
    },
  },
};

const environments = {
  dev: {
    title: 'Development',
    order: 1,
    raci: { roles: { 'release-captain': { members: ['group:servanda'] } } },
  },
  prod: { title: 'Production', order: 3 },
};

function read(data: object) {
  const config = new ConfigReader(data);
  return readRaciConfig(config, readEnvironments(config));
}

describe('readRaciConfig', () => {
  it('reads roles and activities in order, with full refs and default titles', () => {
    const result = read({ releaseReadiness: { raci, environments } })!;
    const prod = result.get('prod')!;
    expect(prod.roles).toEqual([
      {
        id: 'release-captain',
        title: 'Release Captain',
        members: ['group:default/servanda-release-captains'],
      },
      {
        id: 'product-owner',
        title: 'Product Owner',
        members: ['user:default/jonas.weber'],
      },
      {
        id: 'on-call',
        title: 'On-Call',
        members: ['group:default/servanda-oncall'],
      },
    ]);
    expect(prod.activities).toEqual([
      {
        id: 'go-no-go',
        title: 'Go/no-go decision',
        roles: {
          responsible: ['release-captain'],
          accountable: ['product-owner'],
          consulted: ['on-call'],
          informed: [],
        },
      },
      {
        id: 'rollback',
        title: 'Trigger rollback',
        roles: {
          responsible: ['on-call'],
          accountable: ['product-owner'],
          consulted: [],
          informed: ['release-captain'],
        },
      },
    ]);
  });

  it('applies per-environment members, keeping the title', () => {
    const dev = read({ releaseReadiness: { raci, environments } })!.get('dev')!;
    expect(dev.roles[0]).toEqual({
      id: 'release-captain',
      title: 'Release Captain',
      members: ['group:default/servanda'],
    });
  });

  it('answers undefined when no RACI is configured', () => {
    expect(read({ releaseReadiness: { environments } })).toBeUndefined();
  });

  it('names the key of an activity that uses an unknown role', () => {
    expect(() =>
      read({
        releaseReadiness: {
          environments,
          raci: {
            ...raci,
            activities: {
              'go-no-go': {
                title: 'Go/no-go',
                responsible: ['release-captain'],
                accountable: ['product-owner'],
                consulted: ['qa'],
              },
            },
          },
        },
      }),
    ).toThrow(
      "Invalid configuration at 'releaseReadiness.raci.activities.go-no-go.consulted': unknown role 'qa'; configured roles: release-captain, product-owner, on-call",
    );
  });

  it('names the key of a member that is not a user or group', () => {
    expect(() =>
      read({
        releaseReadiness: {
          environments,
          raci: {
            ...raci,
            roles: {
              ...raci.roles,
              qa: { members: ['component:servanda-api'] },
            },
          },
        },
      }),
    ).toThrow(
      "Invalid configuration at 'releaseReadiness.raci.roles.qa.members.0': expected a user or group entity ref",
    );
    expect(() =>
      read({
        releaseReadiness: {
          environments,
          raci: {
            ...raci,
            roles: { ...raci.roles, qa: { members: ['qa-team'] } },
          },
        },
      }),
    ).toThrow("'releaseReadiness.raci.roles.qa.members.0'");
  });

  it('requires a responsible and an accountable role per activity', () => {
    expect(() =>
      read({
        releaseReadiness: {
          environments,
          raci: {
            ...raci,
            activities: {
              deploy: {
                title: 'Deploy',
                responsible: ['release-captain'],
                accountable: [],
              },
            },
          },
        },
      }),
    ).toThrow(
      "Invalid configuration at 'releaseReadiness.raci.activities.deploy.accountable': every activity needs an accountable role",
    );
  });

  it('names the key of an environment override for an unknown role', () => {
    expect(() =>
      read({
        releaseReadiness: {
          raci,
          environments: {
            ...environments,
            prod: {
              title: 'Production',
              order: 3,
              raci: { roles: { cab: { members: ['group:cab'] } } },
            },
          },
        },
      }),
    ).toThrow(
      "Invalid configuration at 'releaseReadiness.environments.prod.raci.roles.cab': unknown role",
    );
  });
});
