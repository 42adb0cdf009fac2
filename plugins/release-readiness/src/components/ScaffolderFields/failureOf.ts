import { ResponseError } from '@backstage/errors';

/**
 * Why a backend call a validator made failed, in words of its own (never the error's message):
 * `not-found` for a 404, otherwise a short description with the status.
 */
export function failureOf(error: unknown): {
  notFound: boolean;
  text: string;
} {
  if (error instanceof ResponseError) {
    return {
      notFound: error.statusCode === 404,
      text: `the release-readiness backend answered ${error.statusCode}`,
    };
  }
  return {
    notFound: false,
    text: 'the release-readiness backend could not be reached',
  };
}
