import { CustomErrorBase } from '@backstage/errors';
import type { SourceErrorType } from '@release-readiness/plugin-release-readiness-common';

/**
 * Thrown by a source when it knows why its upstream cannot be read. The collector turns it into
 * the tile's `source.error`; the message is shown to users, so it must never contain credentials.
 *
 * @public
 */
export class SourceUnavailableError extends CustomErrorBase {
  name = 'SourceUnavailableError' as const;
  readonly type: SourceErrorType;
  /**
   * When set, the collector makes no further call to this source for this long (e.g. from a
   * rate-limit reset header) and serves the last good value as stale meanwhile.
   */
  readonly retryAfterMs?: number;

  constructor(
    type: SourceErrorType,
    message: string,
    options?: { cause?: Error; retryAfterMs?: number },
  ) {
    super(message, options?.cause);
    this.type = type;
    this.retryAfterMs = options?.retryAfterMs;
  }
}
