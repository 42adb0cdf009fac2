import {
  SourceError,
  sourceErrorTypeForStatus,
} from '@release-readiness/plugin-release-readiness-common';

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

/** Query parameters whose value is a credential: `?access_token=…`, `&X-Amz-Signature=…`, `&sig=…`. */
const BACKSTAGE_ERRORS: Record<string, SourceError> = {
  NotFoundError: {
    type: 'NOT_FOUND',
    message: 'The upstream has no such file or resource (NotFoundError)',
  },
  NotAllowedError: {
    type: 'FORBIDDEN',
    message: 'The upstream refused access (NotAllowedError)',
  },
  AuthenticationError: {
    type: 'UNAUTHORIZED',
    message: 'The upstream rejected the credentials (AuthenticationError)',
  },
};

const SECRET_PARAMETER =
  /(token|secret|passw(?:or)?d|pwd|api[_-]?key|apikey|(?:^|[_.-])key$|^key|signature|^sig$|credential|auth)/i;

/**
 * Removes anything that looks like a credential and bounds the length.
 *
 * @remarks
 * Redacts: credentials in URLs (`scheme://user:password@host` and `scheme://token@host` become
 * `scheme://[redacted]@host`), query parameters named like a credential (token, key, secret,
 * password, signature, sig, access_token, api_key, …), `Authorization` values, PagerDuty's
 * `Token token=…`, and `bearer`/`basic`/`token`/`password`/`secret`/`api_key` followed by a value.
 * A source should still not put upstream text into its messages; this is the last line of defence.
 */
export function redactMessage(message: string): string {
  const redacted = message
    // URL userinfo: everything between `://` and the last `@` before the path.
    .replace(
      /([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*(?:@[^\s/?#@]*)*@/gi,
      '$1[redacted]@',
    )
    .replace(
      /([?&;])([^=&;\s#"'<>]+)=([^&;\s#"'<>]*)/g,
      (match, separator: string, name: string) =>
        SECRET_PARAMETER.test(name) ? `${separator}${name}=[redacted]` : match,
    )
    .replace(
      /(authorization["'\s:=]+)(?:(?:bearer|basic|token)\s+)?(?:token=)?[^\s"',}]+/gi,
      '$1[redacted]',
    )
    .replace(/(\btoken\s+token=)["']?[^\s"',;}]+/gi, '$1[redacted]')
    .replace(
      /(bearer|basic|token)(\s*[:=]?\s*)(?![A-Za-z0-9._~+/=-]*\[redacted\])[A-Za-z0-9._~+/=-]{6,}/gi,
      '$1$2[redacted]',
    )
    .replace(
      /(password|passwd|secret|api[_-]?key|access[_-]?token)(["'\s:=]+)(?!\[redacted\])[^\s"',}&]+/gi,
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
 * echo request details, so they are not shown), network error codes map to their type, JSON and
 * YAML parser errors (whose messages quote their input) get a fixed message, and anything else is
 * `UNKNOWN` with a fixed message naming only the error's class ({@link logDetailOf} gives the
 * redacted message for the log).
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
    // Node's JSON.parse quotes the input in its message; it is not shown.
    return {
      type: 'BAD_RESPONSE',
      message: 'Upstream answered with a body that is not valid JSON',
    };
  }
  if (typeof e?.name === 'string' && /^YAML/.test(e.name)) {
    // js-yaml's YAMLException and yaml's YAMLParseError quote the offending source lines (which
    // can hold secrets) in their messages.
    return {
      type: 'BAD_RESPONSE',
      message: 'Upstream answered with a body that is not valid YAML',
    };
  }
  // Backstage's own errors (e.g. the UrlReader's for a team's policy file): the kind, not the
  // message, which names URLs.
  const backstage = BACKSTAGE_ERRORS[typeof e?.name === 'string' ? e.name : ''];
  if (backstage) {
    return backstage;
  }
  // Anything else may carry any text (a source's bug, a library's message quoting its input):
  // the tile says only what kind of error it was; the backend's log has the redacted message.
  const name =
    typeof e?.name === 'string' && /^[A-Za-z]{1,60}$/.test(e.name)
      ? e.name
      : 'Error';
  return {
    type: 'UNKNOWN',
    message: `The source failed with an unexpected ${name}; the backend's log has the details`,
  };
}

/** One log line about a source error: `<type>: <detail>` (see {@link logDetailOf}). */
export function logLineOf(error: unknown): string {
  const classified = classifySourceError(error);
  return `${classified.type}: ${logDetailOf(error, classified)}`;
}

/**
 * What the backend's log says about a source error: the classified message, or for an
 * unexpected error its own message, redacted and shortened (never shown to users).
 */
export function logDetailOf(error: unknown, classified: SourceError): string {
  if (classified.type !== 'UNKNOWN') {
    return classified.message;
  }
  const e = error as { message?: unknown } | undefined;
  return redactMessage(String(e?.message ?? error));
}
