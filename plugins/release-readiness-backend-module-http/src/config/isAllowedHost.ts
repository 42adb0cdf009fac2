import type { AllowedHost } from './parseAllowedHost';

/**
 * Whether `url` (an http or https URL) names one of the allowed hosts: the same host name as the
 * URL parser normalises it (so `127.1` is `127.0.0.1` and `LOCALHOST` is `localhost`), and the same
 * port, where an entry without a port allows only the scheme's default port.
 */
export function isAllowedHost(
  url: URL,
  allowed: readonly AllowedHost[],
): boolean {
  const defaultPort = url.protocol === 'https:' ? 443 : 80;
  const port = url.port ? Number(url.port) : defaultPort;
  return allowed.some(
    host =>
      host.hostname === url.hostname && (host.port ?? defaultPort) === port,
  );
}
