import { handleGet } from '../handlers/handleGet';
import { handleList } from '../handlers/handleList';
import { handlePatch } from '../handlers/handlePatch';
import { handlePut } from '../handlers/handlePut';
import { handleVersion } from '../handlers/handleVersion';
import { handleWatch } from '../handlers/handleWatch';
import { Route } from './Route';

/**
 * Every verb the test server serves, tried in this order; the first route that answers wins. A
 * new verb (POST, DELETE, ...) is a handler in `handlers/` and a line here.
 */
export const ROUTES: readonly Route[] = [
  { method: 'GET', handle: handleVersion },
  { method: 'GET', handle: handleWatch },
  { method: 'GET', handle: handleList },
  { method: 'GET', handle: handleGet },
  { method: 'PATCH', handle: handlePatch },
  { method: 'PUT', handle: handlePut },
];
