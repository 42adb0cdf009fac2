import { networkErrorCodeOf } from './networkErrorCodeOf';

/** Error codes the system or undici give, and our own words for them. */
const MESSAGES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection closed before an answer',
  EPIPE: 'connection closed before an answer',
  UND_ERR_SOCKET: 'connection closed before an answer',
  UND_ERR_CLOSED: 'connection closed before an answer',
  ENOTFOUND: 'host name not found (DNS)',
  EAI_AGAIN: 'host name could not be resolved (DNS)',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'no connection (timed out)',
  UND_ERR_CONNECT_TIMEOUT: 'no connection (timed out)',
  UND_ERR_HEADERS_TIMEOUT: 'no answer (timed out)',
  UND_ERR_BODY_TIMEOUT: 'answer not finished (timed out)',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS: self-signed certificate, not trusted',
  SELF_SIGNED_CERT_IN_CHAIN:
    'TLS: self-signed certificate in the chain, not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    'TLS: certificate not trusted (issuer unknown; set caFile)',
  UNABLE_TO_GET_ISSUER_CERT:
    'TLS: certificate not trusted (issuer unknown; set caFile)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    'TLS: certificate not trusted (issuer unknown; set caFile)',
  CERT_HAS_EXPIRED: 'TLS: certificate expired',
  CERT_NOT_YET_VALID: 'TLS: certificate not yet valid',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS: certificate does not match the host name',
};

/** Node's TLS error codes that the table does not name. */
const TLS_CODE = /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/;
/** undici's and llhttp's codes for an answer that is not HTTP. */
const NOT_HTTP_CODE = /^(HPE_|UND_ERR_INFO|UND_ERR_RES_|UND_ERR_INVALID)/;

/**
 * Our own short message for a request that got no (usable) answer: refused, reset, DNS, TLS, an
 * answer that is not HTTP. Only the error's code is read, never its message (which names the
 * address and may echo a URL).
 *
 * @public
 */
export function describeNetworkError(error: unknown): string {
  const code = networkErrorCodeOf(error);
  if (code === undefined) {
    return 'request failed';
  }
  if (MESSAGES[code]) {
    return MESSAGES[code];
  }
  if (TLS_CODE.test(code)) {
    return `TLS handshake failed (${code})`;
  }
  if (NOT_HTTP_CODE.test(code)) {
    return 'the answer is not valid HTTP';
  }
  return `request failed (${code})`;
}
