import type { SourceErrorType } from '@release-readiness/plugin-release-readiness-common';
import { networkErrorCodeOf } from '@release-readiness/plugin-release-readiness-node';

const TYPES: Record<string, SourceErrorType> = {
  ECONNREFUSED: 'CONNECTION_REFUSED',
  ECONNRESET: 'CONNECTION_RESET',
  EPIPE: 'CONNECTION_RESET',
  UND_ERR_SOCKET: 'CONNECTION_RESET',
  UND_ERR_CLOSED: 'CONNECTION_RESET',
  ENOTFOUND: 'DNS',
  EAI_AGAIN: 'DNS',
  ETIMEDOUT: 'TIMEOUT',
  UND_ERR_CONNECT_TIMEOUT: 'TIMEOUT',
  UND_ERR_HEADERS_TIMEOUT: 'TIMEOUT',
  UND_ERR_BODY_TIMEOUT: 'TIMEOUT',
};
const TLS_CODE = /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/;

/** The {@link SourceErrorType} of a request that got no answer (refused, reset, DNS, TLS, …). */
export function networkErrorType(error: unknown): SourceErrorType {
  const code = networkErrorCodeOf(error);
  if (code === undefined) {
    return 'UNKNOWN';
  }
  return TYPES[code] ?? (TLS_CODE.test(code) ? 'TLS' : 'UNKNOWN');
}
