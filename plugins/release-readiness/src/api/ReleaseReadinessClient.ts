import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  CalendarResponse,
  ChangeRisk,
  ManualGateEligibilityResponse,
  ManualGateRecord,
  ManualGateRequest,
  ReadinessResponse,
  EnvironmentSummary,
  EnvironmentsResponse,
  OnCallResponse,
  RaciResponse,
  SystemSummary,
  SystemsResponse,
  VersionsResponse,
  WorkloadsResponse,
} from '@internal/backstage-plugin-release-readiness-common';
import { ReleaseReadinessApi } from './ReleaseReadinessApi';

/** `?a=1&b=2` from the defined values, or nothing. */
function toQuery(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') {
      params.set(key, String(value));
    }
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** A path from segments, each escaped: `/systems/a%2Fb/environments`. */
function pathOf(...segments: string[]): string {
  return segments.map(s => `/${encodeURIComponent(s)}`).join('');
}

/**
 * Default {@link ReleaseReadinessApi} implementation over HTTP. Requests carry the signed-in
 * user's token through the fetch API; every system's routes live under `/systems/:system`.
 *
 * @public
 */
export class ReleaseReadinessClient implements ReleaseReadinessApi {
  readonly #discoveryApi: DiscoveryApi;
  readonly #fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.#discoveryApi = options.discoveryApi;
    this.#fetchApi = options.fetchApi;
  }

  getSystems(): Promise<SystemsResponse> {
    return this.get<SystemsResponse>('/systems');
  }

  getSystem(system: string): Promise<SystemSummary> {
    return this.get<SystemSummary>(pathOf('systems', system));
  }

  getEnvironments(system: string): Promise<EnvironmentsResponse> {
    return this.get<EnvironmentsResponse>(
      pathOf('systems', system, 'environments'),
    );
  }

  getEnvironment(system: string, name: string): Promise<EnvironmentSummary> {
    return this.get<EnvironmentSummary>(
      pathOf('systems', system, 'environments', name),
    );
  }

  getRaci(system: string, environment: string): Promise<RaciResponse> {
    return this.get<RaciResponse>(
      pathOf('systems', system, 'environments', environment, 'raci'),
    );
  }

  getOnCall(
    system: string,
    environment: string,
    weeks?: number,
  ): Promise<OnCallResponse> {
    return this.get<OnCallResponse>(
      `${pathOf(
        'systems',
        system,
        'environments',
        environment,
        'oncall',
      )}${toQuery({ weeks })}`,
    );
  }

  getWorkloads(
    system: string,
    environment: string,
  ): Promise<WorkloadsResponse> {
    return this.get<WorkloadsResponse>(
      pathOf('systems', system, 'environments', environment, 'workloads'),
    );
  }

  getVersions(
    system: string,
    options?: { workloads?: string[] },
  ): Promise<VersionsResponse> {
    const names = options?.workloads ?? [];
    const query = names.length
      ? `?workload=${names.map(encodeURIComponent).join(',')}`
      : '';
    return this.get<VersionsResponse>(
      `${pathOf('systems', system, 'versions')}${query}`,
    );
  }

  getReadiness(
    system: string,
    environment: string,
    options: {
      at?: string;
      changeType?: string;
      risk?: ChangeRisk;
      ref?: string;
    } = {},
  ): Promise<ReadinessResponse> {
    return this.get<ReadinessResponse>(
      `${pathOf(
        'systems',
        system,
        'environments',
        environment,
        'readiness',
      )}${toQuery(options)}`,
    );
  }

  getCalendar(
    system: string,
    environment: string,
    options: { from?: string; days?: number } = {},
  ): Promise<CalendarResponse> {
    return this.get<CalendarResponse>(
      `${pathOf(
        'systems',
        system,
        'environments',
        environment,
        'calendar',
      )}${toQuery(options)}`,
    );
  }

  getManualGateEligibility(
    system: string,
    environment: string,
    gate: string,
  ): Promise<ManualGateEligibilityResponse> {
    return this.get<ManualGateEligibilityResponse>(
      pathOf(
        'systems',
        system,
        'environments',
        environment,
        'gates',
        gate,
        'eligibility',
      ),
    );
  }

  setManualGateResult(
    system: string,
    environment: string,
    gate: string,
    check: string,
    request: ManualGateRequest & { requestId: string },
  ): Promise<ManualGateRecord> {
    return this.post<ManualGateRecord>(
      pathOf(
        'systems',
        system,
        'environments',
        environment,
        'gates',
        gate,
        'checks',
        check,
      ),
      request,
    );
  }

  protected async post<T>(path: string, body: unknown): Promise<T> {
    const baseUrl = await this.#discoveryApi.getBaseUrl('release-readiness');
    const response = await this.#fetchApi.fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }

  protected async get<T>(path: string): Promise<T> {
    const baseUrl = await this.#discoveryApi.getBaseUrl('release-readiness');
    const response = await this.#fetchApi.fetch(`${baseUrl}${path}`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
