import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import type {
  DecisionRequestInput,
  DecisionResponse,
  EnvironmentSummary,
} from '@release-readiness/plugin-release-readiness-common';
import {
  callReleaseReadiness,
  ReleaseReadinessCallOptions,
} from './callReleaseReadiness';
import { isDecisionResponse } from './isDecisionResponse';
import { unexpectedBody } from './unexpectedBody';

/**
 * Whom a call acts for and which system it addresses: with a `system` the routes under
 * `/systems/<system>/…`, without one the portal's default system (`/decisions…`).
  *
  * @public
 */
export type DecisionCallOptions = ReleaseReadinessCallOptions;

/**
 * A write's answer: the decision after it, and whether this call wrote (201) or found it (200).
 *
 * @public
 */
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
  *
  * @public
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
      throw unexpectedBody();
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
      throw unexpectedBody();
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

  #call(
    options: DecisionCallOptions,
    method: 'GET' | 'POST',
    path: string,
    body?: object,
  ): Promise<{ status: number; json: unknown }> {
    return callReleaseReadiness(
      { auth: this.#auth, discovery: this.#discovery },
      options,
      method,
      path,
      body,
    );
  }
}

function decisionOf(json: unknown): DecisionResponse {
  if (!isDecisionResponse(json)) {
    throw unexpectedBody();
  }
  return json;
}
