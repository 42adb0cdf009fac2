import { CacheManager } from '@backstage/backend-defaults/cache';
import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type {
  GateSource,
  IncidentSource,
} from '@release-readiness/plugin-release-readiness-node';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { Collector } from '../collector/Collector';
import { EnvironmentRegistry } from '../environments/EnvironmentRegistry';
import { SourceRegistry } from '../sources/SourceRegistry';
import { checkClusterLimits } from '../systems/checkClusterLimits';
import { parsePolicyFile } from '../systems/parsePolicyFile';
import { readPlatformSettings } from '../systems/readPlatformSettings';
import type { SystemConfigRoot } from '../systems/SystemConfigRoot';
import { createConfigGateSourceFactory } from './createConfigGateSourceFactory';
import { DatabaseManualGateStore } from './DatabaseManualGateStore';
import { ReadinessService } from './ReadinessService';
import { readReadinessPolicies } from './readReadinessPolicies';

/**
 * The demo board of `make start` answers "may Servanda's prod go now, and if not, why and when?"
 * for any moment: Servanda's policy is its team file (examples/teams/servanda/release-readiness.yaml,
 * read from the demo git host), the organisation-wide windows and cluster limits are the
 * platform's (app-config.yaml).
 */
const repo = resolve(__dirname, '../../../..');
const appConfig = new ConfigReader(
  parse(readFileSync(resolve(repo, 'app-config.yaml'), 'utf8')),
);
const POLICY_URL = 'http://localhost:7010/servanda/release-readiness.yaml';
const servanda: SystemConfigRoot = {
  name: 'servanda',
  config: parsePolicyFile(
    readFileSync(
      resolve(repo, 'examples/teams/servanda/release-readiness.yaml'),
      'utf8',
    ),
    POLICY_URL,
  ),
  prefix: '',
  owner: 'team',
};

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

async function demo() {
  const platform = readPlatformSettings(appConfig);
  const environments = EnvironmentRegistry.fromConfig(servanda);
  const gateSources = new SourceRegistry<GateSource>('gates');
  gateSources.add(createConfigGateSourceFactory());
  const logger = mockServices.logger.mock();
  const store = await DatabaseManualGateStore.create({
    database: mockServices.database({
      knex: await databases.init('SQLITE_3'),
      migrations: { skip: false },
    }),
  });
  const service = new ReadinessService({
    environments,
    policies: readReadinessPolicies(servanda, environments.list(), {
      organisationWindows: platform.organisationWindows,
    }),
    collector: Collector.create({
      cache: CacheManager.fromConfig(
        new ConfigReader({ backend: { cache: { store: 'memory' } } }),
      ).forPlugin('release-readiness'),
      logger,
      options: {
        timeoutMs: 1000,
        cacheTtlMs: 60_000,
        maxStaleMs: 600_000,
        concurrency: 2,
      },
    }),
    store,
    gateSources: await gateSources.createAll(environments.list(), logger),
    incidentSources: await new SourceRegistry<IncidentSource>(
      'incidents',
    ).createAll(environments.list(), logger),
    logger,
    now: () => Date.parse('2026-03-24T12:00:00Z'),
  });
  return { service, store, environments, platform };
}

const statuses = (items: { id: string; status: string }[]) =>
  Object.fromEntries(items.map(i => [i.id, i.status]));

describe('the Servanda demo (its team file and the platform configuration)', () => {
  it('Tuesday 20:30 in Berlin: inside the release window, but the staging gate is not done and the data for the other preconditions is missing', async () => {
    const { service, store } = await demo();
    const at = '2026-03-24T20:30:00+01:00';
    const before = await service.evaluate('prod', { at });
    expect(before.verdict).toBe('blocked');
    expect(statuses(before.items)).toEqual({
      release: 'pass',
      staging: 'fail',
      'no-p1-p2': 'unknown',
      'on-call': 'unknown',
      backup: 'unknown',
      'restore-test': 'unknown',
      window: 'pass',
      cab: 'pass',
      // Advisory (enforcement: warn) in the demo, and unknown here: no SLA source runs in this test.
      'error-budget': 'unknown',
    });
    expect(before.reasons[0].text).toBe(
      'Staging gate (T-12h): 0/3 required checks passed; pending: smoke-tests, health-200 and readiness-200; for v1.4.2',
    );

    const setStagingGate = async (ref: string) => {
      for (const check of ['smoke-tests', 'health-200', 'readiness-200']) {
        await store.append({
          system: 'servanda',
          environment: 'prod',
          gate: 'staging',
          check,
          state: 'passed',
          reason: 'checked on staging',
          actor: 'user:default/lena.kraus',
          ref,
          requestId: `demo-${ref}-${check}`,
        });
      }
    };
    // Results set for the previous release do not count for the one prod is judged for.
    await setStagingGate('v1.4.1');
    const stillBlocked = await service.evaluate('prod', { at });
    expect(statuses(stillBlocked.items).staging).toBe('fail');
    expect(
      stillBlocked.items.find(i => i.id === 'staging')!.evidence[0].detail,
    ).toBe('not set for v1.4.2');

    await setStagingGate('v1.4.2');
    const after = await service.evaluate('prod', { at });
    expect(statuses(after.items).staging).toBe('pass');
    // Never "ready" while incidents, on-call, backups and restore tests are unknown.
    expect(after.verdict).toBe('unknown');
    // Enforced unknowns first, then the advisory error budget.
    expect(after.reasons.map(r => r.itemId)).toEqual([
      'no-p1-p2',
      'on-call',
      'backup',
      'restore-test',
      'error-budget',
    ]);
  });

  it.each([
    [
      'Friday 18:00 in Berlin: weekend freeze, next window Tuesday after the DST change',
      '2026-03-27T18:00:00+01:00',
      'standard',
      'fail',
      /^Weekend change freeze until Mon 30 Mar 08:00 UTC; outside the release windows \(only with Product Owner \+ On-Call consent\); next allowed from Tue 31 Mar 20:00 CEST \(Standard release window\)$/,
    ],
    [
      'Wednesday 11:00 in Berlin: peak hours',
      '2026-03-25T11:00:00+01:00',
      'standard',
      'fail',
      /^Peak traffic, no prod deploys until Wed 25 Mar 18:00 CET; outside the release windows .*; next allowed from Thu 26 Mar 20:00 CET/,
    ],
    [
      'Thursday 21:00 in Berlin in summer time',
      '2026-07-02T21:00:00+02:00',
      'standard',
      'pass',
      /^Inside the Standard release window until Thu 2 Jul 22:00 CEST$/,
    ],
    [
      'a P1 security hotfix on Saturday is exempt',
      '2026-03-28T11:00:00+01:00',
      'hotfix-p1',
      'warn',
      /Weekend change freeze applies, but hotfix-p1 changes are exempt/,
    ],
  ])('%s', async (_name, at, changeType, status, reason) => {
    const { service } = await demo();
    const result = await service.evaluate('prod', { at, changeType });
    const window = result.items.find(i => i.id === 'window')!;
    expect(window.status).toBe(status);
    expect(window.reason).toMatch(reason);
  });

  it('shows a mix on the board: dev ready, stage blocked by a failed scan', async () => {
    const { service } = await demo();
    const dev = await service.evaluate('dev', { at: '2026-03-24T10:00:00Z' });
    expect(dev.verdict).toBe('ready');
    expect(dev.items.map(i => i.gate)).toEqual([
      {
        passed: 9,
        required: 9,
        total: 9,
        source: 'ci',
        ref: { name: '3f2a9c1' },
      },
      {
        passed: 6,
        required: 6,
        total: 6,
        source: 'ci',
        ref: { name: '3f2a9c1' },
      },
    ]);
    const stage = await service.evaluate('stage', {
      at: '2026-03-24T10:00:00Z',
    });
    expect(stage.verdict).toBe('blocked');
    expect(stage.reasons[0].text).toBe(
      'Release gate: 4/5 required checks passed; failed: trivy-scan',
    );
  });

  it('names only the clusters the platform allows Servanda, and takes the weekend freeze from the organisation', async () => {
    const { environments, platform, service } = await demo();
    expect(
      environments
        .list()
        .map(e => [e.summary.name, e.config.getString('cluster')]),
    ).toEqual([
      ['dev', 'demo-cluster'],
      ['stage', 'demo-cluster'],
      ['prod', 'demo-cluster'],
      ['prod-onprem', 'onprem-1'],
    ]);
    expect(() =>
      checkClusterLimits({
        system: 'servanda',
        owner: 'group:default/servanda',
        environments: environments.list(),
        limits: platform.clusterLimits,
      }),
    ).not.toThrow();
    // The same file under another system's name may name no cluster.
    expect(() =>
      checkClusterLimits({
        system: 'wimmelwelt',
        owner: 'group:default/wimmelwelt',
        environments: environments.list(),
        limits: platform.clusterLimits,
      }),
    ).toThrow(/may not use cluster 'demo-cluster' \(allowed: none;/);
    // The team file has no weekend freeze of its own: it is the organisation's.
    expect(servanda.config.has('calendar.windows.weekend-freeze')).toBe(false);
    expect(service.policy('dev')?.windows.map(w => w.id)).toEqual([
      'weekend-freeze',
    ]);
    expect(
      service
        .policy('prod')
        ?.windows.map(w => w.id)
        .sort(),
    ).toEqual(['peak-hours', 'standard-release', 'weekend-freeze']);
  });
});
