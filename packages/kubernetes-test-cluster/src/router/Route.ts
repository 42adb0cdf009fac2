import { TestResponse } from '../http/TestResponse';
import { ServerState } from './ServerState';
import { TestRequest } from './TestRequest';

/**
 * One verb of the test server, e.g. GET on collection paths. `handle` answers the requests it
 * serves and returns `undefined` for paths that are not its own, so that the router can try the
 * next route.
 */
export interface Route {
  method: string;
  handle(
    request: TestRequest,
    state: ServerState,
  ): TestResponse | undefined | Promise<TestResponse | undefined>;
}
