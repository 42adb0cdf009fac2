import type { VersionsResponse } from '@release-readiness/plugin-release-readiness-common';

/** A version the picker offers, with where it runs and its digest when that is unambiguous. */
export interface VersionSuggestion {
  version: string;
  digest?: string;
  /** `<environment title>: <kind>/<name>`, in promotion order. */
  runsIn: string[];
}

const DIGEST = /@(sha256:[a-f0-9]{64})$/;

/**
 * The versions running in `environment` and the environments before it (promotion order),
 * newest environment's first; a version's digest only when all its images name the same one.
 * Empty when the environment is not in the matrix.
 */
export function versionSuggestions(
  versions: VersionsResponse,
  environment: string,
): VersionSuggestion[] {
  const index = versions.environments.findIndex(e => e.name === environment);
  if (index < 0) {
    return [];
  }
  const columns = versions.environments.slice(0, index + 1).reverse();
  const found = new Map<
    string,
    { runsIn: string[]; digests: Set<string | undefined> }
  >();
  for (const column of columns) {
    for (const row of versions.rows) {
      const cell = row.cells.find(c => c.environment === column.name);
      if (cell?.state !== 'deployed' || !cell.version) {
        continue;
      }
      const entry = found.get(cell.version) ?? {
        runsIn: [],
        digests: new Set(),
      };
      entry.runsIn.push(`${column.title}: ${row.kind}/${row.name}`);
      entry.digests.add(cell.image ? DIGEST.exec(cell.image)?.[1] : undefined);
      found.set(cell.version, entry);
    }
  }
  return [...found].map(([version, { runsIn, digests }]) => {
    const [digest] = [...digests];
    return {
      version,
      runsIn,
      ...(digests.size === 1 && digest && { digest }),
    };
  });
}
