import { STATUS_CODES } from 'node:http';

/**
 * An HTTP status with its standard reason phrase, e.g. `503 Service Unavailable`; never the
 * phrase the upstream sent.
 */
export function describeStatus(status: number): string {
  const phrase = STATUS_CODES[status];
  return phrase ? `${status} ${phrase}` : String(status);
}
