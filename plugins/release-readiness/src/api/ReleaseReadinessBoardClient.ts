import type { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  BackupsResponse,
  CalendarResponse,
  ChangeRisk,
  ManualGateEligibilityResponse,
  ManualGateRecord,
  ManualGateRequest,
  ReadinessResponse,
  ReadinessVerdict,
  EnvironmentSummary,
  EnvironmentsResponse,
  OnCallResponse,
  RaciResponse,
  RestoreTestRecord,
  SlaResponse,
  SystemSummariesResponse,
  SystemSummary,
  SystemsResponse,
  VersionsResponse,
  VersionSummaryQuery,
  VersionSummaryResponse,
  WorkloadsResponse,
} from '@release-readiness/plugin-release-readiness-common';

import { pathOf } from './pathOf';
import { toQuery } from './toQuery';

/**
 * The board's reads and writes over HTTP (systems, environments, workloads, readiness, people,
 * calendars, manual gates, SLA and backups): the part of {@link ReleaseReadinessClient} that
 * existed before decisions and rollbacks. Requests carry the signed-in user's token through the
 * fetch API; every system's routes live under `/systems/:system`.
 *
 * @public
 */
export class ReleaseReadinessBoardClient {
  protected readonly discoveryApi: DiscoveryApi;
  protected readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  getSystems(): Promise<SystemsResponse> {
    return this.get<SystemsResponse>('/systems');
  }

  getSystemSummaries(
    options: {
      offset?: number;
      limit?: number;
      owner?: string[];
      verdict?: ReadinessVerdict[];
      q?: string;
      sort?: 'title' | 'verdict';
    } = {},
  ): Promise<SystemSummariesResponse> {
    const { owner, verdict, ...rest } = options;
    return this.get<SystemSummariesResponse>(
      `/system-summaries${toQuery({
        ...rest,
        owner: owner?.join(','),
        verdict: verdict?.join(','),
      })}`,
    );
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

  getVersionSummary(
    system: string,
    options: VersionSummaryQuery = {},
  ): Promise<VersionSummaryResponse> {
    const { attention, ...rest } = options;
    return this.get<VersionSummaryResponse>(
      `${pathOf('systems', system, 'version-summary')}${toQuery({
        ...rest,
        attention: attention ? 'true' : undefined,
      })}`,
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

  getSla(system: string, environment: string): Promise<SlaResponse> {
    return this.get<SlaResponse>(
      pathOf('systems', system, 'environments', environment, 'sla'),
    );
  }

  getBackups(system: string, environment: string): Promise<BackupsResponse> {
    return this.get<BackupsResponse>(
      pathOf('systems', system, 'environments', environment, 'backups'),
    );
  }

  getRestoreTests(
    system: string,
    environment: string,
    options: { limit?: number } = {},
  ): Promise<{ items: RestoreTestRecord[] }> {
    return this.get<{ items: RestoreTestRecord[] }>(
      `${pathOf(
        'systems',
        system,
        'environments',
        environment,
        'restore-tests',
      )}${toQuery(options)}`,
    );
  }

  recordRestoreTest(
    system: string,
    environment: string,
    request: Pick<
      RestoreTestRecord,
      'testedAt' | 'outcome' | 'link' | 'reason'
    > & {
      requestId: string;
    },
  ): Promise<RestoreTestRecord> {
    return this.post<RestoreTestRecord>(
      pathOf('systems', system, 'environments', environment, 'restore-tests'),
      request,
    );
  }

  protected async post<T>(path: string, body: unknown): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('release-readiness');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, {
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
    const baseUrl = await this.discoveryApi.getBaseUrl('release-readiness');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
