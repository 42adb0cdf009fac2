import { ResponseError } from '@backstage/errors';
import type { ReleaseReadinessTranslate } from '../../translations';

/**
 * Why a backend call a validator made failed, in words of its own (never the error's message):
 * `not-found` for a 404, otherwise a short description with the status, in the user's language.
 */
export function failureOf(
  error: unknown,
  t: ReleaseReadinessTranslate,
): {
  notFound: boolean;
  text: string;
} {
  if (error instanceof ResponseError) {
    return {
      notFound: error.statusCode === 404,
      text: t('fields.checkFailedReason.answered', {
        status: String(error.statusCode),
      }),
    };
  }
  return {
    notFound: false,
    text: t('fields.checkFailedReason.unreachable'),
  };
}
