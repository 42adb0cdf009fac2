/**
 * One request the test server received.
 *
 * @public
 */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** The `Authorization` header as received (the test server's own tokens only). */
  authorization?: string;
  /** The `Content-Type` header as received, when the request has one. */
  contentType?: string;
  /** Writes (PATCH, PUT, POST, DELETE): the body as received, once read. */
  body?: string;
  /** Writes: true when asked as a dry run (`dryRun=All`), which changes nothing. */
  dryRun?: boolean;
  receivedAt: number;
  /** The HTTP status answered, once answered. */
  status?: number;
  /** `answered` once the response was sent; `aborted` when the client closed it first. */
  outcome?: 'answered' | 'aborted';
  closedAt?: number;
}
