import type { Entity } from '@backstage/catalog-model';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

/** The repository's `examples/templates` folder. */
export const TEMPLATES_DIR = resolve(
  __dirname,
  '../../../../examples/templates',
);

/** A template of `examples/templates` as the catalog serves it. */
export function exampleTemplate(file: string): Entity {
  const entity: Entity = parse(
    readFileSync(resolve(TEMPLATES_DIR, file), 'utf8'),
  );
  return {
    ...entity,
    metadata: { namespace: 'default', ...entity.metadata },
  };
}

const user = (name: string, displayName: string, group: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { namespace: 'default', name },
  spec: { profile: { displayName }, memberOf: [group] },
  relations: [{ type: 'memberOf', targetRef: `group:default/${group}` }],
});

const group = (name: string, members: string[]): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { namespace: 'default', name },
  spec: { type: 'team', children: [] },
  relations: members.map(member => ({
    type: 'hasMember',
    targetRef: `user:default/${member}`,
  })),
});

/**
 * A small Servanda: Lena Kraus the release captain, Jonas Weber the product owner, Mara Schulz
 * on call, each in the group of their role (see `examples/teams/servanda/catalog-info.yaml`).
 */
export const SERVANDA_PEOPLE: Entity[] = [
  user('lena.kraus', 'Lena Kraus', 'servanda-release-captains'),
  user('jonas.weber', 'Jonas Weber', 'servanda-product-owners'),
  user('mara.schulz', 'Mara Schulz', 'servanda-oncall'),
  group('servanda-release-captains', ['lena.kraus']),
  group('servanda-product-owners', ['jonas.weber']),
  group('servanda-oncall', ['mara.schulz']),
];

/**
 * Servanda's release policy in the portal's configuration (`releaseReadiness.systems.servanda`,
 * also the default system): one environment, `prod`, whose readiness is one passing gate from
 * configuration, and the RACI of go/no-go (R release captain, A product owner, C on call).
 */
export const SERVANDA_CONFIG = {
  defaultSystem: 'servanda',
  systems: {
    servanda: {
      title: 'Servanda',
      environments: {
        prod: {
          title: 'Production',
          order: 3,
          gates: {
            source: 'config',
            config: { ref: 'v1.4.2', checks: { lint: 'passed' } },
          },
          readiness: {
            gates: { release: { title: 'Release gate', checks: ['lint'] } },
          },
        },
      },
      raci: {
        roles: {
          'release-captain': {
            title: 'Release Captain',
            members: ['group:default/servanda-release-captains'],
          },
          'product-owner': {
            title: 'Product Owner',
            members: ['group:default/servanda-product-owners'],
          },
          'on-call': {
            title: 'On-Call',
            members: ['group:default/servanda-oncall'],
          },
        },
        activities: {
          'go-no-go': {
            title: 'Go/no-go decision',
            responsible: ['release-captain'],
            accountable: ['product-owner'],
            consulted: ['on-call'],
            informed: [],
          },
        },
      },
    },
  },
};
