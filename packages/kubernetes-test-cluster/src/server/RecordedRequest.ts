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
  receivedAt: number;
  /** `answered` once the response was sent; `aborted` when the client closed it first. */
  outcome?: 'answered' | 'aborted';
  closedAt?: number;
}
