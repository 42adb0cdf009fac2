import type { RootConfigService } from '@backstage/backend-plugin-api';
import { readBoardBase } from './readBoardBase';

/**
 * Builds the app link of an environment's rollback history.
 *
 * @public
 */
export type RollbackLink = (system: string, environment: string) => string;

/**
 * The link of an environment's rollback history in the app,
 * `<app.baseUrl><releaseReadiness.boardPath>/systems/<system>/env/<environment>/rollbacks` (the
 * page the backend plugin's rollback notifications link to). Reads the same keys as
 * `readDecisionLinks` and throws the same `InputError` naming the key of an invalid value.
  *
  * @public
 */
export function readRollbackLinks(config: RootConfigService): RollbackLink {
  const board = readBoardBase(config);
  return (system, environment) =>
    `${board}/systems/${encodeURIComponent(system)}/env/${encodeURIComponent(
      environment,
    )}/rollbacks`;
}
