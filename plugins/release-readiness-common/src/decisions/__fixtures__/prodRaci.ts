import type { Person, RaciResponse } from '../../people';

/** People of the hand-written prod matrix below. */
export const lena: Person = {
  entityRef: 'user:default/lena.kraus',
  displayName: 'Lena Kraus',
};
export const jonas: Person = {
  entityRef: 'user:default/jonas.weber',
  displayName: 'Jonas Weber',
};
export const mia: Person = {
  entityRef: 'user:default/mia.roth',
  displayName: 'Mia Roth',
};
export const tom: Person = {
  entityRef: 'user:default/tom.berger',
  displayName: 'Tom Berger',
};
export const sophie: Person = {
  entityRef: 'user:default/sophie.lang',
  displayName: 'Sophie Lang',
};
export const anna: Person = {
  entityRef: 'user:default/anna.schmidt',
  displayName: 'Anna Schmidt',
};
export const max: Person = {
  entityRef: 'user:default/max.vogel',
  displayName: 'Max Vogel',
};
export const eva: Person = {
  entityRef: 'user:default/eva.klein',
  displayName: 'Eva Klein',
};

/**
 * The go/no-go RACI of prod (002 §1), resolved by hand: Release Captain Lena (R), Product Owners
 * Jonas and Mia (A), On-Call Tom and QA Sophie (C), Stakeholder Max and Support Eva (I); Tech
 * Lead Anna holds a role but no go/no-go letter.
 */
export const prodRaci: RaciResponse = {
  environment: 'prod',
  activities: [
    {
      activity: 'go-no-go',
      title: 'Go/no-go decision',
      roles: {
        responsible: ['release-captain'],
        accountable: ['product-owner'],
        consulted: ['on-call', 'qa'],
        informed: ['stakeholders', 'support'],
      },
      responsible: [{ ...lena, roles: ['release-captain'] }],
      accountable: [
        { ...jonas, roles: ['product-owner'] },
        { ...mia, roles: ['product-owner'] },
      ],
      consulted: [
        { ...tom, roles: ['on-call'] },
        { ...sophie, roles: ['qa'] },
      ],
      informed: [
        { ...max, roles: ['stakeholders'] },
        { ...eva, roles: ['support'] },
      ],
    },
  ],
  roles: [
    {
      id: 'release-captain',
      title: 'Release Captain',
      members: [lena.entityRef],
      people: [lena],
    },
    {
      id: 'product-owner',
      title: 'Product Owner',
      members: ['group:default/product'],
      people: [jonas, mia],
    },
    {
      id: 'on-call',
      title: 'On-Call',
      members: [tom.entityRef],
      people: [tom],
    },
    { id: 'qa', title: 'QA', members: [sophie.entityRef], people: [sophie] },
    {
      id: 'tech-lead',
      title: 'Tech Lead',
      members: [anna.entityRef],
      people: [anna],
    },
    {
      id: 'stakeholders',
      title: 'Stakeholders',
      members: [max.entityRef],
      people: [max],
    },
    {
      id: 'support',
      title: 'Support',
      members: [eva.entityRef],
      people: [eva],
    },
  ],
  findings: [],
  source: { name: 'catalog', status: 'ok', fetchedAt: '2026-03-24T09:00:00Z' },
};

/**
 * The same matrix where Lena is also a Product Owner (one person in two roles); Jonas and Mia
 * stay Product Owners.
 */
export const lenaAlsoOwnerRaci: RaciResponse = {
  ...prodRaci,
  activities: prodRaci.activities.map(a => ({
    ...a,
    responsible: [{ ...lena, roles: ['release-captain'] }],
    accountable: [{ ...lena, roles: ['product-owner'] }, ...a.accountable],
  })),
  roles: prodRaci.roles.map(r =>
    r.id === 'product-owner' ? { ...r, people: [lena, ...r.people] } : r,
  ),
};
