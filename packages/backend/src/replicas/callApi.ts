/** What one API call answered: the status and parsed body, or a connection-level error. */
export type ApiAnswer = {
  status: number;
  body: unknown;
  ms: number;
  /** Set when no HTTP answer came (connection refused or reset). */
  error?: string;
};

/**
 * One call of the release-readiness API (`/api/release-readiness/...`) with a user's token; never
 * throws: a connection-level failure is an answer with `status: 0` and `error`.
 */
export async function callApi(
  baseUrl: string,
  token: string,
  path: string,
  init: { method?: 'GET' | 'POST'; body?: unknown } = {},
): Promise<ApiAnswer> {
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}/api/release-readiness${path}`, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${token}`,
        ...(init.body !== undefined && { 'content-type': 'application/json' }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body, ms: performance.now() - started };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return {
      status: 0,
      body: undefined,
      ms: performance.now() - started,
      error: cause?.code ?? (error as Error).name,
    };
  }
}
