/**
 * A failure the test server can act out. `method` limits a fault to the requests of that HTTP
 * method (e.g. a 403 only for `PATCH`, as for a reader's service account).
 *
 * - `hang`: accept the request and never answer.
 * - `refuse`: stop listening and drop open connections, so connections are refused.
 * - `status`: answer with that HTTP status and a Kubernetes `Status` body (429 adds `Retry-After`).
 * - `malformed`: answer 200 with a body that is not JSON.
 *
 * @public
 */
export type KubernetesFault =
  | { type: 'hang'; method?: string }
  | { type: 'refuse' }
  | {
      type: 'status';
      status: number;
      retryAfterSeconds?: number;
      method?: string;
    }
  | { type: 'malformed'; method?: string };
