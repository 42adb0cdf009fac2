import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  EnvironmentSummary,
  EnvironmentsResponse,
  OnCallResponse,
  RaciResponse,
  VersionsResponse,
  WorkloadsResponse,
} from '@internal/backstage-plugin-release-readiness-common';
import { ReleaseReadinessApi } from './ReleaseReadinessApi';

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

  protected async get<T>(path: string): Promise<T> {
    const baseUrl = await this.#discoveryApi.getBaseUrl('release-readiness');
    const response = await this.#fetchApi.fetch(`${baseUrl}${path}`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
