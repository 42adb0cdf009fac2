import {
  ApiException,
  HttpMethod,
  IsomorphicFetchHttpLibrary,
  KubeConfig,
  RequestContext,
} from '@kubernetes/client-node';
import { CallOptions } from './CallOptions';
import { inlineListParser } from './inlineListParser';
import { ListParser } from './ListParser';
import { ListResource, Trimmed } from './listTrims';
import { ParsedListPage } from './parseListBody';

/**
 * LIST calls through `@kubernetes/client-node` 2.x's own HTTP layer (`RequestContext`,
 * `KubeConfig.applySecurityAuthentication` for the server, credentials and TLS,
 * `IsomorphicFetchHttpLibrary` for the request) whose body is read here as bytes and handed to a
 * {@link ListParser} (`JSON.parse` once and trimmed, on the event loop or a worker thread), never
 * run through the library's model deserializer. Every request carries the caller's abort signal
 * and reuses the source's connection pool ({@link CallOptions}).
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
  readonly #parser: ListParser;
  readonly #http = new IsomorphicFetchHttpLibrary();

  constructor(
    kubeConfig: KubeConfig,
    callOptions: CallOptions,
    parser: ListParser = inlineListParser,
  ) {
    this.#kubeConfig = kubeConfig;
    this.#callOptions = callOptions;
    this.#parser = parser;
  }

  /**
   * One LIST page of `path` (e.g. `/apis/apps/v1/namespaces/ns/deployments`) with `query`
   * (`labelSelector`, `limit`, `continue`), its items trimmed as `resource`'s; `undefined` when
   * the body is JSON but no list.
   */
  async page<R extends ListResource>(
    path: string,
    resource: R,
    query: Readonly<Record<string, string | undefined>>,
    signal: AbortSignal,
  ): Promise<ParsedListPage<Trimmed<R>> | undefined> {
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
    // A fresh ArrayBuffer of the whole body, which a worker thread can take over uncopied.
    const body = new Uint8Array(
      await new Response(response.body.stream()).arrayBuffer(),
    );
    if (response.httpStatusCode >= 400) {
      throw new ApiException<string>(
        response.httpStatusCode,
        `HTTP ${response.httpStatusCode}`,
        new TextDecoder().decode(body),
        response.headers,
      );
    }
    return this.#parser.parse(body, resource, signal);
  }
}
