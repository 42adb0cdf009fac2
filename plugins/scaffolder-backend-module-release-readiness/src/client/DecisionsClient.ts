import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ServiceUnavailableError } from '@backstage/errors';
import type {
  DecisionRequestInput,
  DecisionResponse,
  EnvironmentSummary,
} from '@internal/backstage-plugin-release-readiness-common';
import { errorFromResponse } from './errorFromResponse';
import { isDecisionResponse } from './isDecisionResponse';

/** The plugin the actions call. */
export const RELEASE_READINESS_PLUGIN_ID = 'release-readiness';

/** How long one call to the backend may take. */
const TIMEOUT_MS = 30_000;

/**
 * Whom a call acts for and which system it addresses: with a `system` the routes under
 * `/systems/<system>/…`, without one the portal's default system (`/decisions…`).
 */
export interface DecisionCallOptions {
  /** The initiator's credentials: the call is made on their behalf. */
  credentials: BackstageCredentials;
  system?: string;
  /** Cancels the call (the task's cancel signal). */
  signal?: AbortSignal;
}

/** A write's answer: the decision after it, and whether this call wrote (201) or found it (200). */
export interface DecisionWriteResult {
  response: DecisionResponse;
  created: boolean;
}

/**
 * A thin client of the release-readiness backend's decision routes for the scaffolder actions.
 * Every call carries a token issued for the initiator (`getPluginRequestToken` on behalf of the
 * credentials given), so the backend checks the permission and the RACI of the person who
 * started the task. A refusal becomes an error `"<status>: <backend message>"`; tokens never
 * appear in errors.
 */
export class DecisionsClient {
  readonly #auth: AuthService;
  readonly #discovery: DiscoveryService;

  constructor(options: { auth: AuthService; discovery: DiscoveryService }) {
    this.#auth = options.auth;
    this.#discovery = options.discovery;
  }

  /** `GET /environments/:env`: the environment, or a 404 naming the configured ones. */
  async getEnvironment(
    options: DecisionCallOptions & { environment: string },
  ): Promise<EnvironmentSummary> {
    const body = await this.#call(
      options,
      'GET',
      `/environments/${encodeURIComponent(options.environment)}`,
    );
    if (
      typeof body.json !== 'object' ||
      body.json === null ||
      !('name' in body.json) ||
      typeof body.json.name !== 'string' ||
      !('title' in body.json) ||
      typeof body.json.title !== 'string' ||
      !('order' in body.json) ||
      typeof body.json.order !== 'number'
    ) {
      throw unexpected();
    }
    return {
      name: body.json.name,
      title: body.json.title,
      order: body.json.order,
    };
  }

  /** `GET /decisions?environment=&status=`: newest first. */
  async listDecisions(
    options: DecisionCallOptions & {
      environment?: string;
      status?: DecisionResponse['state']['status'];
      limit?: number;
    },
  ): Promise<DecisionResponse[]> {
    const query = new URLSearchParams();
    if (options.environment) {
      query.set('environment', options.environment);
    }
    if (options.status) {
      query.set('status', options.status);
    }
    query.set('limit', String(options.limit ?? 50));
    const { json } = await this.#call(options, 'GET', `/decisions?${query}`);
    const items =
      typeof json === 'object' && json !== null && 'items' in json
        ? json.items
        : undefined;
    if (!Array.isArray(items) || !items.every(isDecisionResponse)) {
      throw unexpected();
    }
    return items;
  }

  /** `GET /decisions/:id`: the decision, its state now, and what the initiator may do. */
  async getDecision(
    options: DecisionCallOptions & { decisionId: string },
  ): Promise<DecisionResponse> {
    const { json } = await this.#call(
      options,
      'GET',
      `/decisions/${encodeURIComponent(options.decisionId)}`,
    );
    return decisionOf(json);
  }

  /** `POST /decisions`: asks for a go/no-go decision. */
  async request(
    options: DecisionCallOptions & {
      body: DecisionRequestInput & { environment: string; requestId: string };
    },
  ): Promise<DecisionWriteResult> {
    return this.#write(options, '/decisions', options.body);
  }

  /** `POST /decisions/:id/votes`. */
  async vote(
    options: DecisionCallOptions & {
      decisionId: string;
      body: { vote: 'go' | 'no-go'; reason: string; requestId: string };
    },
  ): Promise<DecisionWriteResult> {
    return this.#write(
      options,
      `/decisions/${encodeURIComponent(options.decisionId)}/votes`,
      options.body,
    );
  }

  /** `POST /decisions/:id/waivers`. */
  async waive(
    options: DecisionCallOptions & {
      decisionId: string;
      body: { item: string; reason: string; until?: string; requestId: string };
    },
  ): Promise<DecisionWriteResult> {
    return this.#write(
      options,
      `/decisions/${encodeURIComponent(options.decisionId)}/waivers`,
      options.body,
    );
  }

  async #write(
    options: DecisionCallOptions,
    path: string,
    body: object,
  ): Promise<DecisionWriteResult> {
    const { status, json } = await this.#call(options, 'POST', path, body);
    return { response: decisionOf(json), created: status === 201 };
  }

  async #call(
    options: DecisionCallOptions,
    method: 'GET' | 'POST',
    path: string,
    body?: object,
  ): Promise<{ status: number; json: unknown }> {
    const { token } = await this.#auth.getPluginRequestToken({
      onBehalfOf: options.credentials,
      targetPluginId: RELEASE_READINESS_PLUGIN_ID,
    });
    const base = await this.#discovery.getBaseUrl(RELEASE_READINESS_PLUGIN_ID);
    const prefix = options.system
      ? `/systems/${encodeURIComponent(options.system)}`
      : '';
    const timeout = AbortSignal.timeout(TIMEOUT_MS);
    let response: Response;
    try {
      response = await fetch(`${base}${prefix}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: 'application/json',
          ...(body && { 'Content-Type': 'application/json' }),
        },
        ...(body && { body: JSON.stringify(body) }),
        signal: options.signal
          ? AbortSignal.any([options.signal, timeout])
          : timeout,
      });
    } catch (error) {
      // Never the fetch error itself: its cause may quote the request.
      throw new ServiceUnavailableError(
        timeout.aborted
          ? `The release-readiness backend did not answer within ${
              TIMEOUT_MS / 1000
            } s`
          : `Could not reach the release-readiness backend (${
              error instanceof Error ? error.name : 'Error'
            })`,
      );
    }
    if (!response.ok) {
      throw await errorFromResponse(response);
    }
    try {
      return { status: response.status, json: await response.json() };
    } catch {
      throw unexpected();
    }
  }
}

function decisionOf(json: unknown): DecisionResponse {
  if (!isDecisionResponse(json)) {
    throw unexpected();
  }
  return json;
}

function unexpected() {
  return new ServiceUnavailableError(
    'The release-readiness backend answered with an unexpected body',
  );
}
