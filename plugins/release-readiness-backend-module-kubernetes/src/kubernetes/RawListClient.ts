import {
  ApiException,
  HttpMethod,
  IsomorphicFetchHttpLibrary,
  KubeConfig,
  RequestContext,
} from '@kubernetes/client-node';
import { CallOptions } from './CallOptions';
import { RawObject } from './RawObject';

/** One page of a LIST as {@link RawListClient} reads it. */
export interface RawListPage {
  /** The list's items, still raw (each a JSON object). */
  items: RawObject[];
  /** `metadata.continue`: where the next page starts; absent on the last page. */
  continue?: string;
  /** `metadata.resourceVersion`: the version of the list (a watch can start from it). */
  resourceVersion?: string;
}

/**
 * LIST calls through `@kubernetes/client-node` 2.x's own HTTP layer (`RequestContext`,
 * `KubeConfig.applySecurityAuthentication` for the server, credentials and TLS,
 * `IsomorphicFetchHttpLibrary` for the request) whose body is read here: `JSON.parse`d once,
 * never run through the library's model deserializer. Every request carries the caller's abort
 * signal and reuses the source's connection pool ({@link CallOptions}).
 *
 * Failures look like the generated clients' to `toSourceError`: an HTTP status of 400 or more is
 * an `ApiException` with the status, the response headers and the body (which `toSourceError`
 * reads only for a 429's `Status` details and never echoes); a body that is not JSON is a
 * `SyntaxError` of our own wording (the parser's message can quote the body). Network errors
 * and aborts are passed through as the HTTP library threw them, as before.
 */
export class RawListClient {
  readonly #kubeConfig: KubeConfig;
  readonly #callOptions: CallOptions;
  readonly #http = new IsomorphicFetchHttpLibrary();

  constructor(kubeConfig: KubeConfig, callOptions: CallOptions) {
    this.#kubeConfig = kubeConfig;
    this.#callOptions = callOptions;
  }

  /**
   * One LIST page of `path` (e.g. `/apis/apps/v1/namespaces/ns/deployments`) with `query`
   * (`labelSelector`, `limit`, `continue`); `undefined` when the body is JSON but no list.
   */
  async page(
    path: string,
    query: Readonly<Record<string, string | undefined>>,
    signal: AbortSignal,
  ): Promise<RawListPage | undefined> {
    const server = this.#kubeConfig.getCurrentCluster()?.server ?? '';
    const context = new RequestContext(
      `${server.replace(/\/+$/, '')}${path}`,
      HttpMethod.GET,
    );
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) {
        context.setQueryParam(name, value);
      }
    }
    context.setHeaderParam('Accept', 'application/json');
    await this.#kubeConfig.applySecurityAuthentication(context);
    this.#callOptions.prepare(context, signal);
    const response = await this.#http.send(context).toPromise();
    const text = await response.body.text();
    if (response.httpStatusCode >= 400) {
      throw new ApiException<string>(
        response.httpStatusCode,
        `HTTP ${response.httpStatusCode}`,
        text,
        response.headers,
      );
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new SyntaxError('The LIST body is not valid JSON');
    }
    const list = RawObject.of(body);
    const items = list?.objects('items');
    if (!list || !items) {
      return undefined;
    }
    const metadata = list.object('metadata');
    const next = metadata?.string('continue');
    const resourceVersion = metadata?.string('resourceVersion');
    return {
      items,
      ...(next && { continue: next }),
      ...(resourceVersion && { resourceVersion }),
    };
  }
}
