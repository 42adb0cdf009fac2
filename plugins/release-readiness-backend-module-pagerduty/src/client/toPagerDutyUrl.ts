import type { PagerDutyQuery } from './PagerDutyClient';

/**
 * `<baseUrl><path>?<query>`; array values repeat their key as given (e.g. `service_ids[]`), and
 * `undefined` values are left out.
 */
export function toPagerDutyUrl(
  baseUrl: string,
  path: string,
  query: PagerDutyQuery,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) {
      continue;
    }
    if (Array.isArray(value)) {
      for (const item of value) {
        params.append(key, String(item));
      }
    } else {
      params.append(key, String(value));
    }
  }
  const search = params.toString();
  const normalised = path.startsWith('/') ? path : `/${path}`;
  return `${baseUrl}${normalised}${search ? `?${search}` : ''}`;
}
