import {
  readRetryAfterMs,
  SourceUnavailableError,
} from '@release-readiness/plugin-release-readiness-node';
import { rootCertificates } from 'node:tls';
import { Agent, Dispatcher, request } from 'undici';
import type { z } from 'zod';
import type { PrometheusServer } from '../config/PrometheusServer';
import { describeNetworkError } from '@release-readiness/plugin-release-readiness-node';
import { networkErrorType } from './networkErrorType';
import { parseSampleValue } from './parseSampleValue';
import { prometheusHttpError } from './prometheusHttpError';
import {
  envelopeSchema,
  instantDataSchema,
  rangeDataSchema,
} from './prometheusResponseSchemas';
import type {
  InstantResult,
  PrometheusAnswer,
  RangeSeries,
} from './PrometheusResults';

/** Answers are small (sums, a few series); anything larger is refused, not read. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** The error body is read only for its `errorType`. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;
const USER_AGENT = 'backstage-release-readiness-prometheus';
/** How long a 429 without `Retry-After` blocks further calls. */
const DEFAULT_RATE_LIMIT_BACKOFF_MS = 30_000;
const MAX_LOGGED_CHARS = 300;

/**
 * A small client for the Prometheus HTTP API (`/api/v1/query`, `/api/v1/query_range`), one per
 * configured server, shared by its sources.
 *
 * @remarks
 * - Queries are GET requests (they are short: matchers and backup queries are bounded) with the
 *   server's `Authorization` header and its own `timeout` parameter; TLS is always verified
 *   (Node's CAs plus `caFile`).
 * - Every failure becomes a `SourceUnavailableError` with our own message: refused, reset, DNS,
 *   TLS; 400/422 (the query), 401/403, 404, 429 (with `Retry-After`), 503 (Prometheus' own
 *   timeout), other statuses; an answer that is not the API's JSON. Never the upstream's text.
 * - `warnings` of a successful answer are returned beside the data, never dropped.
 * - When the caller's signal aborts, the call rejects with the signal's reason.
 */
export class PrometheusClient {
  readonly #server: PrometheusServer;
  readonly #dispatcher: Dispatcher;
  readonly #now: () => number;

  constructor(server: PrometheusServer, options: { now?: () => number } = {}) {
    this.#server = server;
    this.#dispatcher = new Agent({
      connect: {
        rejectUnauthorized: true,
        ...(server.ca && { ca: [...rootCertificates, ...server.ca] }),
      },
    });
    this.#now = options.now ?? Date.now;
  }

  /** The server's name in `releaseReadiness.prometheus.servers`, e.g. `main`. */
  get name(): string {
    return this.#server.name;
  }

  /** The server's timeout: the longest a measurement may take, and each query's `timeout`. */
  get timeoutMs(): number {
    return this.#server.timeoutMs;
  }

  /** An instant query at `timeMs` (Unix milliseconds). */
  async query(
    expr: string,
    timeMs: number,
    signal: AbortSignal,
  ): Promise<PrometheusAnswer<InstantResult>> {
    const answer = await this.#get(
      '/api/v1/query',
      { query: expr, time: seconds(timeMs) },
      instantDataSchema,
      signal,
    );
    const { data } = answer;
    return {
      warnings: answer.warnings,
      data:
        data.resultType === 'scalar'
          ? { type: 'scalar', value: parseSampleValue(data.result[1]) }
          : {
              type: 'vector',
              samples: data.result.map(s => ({
                labels: s.metric,
                value: parseSampleValue(s.value[1]),
              })),
            },
    };
  }

  /** A range query from `startMs` to `endMs` every `stepMs` (Unix milliseconds). */
  async queryRange(
    expr: string,
    range: { startMs: number; endMs: number; stepMs: number },
    signal: AbortSignal,
  ): Promise<PrometheusAnswer<RangeSeries[]>> {
    const answer = await this.#get(
      '/api/v1/query_range',
      {
        query: expr,
        start: seconds(range.startMs),
        end: seconds(range.endMs),
        step: seconds(range.stepMs),
      },
      rangeDataSchema,
      signal,
    );
    return {
      warnings: answer.warnings,
      data: answer.data.result.map(s => ({
        labels: s.metric,
        points: s.values.map(([t, v]) => ({
          t: Math.round(t * 1000),
          value: parseSampleValue(v),
        })),
      })),
    };
  }

  /**
   * Text from the upstream (a warning) made fit for a log line: the server's credentials
   * replaced by `***`, line breaks removed, at most 300 characters. Never for responses.
   */
  loggable(text: string): string {
    let safe = text;
    // Longest first: the header before the credential it carries.
    const secrets = [...this.#server.secrets].sort(
      (a, b) => b.length - a.length,
    );
    for (const secret of secrets) {
      safe = safe.split(secret).join('***');
    }
    safe = safe.replace(/[\r\n\t]+/g, ' ');
    return safe.length > MAX_LOGGED_CHARS
      ? `${safe.slice(0, MAX_LOGGED_CHARS)}…`
      : safe;
  }

  async #get<TSchema extends z.ZodType>(
    path: string,
    params: Record<string, string>,
    schema: TSchema,
    signal: AbortSignal,
  ): Promise<PrometheusAnswer<z.output<TSchema>>> {
    signal.throwIfAborted();
    const server = this.#server.name;
    const query = new URLSearchParams({
      ...params,
      timeout: `${Math.max(1, Math.floor(this.#server.timeoutMs))}ms`,
    }).toString();
    let response: Dispatcher.ResponseData;
    try {
      response = await request(`${this.#server.url}${path}?${query}`, {
        method: 'GET',
        dispatcher: this.#dispatcher,
        signal,
        headers: {
          'user-agent': USER_AGENT,
          accept: 'application/json',
          ...(this.#server.authorization && {
            authorization: this.#server.authorization,
          }),
        },
      });
    } catch (error) {
      if (signal.aborted) {
        throw signal.reason;
      }
      throw new SourceUnavailableError(
        networkErrorType(error),
        `Prometheus ${server}: ${describeNetworkError(error)}`,
      );
    }
    const text = await this.#readBody(
      response,
      response.statusCode >= 200 && response.statusCode < 300
        ? MAX_BODY_BYTES
        : MAX_ERROR_BODY_BYTES,
      signal,
    );
    const envelope = envelopeSchema.safeParse(parseJson(text));
    if (response.statusCode < 200 || response.statusCode >= 300) {
      throw prometheusHttpError({
        server,
        status: response.statusCode,
        errorType: envelope.success ? envelope.data.errorType : undefined,
        ...(response.statusCode === 429 && {
          retryAfterMs: readRetryAfterMs(response.headers, {
            headers: [{ name: 'retry-after', format: 'retry-after' }],
            now: this.#now(),
            fallbackMs: DEFAULT_RATE_LIMIT_BACKOFF_MS,
          }),
        }),
      });
    }
    if (!envelope.success || envelope.data.status !== 'success') {
      throw badResponse(server, 'is not a successful Prometheus API answer');
    }
    const data = schema.safeParse(envelope.data.data);
    if (!data.success) {
      throw badResponse(server, 'does not hold the expected result type');
    }
    return { data: data.data, warnings: envelope.data.warnings ?? [] };
  }

  async #readBody(
    response: Dispatcher.ResponseData,
    limit: number,
    signal: AbortSignal,
  ): Promise<string | undefined> {
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of response.body) {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
        size += buffer.length;
        if (size > limit) {
          response.body.destroy();
          if (response.statusCode >= 200 && response.statusCode < 300) {
            throw badResponse(
              this.#server.name,
              `is larger than ${limit / 1024 / 1024} MiB`,
            );
          }
          return undefined;
        }
        chunks.push(buffer);
      }
    } catch (error) {
      if (signal.aborted) {
        throw signal.reason;
      }
      if (error instanceof SourceUnavailableError) {
        throw error;
      }
      throw new SourceUnavailableError(
        networkErrorType(error),
        `Prometheus ${this.#server.name}: ${describeNetworkError(error)}`,
      );
    }
    return Buffer.concat(chunks).toString('utf8');
  }
}

function seconds(ms: number): string {
  return String(ms / 1000);
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function badResponse(server: string, what: string): SourceUnavailableError {
  return new SourceUnavailableError(
    'BAD_RESPONSE',
    `The answer of Prometheus ${server} ${what}`,
  );
}
