/* eslint-disable no-script-url -- these tests feed script URLs on purpose, to see them refused */
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { OnCallShift } from '@release-readiness/plugin-release-readiness-common';
import entities from './__fixtures__/catalog-entities.json';
import { CatalogPeopleResolver } from './CatalogPeopleResolver';
import { linkOnCallPeople } from './linkOnCallPeople';

const week = { start: '2026-03-16T08:00:00Z', end: '2026-03-23T08:00:00Z' };
const shifts: OnCallShift[] = [
  {
    role: 'primary',
    ...week,
    person: {
      displayName: 'Mara Schulz',
      email: 'MARA.SCHULZ@servanda.example',
      url: 'https://servanda.pagerduty.com/users/PMARA01',
    },
  },
  {
    role: 'backup',
    ...week,
    person: {
      entityRef: 'user:default/deniz.yilmaz',
      displayName: 'deniz.yilmaz',
    },
  },
  {
    role: 'backup',
    ...week,
    person: {
      displayName: 'Tim Wright',
      email: 'tim.wright@example.com',
      url: 'https://servanda.pagerduty.com/users/PCTO001',
    },
  },
];

function resolver(items: Entity[]) {
  return new CatalogPeopleResolver({
    catalog: catalogServiceMock({ entities: items }),
    auth: mockServices.auth(),
  });
}

describe('linkOnCallPeople', () => {
  it('links by e-mail and entity ref, keeping the on-call tool link', async () => {
    const result = await linkOnCallPeople(
      shifts,
      resolver(entities as Entity[]),
    );
    expect(result.shifts.map(s => s.person)).toEqual([
      {
        entityRef: 'user:default/mara.schulz',
        displayName: 'Mara Schulz',
        email: 'mara.schulz@servanda.example',
        picture: 'https://avatars.example/mara.schulz.png',
        url: 'https://servanda.pagerduty.com/users/PMARA01',
      },
      {
        entityRef: 'user:default/deniz.yilmaz',
        displayName: 'Deniz Yilmaz',
        email: 'deniz.yilmaz@servanda.example',
      },
      shifts[2].person,
    ]);
    expect(result.findings).toEqual([
      {
        severity: 'warning',
        code: 'PERSON_NOT_IN_CATALOG',
        message:
          'On-call person Tim Wright <tim.wright@example.com> has no catalog user',
      },
    ]);
  });

  it('drops pictures and links that are not http(s) URLs, linked or not', async () => {
    const unsafe: OnCallShift[] = [
      {
        role: 'primary',
        ...week,
        person: {
          displayName: 'Mara Schulz',
          email: 'mara.schulz@servanda.example',
          url: 'javascript:alert(document.cookie)',
        },
      },
      {
        role: 'backup',
        ...week,
        person: {
          displayName: 'Tim Wright',
          email: 'tim.wright@example.com',
          picture: 'data:image/svg+xml,<svg onload="alert(1)"/>',
          url: 'JavaScript:alert(1)',
        },
      },
      {
        role: 'backup',
        ...week,
        person: {
          displayName: 'Eve Example',
          picture: 'https://avatars.example/eve.png',
          url: 'https://servanda.pagerduty.com/users/PEVE001',
        },
      },
    ];
    const result = await linkOnCallPeople(
      unsafe,
      resolver(entities as Entity[]),
    );
    expect(result.shifts.map(s => s.person)).toEqual([
      {
        entityRef: 'user:default/mara.schulz',
        displayName: 'Mara Schulz',
        email: 'mara.schulz@servanda.example',
        picture: 'https://avatars.example/mara.schulz.png',
      },
      { displayName: 'Tim Wright', email: 'tim.wright@example.com' },
      unsafe[2].person,
    ]);
  });

  it('drops unsafe links also when the catalog cannot be read', async () => {
    const catalog = catalogServiceMock.mock({
      getEntitiesByRefs: async () => {
        throw new Error('catalog down');
      },
      getEntities: async () => {
        throw new Error('catalog down');
      },
    });
    const result = await linkOnCallPeople(
      [
        {
          role: 'primary',
          ...week,
          person: { displayName: 'Tim Wright', url: 'vbscript:msgbox(1)' },
        },
      ],
      new CatalogPeopleResolver({ catalog, auth: mockServices.auth() }),
    );
    expect(result.shifts[0].person).toEqual({ displayName: 'Tim Wright' });
  });

  it('says once that the catalog has nobody, rather than once per person', async () => {
    const result = await linkOnCallPeople(shifts, resolver([]));
    expect(result.shifts).toEqual(shifts);
    expect(result.findings).toEqual([
      {
        severity: 'warning',
        code: 'PERSON_NOT_IN_CATALOG',
        message:
          'None of the 3 on-call people is in the catalog (yet); names are shown as the on-call source has them',
      },
    ]);
  });

  it('keeps the shifts when the catalog cannot be read', async () => {
    const catalog = catalogServiceMock.mock({
      getEntitiesByRefs: async () => {
        throw new Error('catalog down');
      },
      getEntities: async () => {
        throw new Error('catalog down');
      },
    });
    const result = await linkOnCallPeople(
      shifts,
      new CatalogPeopleResolver({ catalog, auth: mockServices.auth() }),
    );
    expect(result.shifts).toEqual(shifts);
    expect(result.findings).toEqual([
      {
        severity: 'warning',
        code: 'PERSON_NOT_IN_CATALOG',
        message:
          'On-call people could not be linked to the catalog: catalog down',
      },
    ]);
  });
});
