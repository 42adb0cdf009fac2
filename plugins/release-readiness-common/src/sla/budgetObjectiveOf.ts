import type { SlaServiceDefinition, SloObjectiveDefinition } from './types';

/**
 * The objective a service's error budget belongs to: its first `slo` objective of kind
 * `availability`, else its first `slo` objective of kind `latency`; none otherwise (an
 * error-rate objective has no budget of its own).
 *
 * @public
 */
export function budgetObjectiveOf(
  definition: SlaServiceDefinition,
): SloObjectiveDefinition | undefined {
  const slos = definition.objectives.filter(o => o.role === 'slo');
  return (
    slos.find(o => o.kind === 'availability') ??
    slos.find(o => o.kind === 'latency')
  );
}
