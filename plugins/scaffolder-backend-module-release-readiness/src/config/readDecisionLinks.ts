import type { RootConfigService } from '@backstage/backend-plugin-api';
import { readBoardBase } from './readBoardBase';

/**
 * Builds the app link of a decision's meeting view.
 *
 * @public
 */
export type DecisionLink = (system: string, decisionId: string) => string;

/**
 * The link of a decision's meeting view in the app,
 * `<app.baseUrl><releaseReadiness.boardPath>/systems/<system>/decisions/<id>`:
 * `releaseReadiness.boardPath` (default `/release-readiness`, where the board is mounted; the
 * backend plugin reads the same key for its notifications) and `app.baseUrl` (without it the
 * link is the path alone). Throws an `InputError` naming the key of an invalid value, so the
 * backend does not start with it.
  *
  * @public
 */
export function readDecisionLinks(config: RootConfigService): DecisionLink {
  const board = readBoardBase(config);
  return (system, decisionId) =>
    `${board}/systems/${encodeURIComponent(
      system,
    )}/decisions/${encodeURIComponent(decisionId)}`;
}
