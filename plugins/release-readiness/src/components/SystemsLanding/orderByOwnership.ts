import type { SystemReadinessSummary } from '@release-readiness/plugin-release-readiness-common';

/** A system on the landing page, and whether the signed-in user owns it or belongs to its owner. */
export interface OrderedSystem<S = SystemReadinessSummary> {
  system: S;
  yours: boolean;
}

/**
 * The systems whose owner is among `ownership` (lower-cased entity refs) first, the others after;
 * each group keeps the order it was given in (the backend's: by title).
 */
export function orderByOwnership<S extends { owner?: string }>(
  systems: S[],
  ownership: ReadonlySet<string>,
): OrderedSystem<S>[] {
  const ordered = systems.map(system => ({
    system,
    yours:
      system.owner !== undefined &&
      ownership.has(system.owner.toLocaleLowerCase('en-US')),
  }));
  return [...ordered.filter(s => s.yours), ...ordered.filter(s => !s.yours)];
}
