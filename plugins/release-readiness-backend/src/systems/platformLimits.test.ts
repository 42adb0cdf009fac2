import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { SystemPolicyStatus } from '@release-readiness/plugin-release-readiness-common';
import request from 'supertest';
import { stringify } from 'yaml';
import { teamSystem } from '../__testUtils__/teamSystem';
import { useTeamFileServer } from '../__testUtils__/useTeamFileServer';
import { releaseReadinessPlugin } from '../plugin';

/**
 * What stays with the platform, for team policy files read with the URL reader: the
 * organisation-wide calendar windows (every system, unless it opts out of one by name) and the
 * clusters a system may name through its owner group (`limits.clusters.byOwner`); and a team
 * file that cannot be read at all marks its own system only.
 */

jest.setTimeout(60_000);

const USER = 'user:default/lena.kraus';
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const TEAMS = ['servanda', 'wimmelwelt', 'sva-studio'];

/** A team's policy: prod with a CI gate, and whatever else the test adds. */
const policy = (extra: { prod?: object; calendar?: object } = {}) => ({
  environments: {
    prod: {
      title: 'Production',
      order: 1,
      gates: {
        source: 'config',
        config: { ref: 'v1.0.0', checks: { lint: 'passed' } },
      },
      readiness: {
        gates: { release: { title: 'Release gate', checks: ['lint'] } },
      },
      ...extra.prod,
    },
  },
  ...(extra.calendar && { calendar: extra.calendar }),
});

interface SystemAnswer {
  policy: SystemPolicyStatus;
  environments: { name: string }[];
}

describe('what stays with the platform, for team files', () => {
  const files = useTeamFileServer();
  const { content } = files;
  const fileOf = (team: string) => `/${team}/release-readiness.yaml`;
  const urlOf = (team: string) => `${files.url}${fileOf(team)}`;

  beforeEach(() => {
    content.clear();
    for (const team of TEAMS) {
      content.set(fileOf(team), stringify(policy()));
    }
  });

  async function start() {
    const { server } = await startTestBackend({
      features: [
        releaseReadinessPlugin,
        schedulerServiceFactory,
        mockServices.rootConfig.factory({
          data: {
            backend: {
              reading: { allow: [{ host: new URL(files.url).host }] },
            },
            releaseReadiness: {
              teamFiles: {
                refresh: {
                  frequency: { milliseconds: 300 },
                  timeout: { seconds: 10 },
                },
              },
              calendar: {
                windows: {
                  'company-freeze': {
                    title: 'Company freeze',
                    kind: 'freeze',
                    recurrence:
                      'DTSTART;TZID=UTC:20260102T160000\nRRULE:FREQ=WEEKLY;BYDAY=FR',
                    duration: 'P2DT16H',
                  },
                },
              },
              limits: {
                clusters: {
                  byOwner: {
                    'group:default/wimmelwelt-release-captains': ['eu-1'],
                  },
                },
              },
            },
          },
        }),
        catalogServiceMock.factory({
          entities: TEAMS.map(team => teamSystem(team, files.url)),
        }),
      ],
    });
    return server;
  }

  const get = (server: Parameters<typeof request>[0], path: string) =>
    request(server)
      .get(`/api/release-readiness${path}`)
      .set('Authorization', mockCredentials.user.header(USER));

  /** The system's answer once `check` holds (files are read on a schedule). */
  async function systemWhen(
    server: Parameters<typeof request>[0],
    team: string,
    check: (body: SystemAnswer) => boolean,
  ): Promise<SystemAnswer> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const res = await get(server, `/systems/${team}`);
      if (res.status === 200 && check(res.body)) {
        return res.body;
      }
      if (Date.now() > deadline) {
        throw new Error(
          `system ${team} never matched; last answer ${
            res.status
          } ${JSON.stringify(res.body)}`,
        );
      }
      await new Promise(resolve => setTimeout(resolve, 100));
    }
  }
  const ok = (b: SystemAnswer) => b.policy.status === 'ok';
  const failed = (b: SystemAnswer) => b.policy.status === 'error';

  /** A Monday 00:00 UTC within the past week: calendar questions must be within a year of now. */
  const monday = (() => {
    const d = new Date();
    d.setUTCHours(0, 0, 0, 0);
    d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
    return d;
  })();
  /** Friday 16:00 UTC of the week `weeks` after {@link monday}'s. */
  const fridayAfter = (weeks: number) =>
    new Date(
      monday.getTime() + (weeks * 7 + 4) * DAY_MS + 16 * HOUR_MS,
    ).toISOString();

  const windowsOf = async (
    server: Parameters<typeof request>[0],
    team: string,
  ) => {
    const res = await get(
      server,
      `/systems/${team}/environments/prod/calendar?from=${monday.toISOString()}&days=14`,
    );
    expect(res.status).toBe(200);
    return {
      ids: res.body.windows.map((w: { id: string }) => w.id).sort(),
      occurrences: res.body.occurrences.map(
        (o: { windowId: string; start: string }) => [o.windowId, o.start],
      ),
    };
  };

  it('applies an organisation-wide window to every system, except one that opts out of it by name', async () => {
    content.set(
      fileOf('wimmelwelt'),
      stringify(policy({ calendar: { optOut: ['company-freeze'] } })),
    );
    const server = await start();
    for (const team of TEAMS) {
      await systemWhen(server, team, ok);
    }
    const servanda = await windowsOf(server, 'servanda');
    expect(servanda.ids).toEqual(['company-freeze']);
    // The freeze of the Friday before runs into Monday 08:00; then this week's and next week's.
    expect(servanda.occurrences).toEqual([
      ['company-freeze', fridayAfter(-1)],
      ['company-freeze', fridayAfter(0)],
      ['company-freeze', fridayAfter(1)],
    ]);
    expect((await windowsOf(server, 'sva-studio')).ids).toEqual([
      'company-freeze',
    ]);
    expect(await windowsOf(server, 'wimmelwelt')).toEqual({
      ids: [],
      occurrences: [],
    });
  });

  it('refuses an opt-out of a window the organisation does not have, naming the key, and only for that system', async () => {
    content.set(
      fileOf('wimmelwelt'),
      stringify(policy({ calendar: { optOut: ['summer-freeze'] } })),
    );
    const server = await start();
    const refused = await systemWhen(server, 'wimmelwelt', failed);
    expect(refused.policy.error).toBe(
      `${urlOf(
        'wimmelwelt',
      )}: Invalid configuration at 'calendar.optOut': summer-freeze is not an organisation-wide window (known: company-freeze)`,
    );
    expect(refused.environments).toEqual([]);
    await systemWhen(server, 'servanda', ok);
    expect((await windowsOf(server, 'servanda')).ids).toEqual([
      'company-freeze',
    ]);
  });

  it('lets a system name the clusters its owner group may use, and refuses them to other owners', async () => {
    for (const team of TEAMS) {
      content.set(
        fileOf(team),
        stringify(policy({ prod: { cluster: 'eu-1', namespace: team } })),
      );
    }
    const server = await start();
    const allowed = await systemWhen(server, 'wimmelwelt', ok);
    expect(allowed.environments.map(e => e.name)).toEqual(['prod']);
    expect(
      (await get(server, '/systems/wimmelwelt/environments/prod')).status,
    ).toBe(200);
    for (const team of ['servanda', 'sva-studio']) {
      const refused = await systemWhen(server, team, failed);
      expect(refused.policy.error).toBe(
        `${urlOf(
          team,
        )}: Invalid configuration at 'environments.prod.cluster': system '${team}' may not use cluster 'eu-1' (allowed: none; releaseReadiness.limits.clusters)`,
      );
    }
  });

  it('marks a team file that cannot be read as its system’s error, keeps its last good policy, and recovers', async () => {
    const server = await start();
    await systemWhen(server, 'servanda', ok);
    await systemWhen(server, 'wimmelwelt', ok);

    content.delete(fileOf('servanda'));
    const missing = await systemWhen(server, 'servanda', failed);
    // Names the file; the reason's wording is the collector's (see classifySourceError).
    expect(missing.policy.error).toMatch(
      new RegExp(`^${urlOf('servanda')} could not be read: .+ \\([A-Z_]+\\)$`),
    );
    expect(missing.environments.map(e => e.name)).toEqual(['prod']);
    expect(
      (await get(server, '/systems/servanda/environments/prod/readiness'))
        .status,
    ).toBe(200);
    expect((await get(server, '/systems/wimmelwelt')).body.policy.status).toBe(
      'ok',
    );

    content.set(fileOf('servanda'), stringify(policy()));
    const back = await systemWhen(server, 'servanda', ok);
    expect(back.policy.error).toBeUndefined();
  });
});
