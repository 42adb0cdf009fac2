/**
 * A host that team-owned `http` gate blocks may probe: a host name or IP address, and the port
 * (absent: only the scheme's default port, 80 for http and 443 for https).
 */
export interface AllowedHost {
  /** Normalised as a URL's `hostname` is: lower case, IPv6 in brackets, IPv4 in dotted form. */
  hostname: string;
  port?: number;
  /** The entry as configured, for messages. */
  text: string;
}

const BRACKETED = /^(\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?$/;
const PLAIN = /^([A-Za-z0-9.-]+)(?::(\d{1,5}))?$/;

/**
 * Reads one `releaseReadiness.http.allowedHosts` entry: `host` or `host:port` (IPv6 as
 * `[::1]:7011`); no scheme, path, credentials or wildcards. Undefined when it is none of those.
 */
export function parseAllowedHost(entry: string): AllowedHost | undefined {
  const match = BRACKETED.exec(entry) ?? PLAIN.exec(entry);
  if (!match) {
    return undefined;
  }
  let hostname: string;
  try {
    hostname = new URL(`http://${match[1]}/`).hostname;
  } catch {
    return undefined;
  }
  if (!hostname) {
    return undefined;
  }
  if (match[2] === undefined) {
    return { hostname, text: entry };
  }
  const port = Number(match[2]);
  if (!(port >= 1 && port <= 65535)) {
    return undefined;
  }
  return { hostname, port, text: entry };
}
