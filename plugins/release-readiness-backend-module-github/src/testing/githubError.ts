/** An answer of the test server: status, JSON body (none for 204) and extra headers. */
export type TestAnswer = [number, unknown, Record<string, string>?];

/**
 * An error answer in GitHub's shape: `{ message, documentation_url, status }`.
 *
 * @param status - the HTTP status
 * @param message - GitHub's message
 * @param doc - the documentation path under `https://docs.github.com/rest`, e.g. `actions/workflows`
 */
export function githubError(
  status: number,
  message: string,
  doc = '',
): TestAnswer {
  return [
    status,
    {
      message,
      documentation_url: `https://docs.github.com/rest${doc ? `/${doc}` : ''}`,
      status: String(status),
    },
  ];
}
