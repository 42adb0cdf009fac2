import {
  ConfigurationOptions,
  Observable,
  RequestContext,
} from '@kubernetes/client-node';

type Dispatcher = NonNullable<ReturnType<RequestContext['getDispatcher']>>;

/** How long one connection pool is kept before a fresh one is adopted. */
const DEFAULT_MAX_AGE_MS = 10 * 60_000;

/**
 * Per-call options for `@kubernetes/client-node` 2.x API calls of one source:
 *
 * - the collector's abort signal goes onto the request, so a timeout really cancels it (the
 *   client has no timeout of its own);
 * - connections are reused: client-node 2.0 builds a new undici `Agent` for every request when
 *   TLS options (a CA, client certificates) are set, so every call would pay a new TCP and TLS
 *   handshake. The first agent it builds is kept and handed to later requests; every
 *   `maxAgeMs` a newly built one is adopted (and the old one closed once idle), so rotated
 *   client certificates are picked up.
 */
export class CallOptions {
  readonly #maxAgeMs: number;
  readonly #now: () => number;
  #kept?: { dispatcher: Dispatcher; adoptedAt: number };

  constructor(options?: { maxAgeMs?: number; now?: () => number }) {
    this.#maxAgeMs = options?.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
    this.#now = options?.now ?? Date.now;
  }

  /** Options for the calls made on behalf of one collector read. */
  forCall(signal: AbortSignal): ConfigurationOptions {
    return {
      middleware: [
        {
          pre: context => {
            this.prepare(context, signal);
            return new Observable(Promise.resolve(context));
          },
          post: context => new Observable(Promise.resolve(context)),
        },
      ],
      middlewareMergeStrategy: 'append',
    };
  }

  /**
   * Puts `signal` on one request and hands it the kept connection pool (for requests built
   * without the generated API clients, after `KubeConfig.applySecurityAuthentication`).
   */
  prepare(context: RequestContext, signal: AbortSignal): void {
    context.setSignal(signal);
    const built = context.getDispatcher();
    if (built) {
      context.setDispatcher(this.#reuse(built));
    }
  }

  #reuse(built: Dispatcher): Dispatcher {
    const now = this.#now();
    if (this.#kept && now - this.#kept.adoptedAt < this.#maxAgeMs) {
      return this.#kept.dispatcher;
    }
    const previous = this.#kept?.dispatcher;
    this.#kept = { dispatcher: built, adoptedAt: now };
    // close() lets requests in flight finish first.
    previous?.close().catch(() => undefined);
    return built;
  }
}
