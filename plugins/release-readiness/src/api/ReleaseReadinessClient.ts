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

/**
 * Default {@link ReleaseReadinessApi} implementation over HTTP. Requests carry the signed-in
 * user's token through the fetch API.
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

  getEnvironments(): Promise<EnvironmentsResponse> {
    return this.get<EnvironmentsResponse>('/environments');
  }

  getEnvironment(name: string): Promise<EnvironmentSummary> {
    return this.get<EnvironmentSummary>(
      `/environments/${encodeURIComponent(name)}`,
    );
  }

  getRaci(environment: string): Promise<RaciResponse> {
    return this.get<RaciResponse>(
      `/environments/${encodeURIComponent(environment)}/raci`,
    );
  }

  getOnCall(environment: string, weeks?: number): Promise<OnCallResponse> {
    const query = weeks === undefined ? '' : `?weeks=${weeks}`;
    return this.get<OnCallResponse>(
      `/environments/${encodeURIComponent(environment)}/oncall${query}`,
    );
  }

  getWorkloads(environment: string): Promise<WorkloadsResponse> {
    return this.get<WorkloadsResponse>(
      `/environments/${encodeURIComponent(environment)}/workloads`,
    );
  }

  getVersions(options?: { workloads?: string[] }): Promise<VersionsResponse> {
    const names = options?.workloads ?? [];
    const query = names.length
      ? `?workload=${names.map(encodeURIComponent).join(',')}`
      : '';
    return this.get<VersionsResponse>(`/versions${query}`);
  }

  getReadiness(
    environment: string,
    options: {
      at?: string;
      changeType?: string;
      risk?: ChangeRisk;
      ref?: string;
    } = {},
  ): Promise<ReadinessResponse> {
    return this.get<ReadinessResponse>(
      `/environments/${encodeURIComponent(environment)}/readiness${toQuery(
        options,
      )}`,
    );
  }

  getCalendar(
    environment: string,
    options: { from?: string; days?: number } = {},
  ): Promise<CalendarResponse> {
    return this.get<CalendarResponse>(
      `/environments/${encodeURIComponent(environment)}/calendar${toQuery(
        options,
      )}`,
    );
  }

  getManualGateEligibility(
    environment: string,
    gate: string,
  ): Promise<ManualGateEligibilityResponse> {
    return this.get<ManualGateEligibilityResponse>(
      `/environments/${encodeURIComponent(
        environment,
      )}/gates/${encodeURIComponent(gate)}/eligibility`,
    );
  }

  setManualGateResult(
    environment: string,
    gate: string,
    check: string,
    request: ManualGateRequest & { requestId: string },
  ): Promise<ManualGateRecord> {
    return this.post<ManualGateRecord>(
      `/environments/${encodeURIComponent(
        environment,
      )}/gates/${encodeURIComponent(gate)}/checks/${encodeURIComponent(check)}`,
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
