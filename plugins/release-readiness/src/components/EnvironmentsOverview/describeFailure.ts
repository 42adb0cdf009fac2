import { ResponseError } from '@backstage/errors';
import {
  englishTranslate,
  type ReleaseReadinessTranslate,
} from '../../translations';

/**
 * What a board tile says when its request failed: the HTTP status or the error's name, never its
 * text (the environment's page shows the whole error). The words from `t` (default English).
 */
export function describeFailure(
  error: Error | undefined,
  t: ReleaseReadinessTranslate = englishTranslate,
): string {
  if (error instanceof ResponseError) {
    return t('board.tile.couldNotLoadStatus', {
      status: String(error.statusCode),
    });
  }
  return error
    ? t('board.tile.couldNotLoadName', { name: error.name })
    : t('board.tile.couldNotLoad');
}
