import type { RaciResponse } from '../people';
import { maySetManualGate } from './maySetManualGate';
import type { GateDefinition } from './policyTypes';

const raci: RaciResponse = {
  environment: 'prod',
  activities: [
    {
      activity: 'go-no-go',
      title: 'Go/no-go decision',
      roles: {
        responsible: ['release-captain'],
        accountable: ['product-owner'],
        consulted: ['qa'],
        informed: [],
      },
      responsible: [
        {
          entityRef: 'user:default/lena.kraus',
          displayName: 'Lena Kraus',
          roles: ['release-captain'],
        },
      ],
      accountable: [
        {
          entityRef: 'user:default/jonas.weber',
          displayName: 'Jonas Weber',
          roles: ['product-owner'],
        },
      ],
      consulted: [
        {
          entityRef: 'user:default/sophie.lang',
          displayName: 'Sophie Lang',
          roles: ['qa'],
        },
      ],
      informed: [],
    },
  ],
  roles: [
    {
      id: 'release-captain',
      title: 'Release Captain',
      members: [],
      people: [
        { entityRef: 'user:default/lena.kraus', displayName: 'Lena Kraus' },
      ],
    },
    {
      id: 'product-owner',
      title: 'Product Owner',
      members: [],
      people: [
        { entityRef: 'user:default/jonas.weber', displayName: 'Jonas Weber' },
      ],
    },
    {
      id: 'qa',
      title: 'QA',
      members: [],
      people: [
        { entityRef: 'user:default/sophie.lang', displayName: 'Sophie Lang' },
      ],
    },
  ],
  findings: [],
  source: { name: 'catalog', status: 'ok', fetchedAt: '2026-03-24T10:00:00Z' },
};

const gate = (
  setBy: GateDefinition['setBy'],
  source: GateDefinition['source'] = 'manual',
): GateDefinition => ({
  id: 'staging',
  title: 'Staging gate',
  source,
  checks: ['smoke-tests'],
  required: 1,
  enforcement: 'block',
  acceptConclusions: [],
  producers: {},
  setBy,
});

const byDefault = gate({
  activity: 'go-no-go',
  as: ['responsible', 'accountable'],
});

describe('maySetManualGate', () => {
  it.each([
    ['user:default/lena.kraus', true],
    ['user:default/jonas.weber', true],
    ['user:default/sophie.lang', false], // consulted only
    ['user:development/guest', false],
  ])(
    'by default lets the Responsible and Accountable of go-no-go set results: %s → %s',
    (user, allowed) => {
      expect(
        maySetManualGate(raci, { user, environment: 'prod', gate: byDefault })
          .allowed,
      ).toBe(allowed);
    },
  );

  it('lets a gate name roles instead', () => {
    const qa = gate({ roles: ['qa'] });
    expect(
      maySetManualGate(raci, {
        user: 'user:default/sophie.lang',
        environment: 'prod',
        gate: qa,
      }).allowed,
    ).toBe(true);
    expect(
      maySetManualGate(raci, {
        user: 'user:default/lena.kraus',
        environment: 'prod',
        gate: qa,
      }).allowed,
    ).toBe(false);
  });

  it('never lets anyone set a CI gate', () => {
    const answer = maySetManualGate(raci, {
      user: 'user:default/lena.kraus',
      environment: 'prod',
      gate: gate(byDefault.setBy, 'ci'),
    });
    expect(answer).toMatchObject({
      allowed: false,
      reason: "'staging' is not a manual gate: its results come from CI",
    });
  });
});
