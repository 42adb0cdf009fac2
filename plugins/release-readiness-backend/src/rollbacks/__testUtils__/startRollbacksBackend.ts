import {
  RecordingBackendOptions,
  startRecordingBackend,
} from '../../__testUtils__/startRecordingBackend';
import { ROLLBACK_PEOPLE } from './rollbackPeople';
import { rollbacksApi } from './rollbacksApi';
import { rollbacksConfig, RollbacksConfigOptions } from './rollbacksConfig';
import { rollbackTestModule } from './rollbackTestModule';
import { TestStrategyControl } from './TestStrategyControl';
import { TestWorkloads } from './TestWorkloads';

/** The images of servanda-api's revisions 1, 2 and 3 (3 runs) in prod. */
export const API_IMAGES = {
  1: 'ghcr.io/servanda/api:1.4.0',
  2: 'ghcr.io/servanda/api:1.4.1',
  3: 'ghcr.io/servanda/api:1.4.2',
};

/**
 * The workloads the tests start with: prod and stage run servanda-api (revisions 1–3 of
 * {@link API_IMAGES}, at 3), a plain Deployment with a complete rollout; prod also runs the
 * Helm-managed Deployment keycloak (release servanda-keycloak, revisions 4 and 5).
 */
export function seedWorkloads(workloads: TestWorkloads): void {
  for (const environment of ['stage', 'prod']) {
    workloads.add(environment, {
      name: 'servanda-api',
      revisions: Object.entries(API_IMAGES).map(([revision, image]) => ({
        revision: Number(revision),
        image,
      })),
    });
  }
  workloads.add('prod', {
    name: 'keycloak',
    managedBy: { tool: 'helm', name: 'servanda-keycloak' },
    revisions: [
      { revision: 4, image: 'quay.io/keycloak/keycloak:25.0.6' },
      { revision: 5, image: 'quay.io/keycloak/keycloak:26.0.1' },
    ],
  });
}

/** What {@link startRollbacksBackend} starts. */
export interface RollbacksBackendOptions
  extends RollbacksConfigOptions,
    RecordingBackendOptions {}

/**
 * Starts the real plugin with {@link rollbacksConfig}, the test workload source and strategies
 * over {@link seedWorkloads}, the Servanda people in the mocked catalog, and recording auditor,
 * notifications, signals and root logger.
 */
export async function startRollbacksBackend(
  options: RollbacksBackendOptions = {},
) {
  const workloads = new TestWorkloads();
  seedWorkloads(workloads);
  const control = new TestStrategyControl();
  const started = await startRecordingBackend({
    ...options,
    releaseReadiness: rollbacksConfig(options),
    entities: ROLLBACK_PEOPLE,
    features: [
      rollbackTestModule({ workloads, control }),
      ...(options.features ?? []),
    ],
  });
  return {
    ...started,
    workloads,
    control,
    api: rollbacksApi(started.server),
  };
}
