import { formatRatio } from './formatRatio';
import { formatRequests } from './formatRequests';
import { formatSeconds } from './formatSeconds';
import type { SloObjectiveDefinition } from './types';

/**
 * The measured value of an objective in one clause, e.g. `99.95% of 43.2M requests succeeded
 * (target 99.9%)`, `99.2% of 1.2M requests within 100 ms (target 99%)` or `0.05% of 1.2M
 * requests failed (limit 0.1%)`.
 *
 * @internal
 */
export function describeSli(
  objective: Pick<SloObjectiveDefinition, 'kind' | 'target' | 'threshold'>,
  actual: number,
  requests: number,
  approximate: boolean,
): string {
  const of = `${formatRatio(actual)} of ${formatRequests(requests)}`;
  const target = formatRatio(objective.target);
  switch (objective.kind) {
    case 'availability':
      return `${of} succeeded (target ${target})`;
    case 'error-rate':
      return `${of} failed (limit ${target})`;
    default: {
      const threshold = formatSeconds(objective.threshold ?? 0);
      return `${of} within ${threshold} (target ${target})${
        approximate
          ? `, approximate: ${threshold} is not a known bucket boundary`
          : ''
      }`;
    }
  }
}
