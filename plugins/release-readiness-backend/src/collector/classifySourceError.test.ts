import {
  AuthenticationError,
  NotAllowedError,
  NotFoundError,
} from '@backstage/errors';
import { SourceUnavailableError } from '@release-readiness/plugin-release-readiness-node';
import { parse } from 'yaml';
import {
  classifySourceError,
  logDetailOf,
  redactMessage,
} from './classifySourceError';

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

  it('never shows what a JSON or YAML parser quotes from its input', () => {
    const json = (() => {
      try {
        JSON.parse('{"token": "json-canary-1a2b"');
        return undefined;
      } catch (e) {
        return e;
      }
    })();
    const yaml = Object.assign(
      new Error(
        'bad indentation of a mapping entry (3:12)\n\n 3 |     token: yaml-canary-3c4d: x',
      ),
      { name: 'YAMLException' },
    );
    expect(classifySourceError(json)).toEqual({
      type: 'BAD_RESPONSE',
      message: 'Upstream answered with a body that is not valid JSON',
    });
    expect(classifySourceError(yaml)).toEqual({
      type: 'BAD_RESPONSE',
      message: 'Upstream answered with a body that is not valid YAML',
    });
    const parsed = (() => {
      try {
        parse('user:\n  token: yaml-canary-5e6f: x\n');
        return undefined;
      } catch (e) {
        return e;
      }
    })();
    expect(String(parsed)).toContain('yaml-canary-5e6f');
    expect(classifySourceError(parsed)).toEqual({
      type: 'BAD_RESPONSE',
      message: 'Upstream answered with a body that is not valid YAML',
    });
  });

  it("types Backstage's own errors by kind, never quoting their message (it names URLs)", () => {
    const url = 'https://git.example.com/team/repo?token=s3cr3t-token-1234';
    expect(classifySourceError(new NotFoundError(`${url} not found`))).toEqual({
      type: 'NOT_FOUND',
      message: 'The upstream has no such file or resource (NotFoundError)',
    });
    expect(classifySourceError(new NotAllowedError(url)).type).toBe(
      'FORBIDDEN',
    );
    expect(classifySourceError(new AuthenticationError(url)).type).toBe(
      'UNAUTHORIZED',
    );
    for (const error of [new NotFoundError(url), new NotAllowedError(url)]) {
      expect(classifySourceError(error).message).not.toContain('s3cr3t');
    }
  });

  it('falls back to UNKNOWN with a fixed message, and a redacted one for the log', () => {
    const error = new Error(
      'failed with Authorization: Bearer sk_live_abcdef123456 and Summer-Release-Password',
    );
    const result = classifySourceError(error);
    expect(result).toEqual({
      type: 'UNKNOWN',
      message:
        "The source failed with an unexpected Error; the backend's log has the details",
    });
    expect(logDetailOf(error, result)).toBe(
      'failed with Authorization: [redacted] and Summer-Release-Password',
    );
    const typeError = classifySourceError(new TypeError('x is undefined'));
    expect(typeError.message).toContain('unexpected TypeError');
    expect(
      logDetailOf(new Error('timeout'), {
        type: 'TIMEOUT',
        message: 'No answer within 5000 ms',
      }),
    ).toBe('No answer within 5000 ms');
  });
});

describe('redactMessage', () => {
  it('removes tokens, passwords and keys and bounds the length', () => {
    expect(
      redactMessage('token=abcdefghijk password: hunter22 api_key="xyz12345"'),
    ).toBe('token=[redacted] password: [redacted] api_key="[redacted]"');
    expect(redactMessage('x'.repeat(1000))).toHaveLength(300);
  });

  it.each([
    [
      'connect ECONNREFUSED https://reader:hunter2-secret@10.0.0.1:6443/apis',
      'connect ECONNREFUSED https://[redacted]@10.0.0.1:6443/apis',
    ],
    [
      'GET http://ghp_abcdef123456@github.example/repos failed',
      'GET http://[redacted]@github.example/repos failed',
    ],
    [
      'postgres://admin:p@ss@word@db:5432/app is unreachable',
      'postgres://[redacted]@db:5432/app is unreachable',
    ],
    [
      'Request cannot be constructed from a URL that includes credentials: https://u:pw@h/x?y=1',
      'Request cannot be constructed from a URL that includes credentials: https://[redacted]@h/x?y=1',
    ],
  ])('removes URL credentials: %s', (message, expected) => {
    expect(redactMessage(message)).toBe(expected);
  });

  it('leaves URLs without credentials and e-mail addresses alone', () => {
    const message =
      'https://api.pagerduty.com/incidents?limit=100&offset=0 for ops@servanda.example';
    expect(redactMessage(message)).toBe(message);
  });

  it.each([
    'access_token',
    'token',
    'api_key',
    'apikey',
    'key',
    'client_secret',
    'password',
    'signature',
    'X-Amz-Signature',
    'X-Amz-Credential',
    'sig',
  ])('redacts the query parameter %s', name => {
    expect(
      redactMessage(
        `GET https://h.example/a?limit=5&${name}=s3cr3tValue&page=2 failed`,
      ),
    ).toBe(`GET https://h.example/a?limit=5&${name}=[redacted]&page=2 failed`);
  });

  it("redacts PagerDuty's Token token=… scheme, also in short and quoted forms", () => {
    expect(redactMessage('sent Token token=u+abc to PagerDuty')).toBe(
      'sent Token token=[redacted] to PagerDuty',
    );
    expect(
      redactMessage('header "Token token=\'y_NbAkKc66ryYTWUXYEu\'"'),
    ).not.toContain('y_NbAkKc66ryYTWUXYEu');
    expect(
      redactMessage('{"Authorization":"Token token=y_NbAkKc66ryYTWUXYEu"}'),
    ).toBe('{"Authorization":"[redacted]"}');
  });
});
