import type { ServerResponse } from 'node:http';

/** An answer of the test server, before it is written: status, body text and extra headers. */
export interface TestResponse {
  status: number;
  /** Sent as is, with `content-type: application/json` (even when it is not valid JSON). */
  body: string;
  headers?: Record<string, string>;
  /** A streamed answer (a watch): takes over the response instead of `body`. */
  stream?: (res: ServerResponse) => void;
}
