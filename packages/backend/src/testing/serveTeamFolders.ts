import { Entity } from '@backstage/catalog-model';
import { parseEntityYaml } from '@backstage/plugin-catalog-node';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A copy of the demo's team folders served over HTTP, as the demo git host serves them. */
export interface TeamFolders {
  /** The origin, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** The folder the files are served from: edit a file there and the next read sees it. */
  dir: string;
  /** The entities of the teams' `catalog-info.yaml`, as the catalog would hold them. */
  entities(teams: string[]): Entity[];
  close(): Promise<void>;
}

/**
 * Copies `examples/teams` (the teams' repositories) to a temporary folder and serves it on
 * loopback, reading each file from disk at every request (like examples/demo-git). The entities
 * carry the location they were read from and the membership relations the catalog adds.
 */
export async function serveTeamFolders(teamsDir: string): Promise<TeamFolders> {
  const dir = mkdtempSync(join(tmpdir(), 'rr-teams-'));
  cpSync(teamsDir, dir, { recursive: true });
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (!/^\/[a-z0-9-]+\/[a-z0-9-]+\.yaml$/.test(path)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const text = readFileSync(join(dir, path), 'utf8');
      res.writeHead(200, { 'content-type': 'text/yaml' }).end(text);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;

  const entities = (teams: string[]): Entity[] => {
    const all: Entity[] = [];
    for (const team of teams) {
      const target = `${url}/${team}/catalog-info.yaml`;
      const text = readFileSync(join(dir, team, 'catalog-info.yaml'));
      for (const result of parseEntityYaml(text, { type: 'url', target })) {
        if (result.type !== 'entity') {
          throw new Error(`${target} holds an invalid entity`);
        }
        const entity = result.entity;
        entity.metadata.namespace ??= 'default';
        entity.metadata.annotations = {
          ...entity.metadata.annotations,
          'backstage.io/managed-by-location': `url:${target}`,
        };
        all.push(entity);
      }
    }
    return withMemberships(all);
  };

  return {
    url,
    dir,
    entities,
    close: async () => {
      await new Promise<void>(resolve => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Adds `memberOf` to users and `hasMember` to groups from the users' `spec.memberOf`. */
function withMemberships(entities: Entity[]): Entity[] {
  const groupRef = (name: string) =>
    name.includes(':') ? name : `group:default/${name}`;
  const members = new Map<string, string[]>();
  for (const entity of entities) {
    const memberOf = entity.spec?.memberOf;
    if (entity.kind !== 'User' || !Array.isArray(memberOf)) {
      continue;
    }
    const user = `user:default/${entity.metadata.name}`;
    const groups = memberOf.filter((g): g is string => typeof g === 'string');
    entity.relations = groups.map(g => ({
      type: 'memberOf',
      targetRef: groupRef(g),
    }));
    for (const g of groups) {
      members.set(groupRef(g), [...(members.get(groupRef(g)) ?? []), user]);
    }
  }
  for (const entity of entities) {
    if (entity.kind === 'Group') {
      const ref = `group:default/${entity.metadata.name}`;
      entity.relations = (members.get(ref) ?? []).map(user => ({
        type: 'hasMember',
        targetRef: user,
      }));
    }
  }
  return entities;
}
