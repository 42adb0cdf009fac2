import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  GateChecks,
  SourceInfo,
  Sourced,
} from '@release-readiness/plugin-release-readiness-common';
import type { ManualGateStore } from './ManualGateStore';
import type { ResolvedRelease } from './ReleaseResolver';

const SOURCE_NAME = 'manual-gates';

/**
 * The manual gate results of an environment for the release being judged, as gate checks with
 * their source. When that release was read from stale workloads, the answer is stale too; when
 * no release can be told, nothing can count (the gate evaluation says why).
 */
export async function readManualResults(options: {
  store: ManualGateStore;
  system: string;
  environment: string;
  release: ResolvedRelease;
  now: string;
  logger: LoggerService;
}): Promise<Sourced<GateChecks>> {
  const { store, system, environment, release, now } = options;
  const ok: SourceInfo = { name: SOURCE_NAME, status: 'ok', fetchedAt: now };
  if (release.ref === undefined) {
    return { value: { checks: [] }, source: ok };
  }
  try {
    const records = await store.currentResults(
      system,
      environment,
      release.ref,
    );
    const basedOn = release.basedOn;
    return {
      value: {
        ref: { name: release.ref },
        checks: records.map(r => ({
          name: r.check,
          gate: r.gate,
          state: r.state,
          at: r.createdAt,
          detail: `${r.reason} (${r.actor})`,
          actor: r.actor,
          ref: r.ref,
        })),
      },
      source:
        basedOn?.status === 'stale'
          ? {
              name: SOURCE_NAME,
              status: 'stale',
              ...(basedOn.fetchedAt && { fetchedAt: basedOn.fetchedAt }),
              error: {
                type: basedOn.error?.type ?? 'UNKNOWN',
                message: `The release was read from stale workloads (${basedOn.name})`,
              },
            }
          : ok,
    };
  } catch (error) {
    options.logger.error(
      `Could not read manual gate results of ${environment}: ${error}`,
    );
    return {
      source: {
        name: SOURCE_NAME,
        status: 'unavailable',
        error: {
          type: 'UNKNOWN',
          message: 'The manual gate results could not be read',
        },
      },
    };
  }
}
