import {
  HttpMethod,
  IsomorphicFetchHttpLibrary,
  KubeConfig,
  RequestContext,
} from '@kubernetes/client-node';
import { CallOptions } from '../kubernetes/CallOptions';
import { KubernetesApiError } from './KubernetesApiError';

/** One request of {@link KubernetesApi}. */
export interface KubernetesRequest {
  method: 'GET' | 'PATCH';
  /** The API path, e.g. `/apis/apps/v1/namespaces/ns/deployments/api`. */
  path: string;
  query?: Record<string, string>;
  /** Sent as JSON with `contentType`. */
  body?: unknown;
  contentType?: string;
  signal: AbortSignal;
}

const NETWORK_CODE = /^E[A-Z_]+$|^UND_ERR_[A-Z_]+$/;

/** A member of an error (errors of Node's own modules may come from another realm). */
function memberOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? Reflect.get(value, key)
    : undefined;
}

function isAbort(error: unknown): boolean {
  return memberOf(error, 'name') === 'AbortError';
}

/** The error code of a failed fetch (undici puts it on the cause), if it has one. */
function networkCode(error: unknown): string | undefined {
  const code = memberOf(memberOf(error, 'cause'), 'code');
  return typeof code === 'string' && NETWORK_CODE.test(code) ? code : undefined;
}

/** The `reason` of a Kubernetes `Status` body (a fixed word), if the body is one. */
function statusReason(text: string): string | undefined {
  try {
    const body: unknown = JSON.parse(text);
    const reason = memberOf(body, 'reason');
    return typeof reason === 'string' && /^[A-Za-z]{1,64}$/.test(reason)
      ? reason
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Raw JSON requests to one API server through `@kubernetes/client-node` 2.x's own HTTP layer
 * (`RequestContext`, `KubeConfig.applySecurityAuthentication`, `IsomorphicFetchHttpLibrary`):
 * the objects come back as the server sent them (unknown fields kept, timestamps as text), which
 * a rollback needs to write a pod template back unchanged; a PATCH carries the `Content-Type`
 * its body needs (the generated clients default to JSON Patch). Every request carries the
 * caller's abort signal and reuses one connection pool ({@link CallOptions}). Failures are
 * {@link KubernetesApiError}s that keep the status and the `Status` reason but never the
 * server's message; an abort is passed through as it is.
 */
export class KubernetesApi {
  readonly #kubeConfig: KubeConfig;
  readonly #http = new IsomorphicFetchHttpLibrary();
  readonly #callOptions = new CallOptions();

  constructor(kubeConfig: KubeConfig) {
    this.#kubeConfig = kubeConfig;
  }

  /** Sends `request` and returns the answer's JSON. */
  async request(request: KubernetesRequest): Promise<unknown> {
    const server = this.#kubeConfig.getCurrentCluster()?.server ?? '';
    const context = new RequestContext(
      `${server.replace(/\/+$/, '')}${request.path}`,
      request.method === 'PATCH' ? HttpMethod.PATCH : HttpMethod.GET,
    );
    for (const [name, value] of Object.entries(request.query ?? {})) {
      context.setQueryParam(name, value);
    }
    context.setHeaderParam('Accept', 'application/json');
    if (request.body !== undefined) {
      context.setHeaderParam(
        'Content-Type',
        request.contentType ?? 'application/json',
      );
      context.setBody(JSON.stringify(request.body));
    }
    await this.#kubeConfig.applySecurityAuthentication(context);
    this.#callOptions.prepare(context, request.signal);
    let status: number;
    let text: string;
    try {
      const response = await this.#http.send(context).toPromise();
      status = response.httpStatusCode;
      text = await response.body.text();
    } catch (error) {
      if (isAbort(error) || request.signal.aborted) {
        throw error;
      }
      throw new KubernetesApiError('network', 0, networkCode(error));
    }
    if (status >= 400) {
      throw new KubernetesApiError('http', status, statusReason(text));
    }
    try {
      return JSON.parse(text);
    } catch {
      throw new KubernetesApiError('bad-response', status);
    }
  }
}
