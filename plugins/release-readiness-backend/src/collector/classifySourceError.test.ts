import { SourceUnavailableError } from '@internal/backstage-plugin-release-readiness-node';
import { classifySourceError, redactMessage } from './classifySourceError';

describe('classifySourceError', () => {
  it('keeps the type and message a source chose', () => {
    expect(
      classifySourceError(
        new SourceUnavailableError('NOT_CONFIGURED', 'no token set'),
      ),
    ).toEqual({
      type: 'NOT_CONFIGURED',
      message: 'no token set',
    });
  });

  it.each([
    [{ statusCode: 401 }, 'UNAUTHORIZED'],
    [{ status: 403 }, 'FORBIDDEN'],
    [{ code: 404, body: 'x' }, 'NOT_FOUND'],
    [{ response: { status: 429 } }, 'RATE_LIMITED'],
    [{ code: 500 }, 'SERVER_ERROR'],
    [{ code: 503 }, 'SERVER_ERROR'],
    [{ statusCode: 422 }, 'BAD_RESPONSE'],
  ])('maps HTTP status %j to %s without echoing the body', (error, type) => {
    const result = classifySourceError(
      Object.assign(new Error('Body: {"token":"abcdefgh12345"}'), error),
    );
    expect(result.type).toBe(type);
    expect(result.message).toMatch(/^Upstream answered HTTP \d{3}$/);
  });

  it.each([
    ['ECONNREFUSED', 'CONNECTION_REFUSED'],
    ['ECONNRESET', 'CONNECTION_RESET'],
    ['ENOTFOUND', 'DNS'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'TLS'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'TLS'],
  ])('maps network code %s (also when nested in cause) to %s', (code, type) => {
    const cause = Object.assign(new Error(`connect ${code} 127.0.0.1:1`), {
      code,
    });
    expect(
      classifySourceError(new TypeError('fetch failed', { cause })).type,
    ).toBe(type);
  });

  it('reports unparseable bodies as BAD_RESPONSE', () => {
    expect(
      classifySourceError(new SyntaxError('Unexpected token <')).type,
    ).toBe('BAD_RESPONSE');
  });

  it('falls back to UNKNOWN with a redacted message', () => {
    const result = classifySourceError(
      new Error('failed with Authorization: Bearer sk_live_abcdef123456'),
    );
    expect(result).toEqual({
      type: 'UNKNOWN',
      message: 'failed with Authorization: [redacted]',
    });
  });
});

describe('redactMessage', () => {
  it('removes tokens, passwords and keys and bounds the length', () => {
    expect(
      redactMessage('token=abcdefghijk password: hunter22 api_key="xyz12345"'),
    ).toBe('token=[redacted] password: [redacted] api_key="[redacted]"');
    expect(redactMessage('x'.repeat(1000))).toHaveLength(300);
  });
});
