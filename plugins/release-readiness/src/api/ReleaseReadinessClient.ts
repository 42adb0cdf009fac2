import { ResponseError } from '@backstage/errors';
import type {
  DecisionCheckResponse,
  DecisionRequestInput,
  DecisionResponse,
  DecisionStatus,
  RevisionsResponse,
  RollbackRecord,
} from '@release-readiness/plugin-release-readiness-common';
import type {
  DecisionExport,
  DecisionListResponse,
  ReleaseReadinessApi,
  RollbackFollowUpInput,
} from './ReleaseReadinessApi';

import { ReleaseReadinessBoardClient } from './ReleaseReadinessBoardClient';
import { pathOf } from './pathOf';
import { toQuery } from './toQuery';

/**
 * Default {@link ReleaseReadinessApi} implementation over HTTP: the board's reads and writes
 * ({@link ReleaseReadinessBoardClient}) plus go/no-go decisions and rollbacks. Requests carry
 * the signed-in user's token through the fetch API; every system's routes live under
 * `/systems/:system`.
 *
 * @public
 */
export class ReleaseReadinessClient
  extends ReleaseReadinessBoardClient
  implements ReleaseReadinessApi
{
  // Go/no-go decisions (issue 12).

  listDecisions(
    system: string,
    options: {
      environment?: string;
      status?: DecisionStatus;
      limit?: number;
    } = {},
  ): Promise<DecisionListResponse> {
    return this.get<DecisionListResponse>(
      `${pathOf('systems', system, 'decisions')}${toQuery(options)}`,
    );
  }

  getDecision(system: string, id: string): Promise<DecisionResponse> {
    return this.get<DecisionResponse>(
      pathOf('systems', system, 'decisions', id),
    );
  }

  requestDecision(
    system: string,
    request: DecisionRequestInput & { environment: string; requestId: string },
  ): Promise<DecisionResponse> {
    return this.post<DecisionResponse>(
      pathOf('systems', system, 'decisions'),
      request,
    );
  }

  vote(
    system: string,
    id: string,
    vote: { vote: 'go' | 'no-go'; reason: string; requestId: string },
  ): Promise<DecisionResponse> {
    return this.post<DecisionResponse>(
      pathOf('systems', system, 'decisions', id, 'votes'),
      vote,
    );
  }

  waive(
    system: string,
    id: string,
    waiver: { item: string; reason: string; until?: string; requestId: string },
  ): Promise<DecisionResponse> {
    return this.post<DecisionResponse>(
      pathOf('systems', system, 'decisions', id, 'waivers'),
      waiver,
    );
  }

  async exportDecision(system: string, id: string): Promise<DecisionExport> {
    const baseUrl = await this.discoveryApi.getBaseUrl('release-readiness');
    const response = await this.fetchApi.fetch(
      `${baseUrl}${pathOf(
        'systems',
        system,
        'decisions',
        id,
        'export',
      )}${toQuery({ format: 'markdown' })}`,
      { headers: { Accept: 'text/markdown' } },
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    // Only a plain file name is taken from the header; anything else gets the default.
    const suggested = /filename="([A-Za-z0-9_-][A-Za-z0-9._-]{0,199})"/.exec(
      response.headers.get('Content-Disposition') ?? '',
    )?.[1];
    return {
      fileName:
        suggested ?? `decision-${id.replace(/[^A-Za-z0-9._-]/g, '_')}.md`,
      markdown: await response.text(),
    };
  }

  checkDecision(
    system: string,
    environment: string,
    version: string,
  ): Promise<DecisionCheckResponse> {
    return this.get<DecisionCheckResponse>(
      `${pathOf('systems', system, 'decisions', 'check')}${toQuery({
        environment,
        version,
      })}`,
    );
  }

  // Rollbacks (issue 13).

  listRollbacks(
    system: string,
    options: { environment?: string; limit?: number } = {},
  ): Promise<{ items: RollbackRecord[] }> {
    return this.get<{ items: RollbackRecord[] }>(
      `${pathOf('systems', system, 'rollbacks')}${toQuery(options)}`,
    );
  }

  getRollback(system: string, id: string): Promise<RollbackRecord> {
    return this.get<RollbackRecord>(pathOf('systems', system, 'rollbacks', id));
  }

  addRollbackFollowUp(
    system: string,
    id: string,
    followUp: RollbackFollowUpInput & { requestId: string },
  ): Promise<RollbackRecord> {
    return this.post<RollbackRecord>(
      pathOf('systems', system, 'rollbacks', id, 'follow-ups'),
      followUp,
    );
  }

  getRevisions(
    system: string,
    environment: string,
    workload: { kind: string; name: string },
  ): Promise<RevisionsResponse> {
    return this.get<RevisionsResponse>(
      pathOf(
        'systems',
        system,
        'environments',
        environment,
        'workloads',
        workload.kind,
        workload.name,
        'revisions',
      ),
    );
  }
}
