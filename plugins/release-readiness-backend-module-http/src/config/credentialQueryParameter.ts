/** Query parameter names that carry a credential: `token`, `api_key`, `sig`, `password`, … */
const CREDENTIAL_NAME =
  /(token|secret|passw(?:or)?d|pwd|api[_-]?key|apikey|(?:^|[_.-])key$|^key|signature|^sig$|credential|auth)/i;

/**
 * The name of the first query parameter of `url` that is named like a credential, if any. A probed
 * URL is shown on the board, so it must not carry one.
 */
export function credentialQueryParameter(url: URL): string | undefined {
  for (const name of url.searchParams.keys()) {
    if (CREDENTIAL_NAME.test(name)) {
      return name;
    }
  }
  return undefined;
}
