import { LoggerService } from '@backstage/backend-plugin-api';
import { ListParser } from './ListParser';
import { ListParserThread } from './ListParserThread';
import { ListResource, Trimmed } from './listTrims';
import { ParsedListPage, parseListBody } from './parseListBody';

/** Options of {@link ListParserPool}. */
export interface ListParserPoolOptions {
  /** Worker threads; 0 parses every body on the event loop. */
  threads: number;
  /** Bodies smaller than this many bytes are parsed on the event loop (a thread costs more). */
  minBytes: number;
  logger: LoggerService;
  /** The workers' Node options; default the process's own. */
  execArgv?: string[];
  /** A thread with nothing to parse for this long stops (and frees its heap). Default 30 s. */
  idleMs?: number;
}

/**
 * Parses large LIST bodies on up to `threads` worker threads, each body on the thread with the
 * fewest parses waiting, so that `JSON.parse` of a 5 MB namespace neither blocks the event loop
 * nor runs on one core only; the parsed objects are trimmed there too and only the trimmed items
 * come back. Small bodies, and every body when `threads` is 0, are parsed on the event loop.
 * A thread that stops is replaced on the next parse. When a worker cannot be started at all (a
 * bundle without the worker's file, Node options a worker refuses), a warning is logged once and
 * every body is parsed on the event loop from then on; no body is lost, because a body goes to a
 * thread only once it is ready.
 */
export class ListParserPool implements ListParser {
  readonly #options: ListParserPoolOptions;
  readonly #threads: (ListParserThread | undefined)[];
  #off = false;

  constructor(options: ListParserPoolOptions) {
    this.#options = options;
    this.#threads = new Array(options.threads).fill(undefined);
  }

  async parse<R extends ListResource>(
    body: Uint8Array,
    resource: R,
    signal: AbortSignal,
  ): Promise<ParsedListPage<Trimmed<R>> | undefined> {
    signal.throwIfAborted();
    if (this.#off || body.byteLength < this.#options.minBytes) {
      return parseListBody(body, resource);
    }
    const thread = this.#pick();
    if (!thread) {
      return parseListBody(body, resource);
    }
    try {
      await thread.ready;
    } catch (error) {
      // Not started, so the body is still ours: parse it here, and stop using threads.
      this.#turnOff(error);
      return parseListBody(body, resource);
    }
    return thread.parse(body, resource, signal);
  }

  /** Stops every worker thread (the backend's shutdown). */
  async close(): Promise<void> {
    this.#off = true;
    const threads = this.#threads.splice(0);
    await Promise.all(threads.map(thread => thread?.close()));
  }

  #pick(): ListParserThread | undefined {
    let best: { index: number; load: number } | undefined;
    for (let index = 0; index < this.#threads.length; index++) {
      const thread = this.#threads[index];
      const load = thread && !thread.stopped ? thread.load : -1;
      if (!best || load < best.load) {
        best = { index, load };
      }
    }
    if (!best) {
      return undefined;
    }
    let thread = this.#threads[best.index];
    if (!thread || thread.stopped) {
      thread = new ListParserThread({
        execArgv: this.#options.execArgv,
        idleMs: this.#options.idleMs,
      });
      this.#threads[best.index] = thread;
    }
    return thread;
  }

  #turnOff(error: unknown): void {
    if (this.#off) {
      return;
    }
    this.#off = true;
    this.#options.logger.warn(
      `LIST bodies are parsed on the event loop: a parsing thread could not be started (${
        error instanceof Error ? error.message : 'unknown error'
      })`,
    );
  }
}
