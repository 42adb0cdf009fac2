import { Worker } from 'node:worker_threads';
import { SourceUnavailableError } from '@release-readiness/plugin-release-readiness-node';
import {
  LIST_PARSER_WORKER_DATA,
  LIST_PARSER_WORKER_FILE,
  ListParseReply,
  ListParseRequest,
} from './listParserWorker';
import { ListResource, Trimmed } from './listTrims';
import { NOT_JSON_MESSAGE, ParsedListPage } from './parseListBody';

interface Pending {
  resolve: (page: ParsedListPage<Trimmed<ListResource>> | undefined) => void;
  reject: (error: Error) => void;
}

/**
 * One worker thread that parses LIST bodies (`listParserWorker`). The worker is started on
 * first use and `unref`'d (it never keeps the process alive); {@link ListParserThread.ready}
 * settles once it has loaded, so a caller can fall back to the event loop before it hands over a
 * body. A body is transferred, not copied: after {@link ListParserThread.parse} the caller's
 * bytes are gone. When the worker stops, every parse it had is rejected and the thread is
 * {@link ListParserThread.stopped}. A worker with nothing to parse for `idleMs` (default 30 s)
 * stops, so that its heap is given back between cold reads; the pool starts a new one when
 * needed.
 */
export class ListParserThread {
  readonly #worker: Worker;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  #stopped = false;
  readonly #idleMs: number;
  #idle?: ReturnType<typeof setTimeout>;
  /** Settles when the worker has loaded: fulfilled, or rejected with why it could not. */
  readonly ready: Promise<void>;

  constructor(options: { execArgv?: string[]; idleMs?: number } = {}) {
    this.#idleMs = options.idleMs ?? 30_000;
    this.#worker = new Worker(LIST_PARSER_WORKER_FILE, {
      workerData: LIST_PARSER_WORKER_DATA,
      ...(options.execArgv && { execArgv: options.execArgv }),
    });
    this.#worker.unref();
    this.ready = new Promise((resolve, reject) => {
      this.#worker.on('message', (reply: ListParseReply) => {
        if (reply.type === 'ready') {
          resolve();
          return;
        }
        const pending = this.#pending.get(reply.id);
        this.#pending.delete(reply.id);
        this.#settled();
        if (reply.type === 'parsed') {
          pending?.resolve(reply.page);
        } else {
          pending?.reject(
            reply.syntax
              ? new SyntaxError(NOT_JSON_MESSAGE)
              : new Error('The LIST body could not be parsed'),
          );
        }
      });
      const stop = (why: Error) => {
        this.#stopped = true;
        reject(why);
        for (const pending of this.#pending.values()) {
          pending.reject(why);
        }
        this.#pending.clear();
      };
      // The worker's own error message is never shown: it can quote what it parsed.
      this.#worker.on('error', (error: Error) =>
        stop(
          new SourceUnavailableError(
            'UNKNOWN',
            `The thread parsing LIST bodies failed (${error.name}); the next read starts a new one`,
          ),
        ),
      );
      this.#worker.on('exit', code =>
        stop(
          new SourceUnavailableError(
            'UNKNOWN',
            `The thread parsing LIST bodies stopped (exit code ${code}); the next read starts a new one`,
          ),
        ),
      );
    });
    // A failed start is the caller's to see through `ready`; never an unhandled rejection.
    this.ready.catch(() => undefined);
  }

  /** Parses awaiting an answer. */
  get load(): number {
    return this.#pending.size;
  }

  /** Whether the worker has stopped (failed, exited or was closed). */
  get stopped(): boolean {
    return this.#stopped;
  }

  /** Parses `body` on the worker thread; `body`'s memory is transferred to it. */
  parse<R extends ListResource>(
    body: Uint8Array,
    resource: R,
    signal: AbortSignal,
  ): Promise<ParsedListPage<Trimmed<R>> | undefined> {
    signal.throwIfAborted();
    const id = this.#nextId++;
    const answer = new Promise<ParsedListPage<Trimmed<R>> | undefined>(
      (resolve, reject) => {
        const onAbort = () => {
          // The worker's answer, when it comes, finds no one waiting and is dropped.
          this.#pending.delete(id);
          this.#settled();
          reject(signal.reason);
        };
        signal.addEventListener('abort', onAbort, { once: true });
        this.#pending.set(id, {
          resolve: page => {
            signal.removeEventListener('abort', onAbort);
            // The worker parsed the body as `resource`: its items are `Trimmed<R>`.
            resolve(page as ParsedListPage<Trimmed<R>> | undefined);
          },
          reject: error => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
          },
        });
      },
    );
    clearTimeout(this.#idle);
    const request: ListParseRequest = { id, resource, body };
    const whole =
      body.byteOffset === 0 && body.byteLength === body.buffer.byteLength;
    this.#worker.postMessage(
      request,
      whole && body.buffer instanceof ArrayBuffer ? [body.buffer] : [],
    );
    return answer;
  }

  /** Stops the worker; parses in flight are rejected. */
  async close(): Promise<void> {
    clearTimeout(this.#idle);
    this.#stopped = true;
    await this.#worker.terminate();
  }

  /** With nothing left to parse, the worker (and its heap) goes after `idleMs`. */
  #settled(): void {
    if (this.#pending.size > 0 || this.#stopped) {
      return;
    }
    clearTimeout(this.#idle);
    this.#idle = setTimeout(() => {
      this.close().catch(() => undefined);
    }, this.#idleMs);
    this.#idle.unref();
  }
}
