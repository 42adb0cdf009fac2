import { useRouteRef } from '@backstage/frontend-plugin-api';
import type { ReactNode } from 'react';
import { BoardRootContext } from './components/shared';
import { rootRouteRef } from './routes';

/**
 * Makes the board's page (new frontend system: the page of {@link rootRouteRef}) the target of
 * links from content outside it, e.g. the entity tabs; without the page, no links.
 */
export function RoutedBoardRoot(props: { children: ReactNode }) {
  const root = useRouteRef(rootRouteRef)?.();
  return (
    <BoardRootContext.Provider value={root}>
      {props.children}
    </BoardRootContext.Provider>
  );
}
