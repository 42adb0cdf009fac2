import type { Entity } from '@backstage/catalog-model';
import fixture from '../../people/__fixtures__/catalog-entities.json';

/** Release Captain (group servanda-release-captains): Responsible for go/no-go. */
export const LENA = 'user:default/lena.kraus';
/** Product Owner (group servanda-product-owners): Accountable for go/no-go. */
export const JONAS = 'user:default/jonas.weber';
/** On-Call (group servanda-oncall): Consulted for go/no-go. */
export const MARA = 'user:default/mara.schulz';
/** On-Call and senior (groups servanda-oncall, servanda-seniors): the Tech Lead where there is one. */
export const DENIZ = 'user:default/deniz.yilmaz';
/** A stakeholder: Informed of go/no-go. */
export const SVEN = 'user:default/sven.becker';
/** Support: Informed of go/no-go. */
export const PAULA = 'user:default/paula.roth';
/** Signed in, but in no role. */
export const GUEST = 'user:development/guest';

const user = (name: string, displayName: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { namespace: 'default', name },
  spec: { profile: { displayName }, memberOf: [] },
  relations: [],
});

/**
 * The Servanda people of `people/__fixtures__/catalog-entities.json` and two Informed people
 * who are named directly (not through a group) in the RACI.
 */
export const DECISION_PEOPLE: Entity[] = [
  ...(fixture as Entity[]),
  user('sven.becker', 'Sven Becker'),
  user('paula.roth', 'Paula Roth'),
];

/**
 * The handbook's RACI of "go/no-go decision": Release Captain (R), Product Owner (A), On-Call
 * (C), Stakeholders and Support (I); and a Tech Lead role (the seniors) that no activity names,
 * for policies that name roles.
 */
export const DECISION_RACI = {
  roles: {
    'release-captain': {
      title: 'Release Captain',
      members: ['group:default/servanda-release-captains'],
    },
    'product-owner': {
      title: 'Product Owner',
      members: ['group:default/servanda-product-owners'],
    },
    'on-call': { title: 'On-Call', members: ['group:default/servanda-oncall'] },
    'tech-lead': {
      title: 'Tech Lead',
      members: ['group:default/servanda-seniors'],
    },
    stakeholders: { title: 'Stakeholders', members: [SVEN] },
    support: { title: 'Support', members: [PAULA] },
  },
  activities: {
    'go-no-go': {
      title: 'Go/no-go decision',
      responsible: ['release-captain'],
      accountable: ['product-owner'],
      consulted: ['on-call'],
      informed: ['stakeholders', 'support'],
    },
  },
};

/** The Servanda prod rule: the default approvals and the Tech Lead. */
export const SERVANDA_PROD_DECISIONS = {
  approvals: {
    'release-captain': {
      title: 'Release Captain',
      activity: 'go-no-go',
      as: ['responsible'],
    },
    'product-owner': {
      title: 'Product Owner',
      activity: 'go-no-go',
      as: ['accountable'],
    },
    'tech-lead': { title: 'Tech Lead', roles: ['tech-lead'] },
  },
};
