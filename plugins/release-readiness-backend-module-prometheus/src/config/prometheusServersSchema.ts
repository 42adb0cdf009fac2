import { z } from 'zod';
import { EVEN_WITH_ISSUES, refuseUnknownKeys } from './refuseUnknownKeys';

/** Names of servers: what environments write in `prometheus.server`. */
export const SERVER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex
const WHITESPACE_OR_CONTROL = /[\u0000-\u0020\u007F-\u009F]/;

const SERVER_KEYS = ['url', 'auth', 'caFile', 'timeout'] as const;
const AUTH_KEYS = {
  bearer: ['type', 'token'],
  basic: ['type', 'username', 'password'],
} as const;

/** A credential goes into a header: one line of visible characters, never empty. */
const credential = z
  .string()
  .min(1, 'must not be empty')
  .refine(value => !CONTROL.test(value), {
    message: 'must not contain line breaks or control characters',
  });

/** Parses an http(s) URL; undefined for anything else (other schemes, relative, whitespace). */
function httpUrl(value: string): URL | undefined {
  if (WHITESPACE_OR_CONTROL.test(value)) {
    return undefined;
  }
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.hostname
      ? url
      : undefined;
  } catch {
    return undefined;
  }
}

const auth = z
  .looseObject({
    type: z.enum(['bearer', 'basic'], {
      error: 'expected bearer or basic',
    }),
    token: credential.optional(),
    username: credential
      .refine(value => !value.includes(':'), {
        message: 'must not contain a colon (HTTP basic authentication)',
      })
      .optional(),
    password: credential.optional(),
  })
  .superRefine((value, ctx) => {
    const allowed: readonly string[] = AUTH_KEYS[value.type];
    refuseUnknownKeys(allowed)(value, ctx);
    for (const key of allowed.filter(k => k !== 'type')) {
      if (value[key as 'token' | 'username' | 'password'] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `required for auth type ${value.type}`,
        });
      }
    }
  });

const server = z
  .looseObject({
    url: z.string().superRefine((value, ctx) => {
      const url = httpUrl(value);
      if (!url) {
        ctx.addIssue({
          code: 'custom',
          message: 'expected an http:// or https:// URL',
        });
      } else if (url.username || url.password) {
        ctx.addIssue({
          code: 'custom',
          message:
            'must not carry credentials (user:password@); put them into auth',
        });
      } else if (url.search || url.hash) {
        ctx.addIssue({
          code: 'custom',
          message:
            'must be the base URL of the Prometheus API, without a query or fragment',
        });
      }
    }),
    auth: auth.optional(),
    caFile: z.string().min(1).optional(),
    timeout: z
      .union([z.number(), z.string(), z.record(z.string(), z.number())], {
        error:
          'expected a duration such as 10s, PT10S, { seconds: 10 } or milliseconds',
      })
      .optional(),
  })
  .superRefine(refuseUnknownKeys(SERVER_KEYS), EVEN_WITH_ISSUES);

/**
 * The zod schema of `releaseReadiness.prometheus`: `servers.<name>` with `url`, `auth`
 * (`{ type: bearer, token }` or `{ type: basic, username, password }`), `caFile` and `timeout`.
 * Messages name the key and never quote a value (a credential may be one).
 */
export const prometheusServersSchema = z
  .looseObject({
    servers: z
      .record(
        z.string().regex(SERVER_NAME, {
          message:
            'server names are letters, digits, ".", "-" and "_" (at most 63)',
        }),
        server,
      )
      .default({}),
  })
  .superRefine(refuseUnknownKeys(['servers']), EVEN_WITH_ISSUES);
