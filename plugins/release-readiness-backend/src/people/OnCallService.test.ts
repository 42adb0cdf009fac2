import { CacheManager } from '@backstage/backend-defaults/cache';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  OnCallSource,
  SourceUnavailableError,
} from '@release-readiness/plugin-release-readiness-node';
import { Collector } from '../collector/Collector';
import { EnvironmentRegistry } from '../environments/EnvironmentRegistry';
import entities from './__fixtures__/catalog-entities.json';
import { CatalogPeopleResolver } from './CatalogPeopleResolver';
import { ConfigOnCallSource } from './ConfigOnCallSource';
import { OnCallService } from './OnCallService';
import { eventually } from '../collector/__testUtils__/eventually';

const handover = { weekday: 1, time: '09:00', timeZone: 'Europe/Berlin' };

// Weeks from Monday 2026-03-16 09:00 Berlin: Mara/Deniz, Deniz/nobody, Mara/Deniz, ...
const rotation = new ConfigOnCallSource('servanda', {
  handover,
  start: '2026-03-16',
  primaries: ['user:default/mara.schulz', 'user:default/deniz.yilmaz'],
  backups: ['user:default/deniz.yilmaz', null],
});

function setup(sources: Record<string, OnCallSource>) {
  let now = Date.parse('2026-03-18T10:00:00Z');
  const config = new ConfigReader({
    releaseReadiness: {
      environments: {
        dev: { title: 'Development', order: 1 },
        stage: { title: 'Staging', order: 2 },
        prod: { title: 'Production', order: 3 },
      },
    },
  });
  const environments = EnvironmentRegistry.fromConfig(config);
  const collector = Collector.create({
    cache: CacheManager.fromConfig(
      new ConfigReader({ backend: { cache: { store: 'memory' } } }),
    ).forPlugin('release-readiness'),
    logger: mockServices.logger.mock(),
    options: {
      timeoutMs: 200,
      cacheTtlMs: 60_000,
      maxStaleMs: 600_000,
      concurrency: 2,
    },
    now: () => now,
  });
  const service = OnCallService.create({
    environments,
    collector,
    resolver: new CatalogPeopleResolver({
      catalog: catalogServiceMock({ entities: entities as Entity[] }),
      auth: mockServices.auth(),
    }),
    sources: new Map(
      Object.entries(sources).map(([env, source]) => [
        env,
        { type: 'test', source },
      ]),
    ),
    now: () => now,
  });
  return { service, advance: (ms: number) => (now += ms) };
}

describe('OnCallService', () => {
  it('computes the rota from the configured rotation, with catalog people', async () => {
    const { service } = setup({ prod: rotation });
    const res = await service.getOnCall('prod', 3);

    expect(res.environment).toBe('prod');
    expect(res.source).toMatchObject({
      name: 'config:rotations/servanda',
      status: 'ok',
    });
    expect(res.current).toEqual({
      primary: [
        {
          entityRef: 'user:default/mara.schulz',
          displayName: 'Mara Schulz',
          email: 'mara.schulz@servanda.example',
          picture: 'https://avatars.example/mara.schulz.png',
        },
      ],
      backup: [
        {
          entityRef: 'user:default/deniz.yilmaz',
          displayName: 'Deniz Yilmaz',
          email: 'deniz.yilmaz@servanda.example',
        },
      ],
      until: '2026-03-23T08:00:00.000Z',
    });
    expect(
      res.weeks.map(w => [
        w.start,
        w.primary[0]?.person.displayName,
        w.backup[0]?.person.displayName,
      ]),
    ).toEqual([
      ['2026-03-16T08:00:00.000Z', 'Mara Schulz', 'Deniz Yilmaz'],
      ['2026-03-23T08:00:00.000Z', 'Deniz Yilmaz', undefined],
      // DST: 09:00 CEST is 07:00Z
      ['2026-03-30T07:00:00.000Z', 'Mara Schulz', 'Deniz Yilmaz'],
    ]);
    expect(res.gaps).toEqual([
      {
        start: '2026-03-23T08:00:00.000Z',
        end: '2026-03-30T07:00:00.000Z',
        missing: ['backup'],
      },
    ]);
    expect(res.handover).toEqual(handover);
    expect(res.findings).toEqual([]);
  });

  it('makes one upstream call for environments that share a source key', async () => {
    const listShifts = jest.fn(rotation.listShifts.bind(rotation));
    const shared = {
      key: rotation.key,
      name: rotation.name,
      handover,
      listShifts,
    };
    const { service } = setup({ dev: shared, stage: shared, prod: shared });
    await Promise.all([
      service.getOnCall('dev', 4),
      service.getOnCall('stage', 4),
      service.getOnCall('prod', 4),
    ]);
    await service.getOnCall('prod', 12);
    expect(listShifts).toHaveBeenCalledTimes(1);
    // the fetched range starts before the current week and ends within PagerDuty's 90 days
    const [range] = listShifts.mock.calls[0];
    expect(Date.parse(range.start)).toBeLessThanOrEqual(
      Date.parse('2026-03-16T08:00:00Z'),
    );
    expect(
      Date.parse(range.end) - Date.parse('2026-03-18T10:00:00Z'),
    ).toBeLessThanOrEqual(90 * 24 * 3600 * 1000);
  });

  it('shows an unavailable source as unavailable: no people, no weeks, no gaps', async () => {
    const failing: OnCallSource = {
      key: 'broken',
      name: 'pagerduty:escalation-policy/PBROKEN',
      handover,
      listShifts: async () => {
        throw new SourceUnavailableError(
          'UNAUTHORIZED',
          'PagerDuty answered HTTP 401',
        );
      },
    };
    const { service } = setup({ prod: failing });
    const res = await service.getOnCall('prod', 4);
    expect(res).toEqual({
      environment: 'prod',
      handover,
      weeks: [],
      gaps: [],
      findings: [],
      source: {
        name: 'pagerduty:escalation-policy/PBROKEN',
        status: 'unavailable',
        error: { type: 'UNAUTHORIZED', message: 'PagerDuty answered HTTP 401' },
      },
    });
    const coverage = await service.getCoverage('prod', {
      start: '2026-03-18T19:00:00Z',
      end: '2026-03-18T21:00:00Z',
    });
    expect(coverage.known).toBe(false);
    expect(coverage.source.status).toBe('unavailable');
  });

  it('keeps serving the last rota as stale when the source starts failing', async () => {
    let fail = false;
    const flaky: OnCallSource = {
      key: 'flaky',
      name: 'flaky',
      handover,
      listShifts: async range => {
        if (fail) {
          throw new SourceUnavailableError(
            'RATE_LIMITED',
            'PagerDuty rate limit',
            {
              retryAfterMs: 30_000,
            },
          );
        }
        return rotation.listShifts(range);
      },
    };
    const { service, advance } = setup({ prod: flaky });
    await service.getOnCall('prod', 1);
    fail = true;
    advance(61_000);
    // Served at once as stale while the refresh runs; its failure shows on the next read.
    expect((await service.getOnCall('prod', 1)).source.status).toBe('stale');
    await eventually(async () =>
      expect((await service.getOnCall('prod', 1)).source).toMatchObject({
        status: 'stale',
        error: { type: 'RATE_LIMITED' },
      }),
    );
    const res = await service.getOnCall('prod', 1);
    expect(res.current?.primary.map(p => p.displayName)).toEqual([
      'Mara Schulz',
    ]);
  });

  it('answers NOT_CONFIGURED for an environment without on-call, and 404 for an unknown one', async () => {
    const { service } = setup({ prod: rotation });
    await expect(service.getOnCall('dev', 4)).resolves.toMatchObject({
      environment: 'dev',
      weeks: [],
      source: { status: 'unavailable', error: { type: 'NOT_CONFIGURED' } },
    });
    await expect(service.getOnCall('qa', 4)).rejects.toMatchObject({
      name: 'NotFoundError',
    });
  });

  it('gives the coverage of a release window, including gaps', async () => {
    const { service } = setup({ prod: rotation });
    // Tuesday 2026-03-24 20:00–22:00 CET: Deniz is primary, nobody is backup
    const coverage = await service.getCoverage('prod', {
      start: '2026-03-24T19:00:00.000Z',
      end: '2026-03-24T21:00:00.000Z',
    });
    expect(coverage).toMatchObject({
      environment: 'prod',
      known: true,
      primary: [{ entityRef: 'user:default/deniz.yilmaz' }],
      backup: [],
      gaps: [
        {
          start: '2026-03-24T19:00:00.000Z',
          end: '2026-03-24T21:00:00.000Z',
          missing: ['backup'],
        },
      ],
      source: { status: 'ok' },
    });
    // beyond the fetched data: not known, never "covered"
    const far = await service.getCoverage('prod', {
      start: '2026-09-01T19:00:00.000Z',
      end: '2026-09-01T21:00:00.000Z',
    });
    expect(far.known).toBe(false);
  });

  it('reports on-call people without a catalog user', async () => {
    const { service } = setup({
      prod: new ConfigOnCallSource('other', {
        handover,
        start: '2026-03-16',
        primaries: ['user:default/tim.wright'],
        backups: ['user:default/deniz.yilmaz'],
      }),
    });
    const res = await service.getOnCall('prod', 1);
    expect(res.current?.primary).toEqual([
      { entityRef: 'user:default/tim.wright', displayName: 'tim.wright' },
    ]);
    expect(res.findings).toEqual([
      {
        severity: 'warning',
        code: 'PERSON_NOT_IN_CATALOG',
        message: 'On-call person user:default/tim.wright has no catalog user',
        entityRef: 'user:default/tim.wright',
      },
    ]);
  });
});
