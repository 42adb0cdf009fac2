import { ServiceUnavailableError } from '@backstage/errors';

/** The error for a success answer whose body is not what the route promises (never quoted). */
export function unexpectedBody(): ServiceUnavailableError {
  return new ServiceUnavailableError(
    'The release-readiness backend answered with an unexpected body',
  );
}
