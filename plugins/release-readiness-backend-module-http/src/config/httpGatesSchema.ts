import { z } from 'zod';
import { credentialQueryParameter } from './credentialQueryParameter';
import { isAllowedHost } from './isAllowedHost';
import type { AllowedHost } from './parseAllowedHost';
import { parseDurationMs } from './parseDurationMs';
import { EVEN_WITH_ISSUES, refuseUnknownKeys } from './refuseUnknownKeys';

/** What the `gates.http` schema needs to know besides the block itself. */
export interface HttpGatesSchemaContext {
  /** `team`: the block comes from a team's policy file and may probe only `allowedHosts`. */
  owner: 'platform' | 'team';
  allowedHosts: readonly AllowedHost[];
  /** Every probe's timeout must be shorter than the collector's. */
  collectorTimeoutMs: number;
  defaultTimeoutMs: number;
}

/** One check of `gates.http.checks`, validated and with its defaults. */
export interface HttpCheckConfig {
  url: string;
  method: 'GET' | 'HEAD';
  expectStatus: number;
  /** A JSON field of the answer that must equal a value; `path` split at the dots. */
  json?: { path: string[]; equals: string | number | boolean | null };
  maxLatencyMs?: number;
  timeoutMs: number;
  caFile?: string;
}

/** At most this many checks per environment: each is a request on every refresh. */
export const MAX_CHECKS = 20;

const CHECK_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const JSON_PATH = /^[^.\s]+(\.[^.\s]+)*$/;
// eslint-disable-next-line no-control-regex
const WHITESPACE_OR_CONTROL = /[\u0000-\u0020\u007F-\u009F]/;
const DURATION_HINT =
  'expected milliseconds (e.g. 2000) or an ISO 8601 duration (e.g. PT2S), longer than zero';
const CHECK_KEYS = [
  'url',
  'method',
  'expectStatus',
  'json',
  'maxLatency',
  'timeout',
  'caFile',
] as const;

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

function describeAllowed(allowed: readonly AllowedHost[]): string {
  return allowed.length > 0
    ? `allowed: ${allowed.map(h => h.text).join(', ')}`
    : 'the platform allows none';
}

/**
 * The zod schema of an environment's `gates.http` block (see the README). Messages name the key
 * and never quote a URL that carries credentials.
 */
export function httpGatesSchema(context: HttpGatesSchemaContext) {
  const check = z
    .looseObject({
      url: z.string(),
      method: z.enum(['GET', 'HEAD']).default('GET'),
      expectStatus: z.number().int().min(100).max(599).default(200),
      json: z
        .looseObject({
          path: z
            .string()
            .regex(JSON_PATH, 'expected a dotted field path, e.g. status'),
          equals: z.union([z.string(), z.number(), z.boolean(), z.null()]),
        })
        .superRefine(refuseUnknownKeys(['path', 'equals']), EVEN_WITH_ISSUES)
        .optional(),
      maxLatency: z.unknown().optional(),
      timeout: z.unknown().optional(),
      caFile: z.string().min(1).optional(),
    })
    .superRefine(refuseUnknownKeys(CHECK_KEYS), EVEN_WITH_ISSUES)
    .superRefine(
      (value, ctx) => {
        const issue = (path: string, message: string) =>
          ctx.addIssue({ code: 'custom', path: [path], message });
        const url = httpUrl(value.url);
        if (!url) {
          issue('url', 'expected an http:// or https:// URL');
        } else if (url.username || url.password) {
          issue(
            'url',
            'must not carry credentials (user:password@): the board shows the probed URL, and a health endpoint must answer without them',
          );
        } else if (credentialQueryParameter(url) !== undefined) {
          issue(
            'url',
            `must not carry credentials in its query (parameter '${credentialQueryParameter(
              url,
            )}'): the board shows the probed URL`,
          );
        } else if (
          context.owner === 'team' &&
          !isAllowedHost(url, context.allowedHosts)
        ) {
          issue(
            'url',
            `host '${
              url.host
            }' is not allowed in a team's policy file; ${describeAllowed(
              context.allowedHosts,
            )} (releaseReadiness.http.allowedHosts)`,
          );
        }
        if (context.owner === 'team' && value.caFile !== undefined) {
          issue(
            'caFile',
            "not allowed in a team's policy file (it names a file on the portal's machine); the platform sets trusted CAs in releaseReadiness.http.caFile",
          );
        }
        if (value.json && value.method === 'HEAD') {
          issue('json', 'needs method GET: the answer to HEAD has no body');
        }
        const timeoutMs =
          value.timeout === undefined
            ? context.defaultTimeoutMs
            : parseDurationMs(value.timeout);
        if (timeoutMs === undefined) {
          issue('timeout', DURATION_HINT);
        } else if (timeoutMs >= context.collectorTimeoutMs) {
          issue(
            'timeout',
            `must be shorter than releaseReadiness.collector.timeout (${context.collectorTimeoutMs} ms)`,
          );
        }
        if (value.maxLatency !== undefined) {
          const maxLatencyMs = parseDurationMs(value.maxLatency);
          if (maxLatencyMs === undefined) {
            issue('maxLatency', DURATION_HINT);
          } else if (timeoutMs !== undefined && maxLatencyMs > timeoutMs) {
            issue(
              'maxLatency',
              `must not be longer than the check's timeout (${timeoutMs} ms)`,
            );
          }
        }
      },
      {
        when: payload =>
          EVEN_WITH_ISSUES.when(payload) &&
          typeof Reflect.get(Object(payload.value), 'url') === 'string',
      },
    )
    .transform(
      (value): HttpCheckConfig => ({
        url: value.url,
        method: value.method,
        expectStatus: value.expectStatus,
        ...(value.json && {
          json: { path: value.json.path.split('.'), equals: value.json.equals },
        }),
        ...(value.maxLatency !== undefined && {
          maxLatencyMs: parseDurationMs(value.maxLatency),
        }),
        timeoutMs:
          value.timeout === undefined
            ? context.defaultTimeoutMs
            : parseDurationMs(value.timeout) ?? context.defaultTimeoutMs,
        ...(value.caFile && { caFile: value.caFile }),
      }),
    );

  return z
    .looseObject(
      { checks: z.record(z.string(), check) },
      {
        error:
          'required for gates.source http: { checks: { <name>: { url: https://… } } }',
      },
    )
    .superRefine(refuseUnknownKeys(['checks']), EVEN_WITH_ISSUES)
    .superRefine((value, ctx) => {
      if (typeof value.checks !== 'object' || value.checks === null) {
        return;
      }
      const names = Object.keys(value.checks);
      if (names.length === 0 || names.length > MAX_CHECKS) {
        ctx.addIssue({
          code: 'custom',
          path: ['checks'],
          message: `expected 1 to ${MAX_CHECKS} checks`,
        });
      }
      for (const name of names) {
        if (!CHECK_NAME.test(name)) {
          ctx.addIssue({
            code: 'custom',
            path: ['checks', name],
            message:
              'expected a check name of letters, digits, dots, dashes and underscores, e.g. health-200',
          });
        }
      }
    }, EVEN_WITH_ISSUES);
}
