function describe(
  type: 'http' | 'bad-response' | 'network',
  status: number,
  reason: string | undefined,
): string {
  if (type === 'http') {
    return `HTTP ${status}${reason ? ` ${reason}` : ''}`;
  }
  if (type === 'network') {
    return `no answer${reason ? ` (${reason})` : ''}`;
  }
  return 'a body that is not JSON';
}

/**
 * What went wrong with one request of {@link KubernetesApi}, without the server's words: the
 * HTTP status and the `Status` body's `reason` (a fixed word such as `Conflict`), a body that was
 * not JSON, or a network failure with its code (`ECONNREFUSED`, …).
 */
export class KubernetesApiError extends Error {
  /** `http`: answered with an error status; `bad-response`: not JSON; `network`: no answer. */
  readonly type: 'http' | 'bad-response' | 'network';
  /** The HTTP status (0 without an answer). */
  readonly status: number;
  /** The `Status` body's `reason`, or the network error's code. */
  readonly reason?: string;

  constructor(
    type: KubernetesApiError['type'],
    status: number,
    reason?: string,
  ) {
    super(describe(type, status, reason));
    this.name = 'KubernetesApiError';
    this.type = type;
    this.status = status;
    this.reason = reason;
  }
}
