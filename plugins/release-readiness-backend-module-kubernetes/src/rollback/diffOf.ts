import type { RollbackDiff } from '@release-readiness/plugin-release-readiness-common';

type Side = {
  revision: number;
  version?: string;
  images: readonly { container: string; image: string }[];
};

/**
 * The images that differ between two revisions, container by container (a container only on
 * one side has no image on the other).
 */
export function diffOf(from: Side, to: Side): RollbackDiff {
  const before = new Map(from.images.map(i => [i.container, i.image]));
  const after = new Map(to.images.map(i => [i.container, i.image]));
  const containers = [...new Set([...before.keys(), ...after.keys()])];
  return {
    from: {
      revision: from.revision,
      ...(from.version !== undefined && { version: from.version }),
    },
    to: {
      revision: to.revision,
      ...(to.version !== undefined && { version: to.version }),
    },
    changes: containers
      .filter(c => before.get(c) !== after.get(c))
      .map(container => ({
        container,
        ...(before.has(container) && { from: before.get(container) }),
        ...(after.has(container) && { to: after.get(container) }),
      })),
  };
}
