import {
  createServer,
  IncomingMessage,
  Server,
  ServerResponse,
} from 'node:http';
import { AddressInfo, Socket } from 'node:net';
import { actionsRoute } from './actionsRoute';
import { contentRoute } from './contentRoute';
import { githubError, TestAnswer } from './githubError';
import { TestRepository } from './TestRepository';
import type {
  GithubActionsTestServerOptions,
  GithubRecordedRequest,
  TestWorkflowRun,
} from './types';

const LIMIT = 5000;

/**
 * A GitHub REST API for rolling back through GitHub Actions, on loopback (real HTTP), for tests
 * only.
 *
 * @remarks
 * One repository: its workflows (`GET …/actions/workflows/{id or file}`), dispatches validated
 * against the workflow's declared `workflow_dispatch` inputs and the refs that exist
 * (`POST …/dispatches`: 204, or 200 with the run when `return_run_details` is asked for and
 * supported; 400/422 with GitHub's message shape otherwise), the runs
 * (`GET …/workflows/{id}/runs?event=&created=&branch=`; a dispatched run shows up a configurable
 * number of list calls after the dispatch), each run going queued → in_progress → completed with
 * the configured conclusion (`GET …/actions/runs/{id}`; `POST …/cancel`), releases, tags and
 * commits. Every answer carries GitHub's rate-limit headers and uses one request of the limit
 * (403 once it is spent); a request without the token is a 401. Every request is recorded with
 * its parsed body.
 *
 * @public
 */
export class GithubActionsTestServer {
  readonly url: string;
  readonly requests: GithubRecordedRequest[] = [];
  readonly #repo: TestRepository;
  readonly #server: Server;
  readonly #sockets = new Set<Socket>();
  #remaining: number;
  #stall: (req: GithubRecordedRequest) => boolean = () => false;
  #answered: (req: GithubRecordedRequest, status: number) => void = () => {};

  /** Starts a server on a free loopback port. */
  static async start(
    options: GithubActionsTestServerOptions,
  ): Promise<GithubActionsTestServer> {
    const server = createServer();
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new GithubActionsTestServer(
      options,
      server,
      `http://127.0.0.1:${port}`,
    );
  }

  private constructor(
    options: GithubActionsTestServerOptions,
    server: Server,
    url: string,
  ) {
    this.#server = server;
    this.url = url;
    this.#repo = new TestRepository(options, url);
    this.#remaining = options.rateLimitRemaining ?? LIMIT;
    server.on('request', (req, res) => {
      this.#onRequest(req, res).catch(() => res.destroy());
    });
    server.on('connection', socket => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
  }

  /** Every run: dispatched through the server or added with {@link GithubActionsTestServer.addRun}. */
  get runs(): readonly TestWorkflowRun[] {
    return this.#repo.runs;
  }

  /** The accepted dispatches, oldest first. */
  get dispatches(): {
    workflowId: number;
    ref: string;
    inputs: Record<string, string>;
  }[] {
    return this.#repo.runs
      .filter(r => !r.external)
      .map(r => ({
        workflowId: r.workflowId,
        ref: r.headBranch,
        inputs: r.inputs,
      }));
  }

  /** Requests of one method whose path ends with `suffix`. */
  requestsTo(method: string, suffix: string): GithubRecordedRequest[] {
    return this.requests.filter(
      r => r.method === method && r.path.endsWith(suffix),
    );
  }

  /** Never answers requests that match (they hang until the client gives up). */
  stall(predicate: (req: GithubRecordedRequest) => boolean): void {
    this.#stall = predicate;
  }

  /**
   * Calls `callback` after each answer is computed and before it is sent, e.g. to let another
   * dispatch land at the same moment as the one under test.
   */
  onAnswered(
    callback: (req: GithubRecordedRequest, status: number) => void,
  ): void {
    this.#answered = callback;
  }

  /** Sets what is left of the rate limit; at 0 every request is refused with 403. */
  setRateLimitRemaining(remaining: number): void {
    this.#remaining = remaining;
  }

  /** Adds a run nobody dispatched through this server, e.g. someone else's at the same time. */
  addRun(run: {
    workflowId: number;
    ref: string;
    event?: string;
    createdAt?: Date;
  }): TestWorkflowRun {
    return this.#repo.createRun({
      ...run,
      inputs: {},
      event: run.event ?? 'workflow_dispatch',
      external: true,
    });
  }

  close(): Promise<void> {
    for (const socket of this.#sockets) {
      socket.destroy();
    }
    return new Promise(resolve => this.#server.close(() => resolve()));
  }

  async #onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const aborted = new Promise<void>(resolve => {
      res.on('close', () => {
        if (!res.writableFinished) {
          resolve();
        }
      });
    });
    const chunks: Buffer[] = [];
    for await (const chunk of req) {
      chunks.push(Buffer.from(chunk));
    }
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    let unparsable = false;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      unparsable = true;
    }
    const recorded: GithubRecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: url.searchParams,
      headers: req.headers,
      body,
      aborted,
    };
    this.requests.push(recorded);
    if (this.#stall(recorded)) {
      return;
    }
    const [status, json, headers] = this.#answer(recorded, unparsable);
    this.#answered(recorded, status);
    const remaining = Math.max(this.#remaining, 0);
    res.writeHead(status, {
      'x-ratelimit-limit': String(LIMIT),
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-used': String(LIMIT - remaining),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      'x-github-api-version-selected': '2022-11-28',
      ...(json !== undefined && {
        'content-type': 'application/json; charset=utf-8',
      }),
      ...headers,
    });
    res.end(json === undefined ? undefined : JSON.stringify(json));
  }

  #answer(req: GithubRecordedRequest, unparsable: boolean): TestAnswer {
    const auth = req.headers.authorization;
    if (!auth) {
      return githubError(401, 'Requires authentication');
    }
    const token = this.#repo.options.token;
    if (auth !== `token ${token}` && auth !== `Bearer ${token}`) {
      return githubError(401, 'Bad credentials');
    }
    if (this.#remaining <= 0) {
      return githubError(
        403,
        'API rate limit exceeded for user ID 4711.',
        'overview/rate-limits-for-the-rest-api',
      );
    }
    this.#remaining -= 1;
    if (unparsable) {
      return githubError(400, 'Problems parsing JSON');
    }
    return (
      actionsRoute(this.#repo, req) ??
      contentRoute(this.#repo, req) ??
      githubError(404, 'Not Found')
    );
  }
}
