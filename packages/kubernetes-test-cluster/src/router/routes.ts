import { handleList } from '../handlers/handleList';
import { handleVersion } from '../handlers/handleVersion';
import { Route } from './Route';

/**
 * Every verb the test server serves, tried in this order; the first route that answers wins. A
 * new verb (PATCH, ...) is a handler in `handlers/` and a line here.
 */
export const ROUTES: readonly Route[] = [
  { method: 'GET', handle: handleVersion },
  { method: 'GET', handle: handleList },
];
