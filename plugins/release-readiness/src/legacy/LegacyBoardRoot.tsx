import { useRouteRef } from '@backstage/core-plugin-api';
import type { ReactNode } from 'react';
import { BoardRootContext } from '../components/shared';
import { legacyRootRouteRef } from './routes';

/** The path of the legacy board page, or `undefined` when the app does not mount it. */
function useLegacyBoardRoot(): string | undefined {
  try {
    // Throws "No path for routeRef" when ReleaseReadinessPage is not mounted; every hook inside
    // has run by then, so catching keeps the order of hooks stable.
    return useRouteRef(legacyRootRouteRef)();
  } catch {
    return undefined;
  }
}

/**
 * Makes the legacy board page (`ReleaseReadinessPage`) the target of links from content outside
 * it, e.g. the entity tabs; without the page, no links.
 */
export function LegacyBoardRoot(props: { children: ReactNode }) {
  const root = useLegacyBoardRoot();
  return (
    <BoardRootContext.Provider value={root}>
      {props.children}
    </BoardRootContext.Provider>
  );
}
