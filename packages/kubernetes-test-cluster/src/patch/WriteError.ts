import { statusResponse } from '../http/statusResponse';
import { TestResponse } from '../http/TestResponse';

/**
 * Why a write was refused, as the API server answers it: an HTTP status, the `Status` reason and
 * message, and optional `details` (e.g. the `causes` of a 422).
 */
export class WriteError extends Error {
  readonly status: number;
  readonly reason: string;
  readonly details?: Record<string, unknown>;

  constructor(
    status: number,
    reason: string,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'WriteError';
    this.status = status;
    this.reason = reason;
    this.details = details;
  }

  /** The answer: a `Status` body with this status, reason, message and details. */
  toResponse(): TestResponse {
    return statusResponse(this.status, this.reason, this.message, {
      ...(this.details && { extra: { details: this.details } }),
    });
  }

  /**
   * A patch the server understood but could not apply (a failed JSON Patch `test`, a path that
   * does not exist): 422 `Invalid` with the API server's generic message and the reason as a
   * cause, as kube-apiserver answers JSON Patch failures.
   */
  static unprocessable(cause: string): WriteError {
    return new WriteError(
      422,
      'Invalid',
      'the server rejected our request due to an error in our request',
      { causes: [{ reason: 'UnexpectedServerResponse', message: cause }] },
    );
  }

  /** A body the server cannot read: 400 `BadRequest`. */
  static badRequest(message: string): WriteError {
    return new WriteError(400, 'BadRequest', message);
  }
}
