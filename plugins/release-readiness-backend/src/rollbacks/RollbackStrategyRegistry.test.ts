import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import type {
  RollbackStrategy,
  RollbackStrategyFactory,
} from '@release-readiness/plugin-release-readiness-node';
import { readEnvironments } from '../environments/readEnvironments';
import { readRollbackPolicies } from './readRollbackPolicies';
import { RollbackStrategyRegistry } from './RollbackStrategyRegistry';

/** A strategy that is only ever created here, never asked to act. */
const strategy = (name: string): RollbackStrategy => {
  const unused = () => Promise.reject(new Error('not used by these tests'));
  return { name, revisions: unused, plan: unused, execute: unused };
};

function factory(type: string, defaultFor?: string[]): RollbackStrategyFactory {
  return {
    type,
    ...(defaultFor && { defaultFor }),
    create: () => strategy(type),
  };
}

const environments = readEnvironments(
  new ConfigReader({
    releaseReadiness: {
      environments: {
        prod: { title: 'Production', order: 1 },
        named: { title: 'Named', order: 2, rollback: { strategy: 'pipeline' } },
      },
    },
  }),
);
const policies = readRollbackPolicies(environments);

async function strategyOf(
  registry: RollbackStrategyRegistry,
  environment: string,
  workloadSourceType?: string,
) {
  const definition = environments.find(e => e.summary.name === environment)!;
  const created = await registry.create({
    environment: definition,
    policy: policies.get(environment)!,
    workloadSourceType,
    logger: mockServices.logger.mock(),
  });
  return created.strategy?.type;
}

describe('RollbackStrategyRegistry', () => {
  const registry = new RollbackStrategyRegistry();
  registry.add(
    factory('kubernetes', ['kubernetes', 'snapshot']),
    factory('nomad-jobs', ['nomad']),
    factory('pipeline'),
  );

  it('gives an environment without rollback.strategy the strategy that declares itself the default for its workload source', async () => {
    expect(await strategyOf(registry, 'prod', 'kubernetes')).toBe('kubernetes');
    expect(await strategyOf(registry, 'prod', 'snapshot')).toBe('kubernetes');
    expect(await strategyOf(registry, 'prod', 'nomad')).toBe('nomad-jobs');
  });

  it('gives none where no strategy declares the source, or without a workload source', async () => {
    expect(await strategyOf(registry, 'prod', 'http')).toBeUndefined();
    expect(await strategyOf(registry, 'prod')).toBeUndefined();
  });

  it('uses the strategy the policy names, whatever the source', async () => {
    expect(await strategyOf(registry, 'named', 'kubernetes')).toBe('pipeline');
  });

  it('knows no strategy by name: a kubernetes strategy without defaultFor is no default', async () => {
    const other = new RollbackStrategyRegistry();
    other.add(factory('kubernetes'));
    expect(await strategyOf(other, 'prod', 'kubernetes')).toBeUndefined();
  });
});
