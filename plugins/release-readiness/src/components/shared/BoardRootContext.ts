import { createContext } from 'react';

/**
 * The path the board's page is mounted on (e.g. `/release-readiness`), for links to its pages
 * from anywhere: the page itself provides it, and so do the entity tabs when the app has the
 * page. Without it (`undefined`), the board's pieces show no links to its pages.
 */
export const BoardRootContext = createContext<string | undefined>(undefined);
