import { describeNetworkError } from './describeNetworkError';

const failure = (code: string | undefined, message: string, cause?: unknown) =>
  Object.assign(
    new Error(message),
    code ? { code } : {},
    cause ? { cause } : {},
  );

describe('describeNetworkError', () => {
  it('says in its own words what went wrong, from the code only', () => {
    const secretUrl = 'https://user:hunter2@internal.test/health?token=abc';
    expect(
      [
        'ECONNREFUSED',
        'ENOTFOUND',
        'ECONNRESET',
        'DEPTH_ZERO_SELF_SIGNED_CERT',
        'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
        'ERR_TLS_CERT_ALTNAME_INVALID',
        'ERR_SSL_WRONG_VERSION_NUMBER',
        'HPE_INVALID_CONSTANT',
        'ESOMETHINGELSE',
      ].map(code =>
        describeNetworkError(failure(code, `${code} ${secretUrl}`)),
      ),
    ).toEqual([
      'connection refused',
      'host name not found (DNS)',
      'connection closed before an answer',
      'TLS: self-signed certificate, not trusted',
      'TLS: certificate not trusted (issuer unknown; set caFile)',
      'TLS: certificate does not match the host name',
      'TLS handshake failed (ERR_SSL_WRONG_VERSION_NUMBER)',
      'the answer is not valid HTTP',
      'request failed (ESOMETHINGELSE)',
    ]);
  });

  it('reads the code of a cause, and never a message', () => {
    expect(
      describeNetworkError(
        failure(undefined, 'fetch failed', failure('ECONNREFUSED', 'x')),
      ),
    ).toBe('connection refused');
    expect(describeNetworkError(failure(undefined, 'https://a:b@c/'))).toBe(
      'request failed',
    );
    expect(
      describeNetworkError(failure('connect to https://a:b@c/ failed', 'm')),
    ).toBe('request failed');
    expect(describeNetworkError('a string')).toBe('request failed');
  });
});
