import {
  SourceError,
  sourceErrorTypeForStatus,
} from '@internal/backstage-plugin-release-readiness-common';

const MAX_MESSAGE_LENGTH = 300;

const NETWORK_CODES: Record<string, SourceError['type']> = {
  ECONNREFUSED: 'CONNECTION_REFUSED',
  ECONNRESET: 'CONNECTION_RESET',
  EPIPE: 'CONNECTION_RESET',
  UND_ERR_SOCKET: 'CONNECTION_RESET',
  ENOTFOUND: 'DNS',
  EAI_AGAIN: 'DNS',
  ETIMEDOUT: 'TIMEOUT',
  UND_ERR_CONNECT_TIMEOUT: 'TIMEOUT',
  UND_ERR_HEADERS_TIMEOUT: 'TIMEOUT',
};

function statusOf(error: any): number | undefined {
  for (const candidate of [
    error?.statusCode,
    error?.status,
    error?.response?.status,
    error?.response?.statusCode,
    typeof error?.code === 'number' ? error.code : undefined,
  ]) {
    if (typeof candidate === 'number' && candidate >= 100 && candidate < 600) {
      return candidate;
    }
  }
  return undefined;
}

function networkCodeOf(error: any): string | undefined {
  for (let e = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
    if (typeof e.code === 'string') {
      return e.code;
    }
  }
  return undefined;
}

/** Removes anything that looks like a credential and bounds the length. */
export function redactMessage(message: string): string {
  const redacted = message
    .replace(
      /(authorization["'\s:=]+)(?:(?:bearer|basic)\s+)?[^\s"',}]+/gi,
      '$1[redacted]',
    )
    .replace(
      /(bearer|basic|token)(\s*[:=]?\s*)[A-Za-z0-9._~+/=-]{6,}/gi,
      '$1$2[redacted]',
    )
    .replace(
      /(password|secret|api[_-]?key)(["'\s:=]+)[^\s"',}]+/gi,
      '$1$2[redacted]',
    );
  return redacted.length > MAX_MESSAGE_LENGTH
    ? `${redacted.slice(0, MAX_MESSAGE_LENGTH - 1)}…`
    : redacted;
}

/**
 * Turns whatever a source threw into a typed, user-safe {@link SourceError}.
 *
 * @remarks
 * Sources that know better throw `SourceUnavailableError` with their own type and message. For
 * anything else, HTTP statuses map to a type with a generic message (upstream error bodies can
 * echo request details, so they are not shown), network error codes map to their type, and the
 * remaining messages are redacted and shortened.
 */
export function classifySourceError(error: unknown): SourceError {
  const e = error as any;
  if (e?.name === 'SourceUnavailableError' && typeof e.type === 'string') {
    return { type: e.type, message: redactMessage(String(e.message)) };
  }
  const status = statusOf(e);
  if (status !== undefined) {
    return {
      type: sourceErrorTypeForStatus(status),
      message: `Upstream answered HTTP ${status}`,
    };
  }
  const code = networkCodeOf(e);
  if (code && NETWORK_CODES[code]) {
    return {
      type: NETWORK_CODES[code],
      message: redactMessage(`${code}: ${e?.message ?? ''}`),
    };
  }
  if (code && /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code)) {
    return {
      type: 'TLS',
      message: redactMessage(`${code}: ${e?.message ?? ''}`),
    };
  }
  if (e?.name === 'SyntaxError') {
    return {
      type: 'BAD_RESPONSE',
      message: 'Upstream answered with a body that is not valid JSON',
    };
  }
  return { type: 'UNKNOWN', message: redactMessage(String(e?.message ?? e)) };
}
