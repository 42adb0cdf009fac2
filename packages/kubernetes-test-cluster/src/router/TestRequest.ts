import { IncomingHttpHeaders } from 'node:http';

/** A request as the routes see it. */
export interface TestRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  /** The request body as text (empty for GET). */
  body: string;
}
