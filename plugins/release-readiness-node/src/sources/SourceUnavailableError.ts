import { CustomErrorBase } from '@backstage/errors';
import type { SourceErrorType } from '@internal/backstage-plugin-release-readiness-common';

/**
 * Thrown by a source when it knows why its upstream cannot be read. The collector turns it into
 * the tile's `source.error`; the message is shown to users, so it must never contain credentials.
 *
 * @public
 */
export class SourceUnavailableError extends CustomErrorBase {
  name = 'SourceUnavailableError' as const;
  readonly type: SourceErrorType;

  constructor(type: SourceErrorType, message: string, cause?: Error) {
    super(message, cause);
    this.type = type;
  }
}
