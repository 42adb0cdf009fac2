import type { ServerResponse } from 'node:http';
import {
  RecordedRequest,
  sendJson,
} from '@release-readiness/plugin-release-readiness-node/testUtils';

/**
 * A test-server handler that serves `items` the way PagerDuty's classic pagination does: `limit`
 * (1–100, default 25) items from `offset`, `more` while items are left, and HTTP 400 when
 * `offset + limit` exceeds 10,000 (PagerDuty's documented end of offset pagination) or `limit`
 * exceeds 100.
 */
export function pagedListHandler(
  key: string,
  items: readonly unknown[],
): (req: RecordedRequest, res: ServerResponse) => void {
  return (req, res) => {
    const limit = Number(req.query.get('limit') ?? 25);
    const offset = Number(req.query.get('offset') ?? 0);
    if (
      !Number.isInteger(limit) ||
      !Number.isInteger(offset) ||
      limit < 1 ||
      limit > 100 ||
      offset < 0 ||
      offset + limit > 10_000
    ) {
      sendJson(res, 400, {
        error: {
          message: 'Invalid Input Provided',
          code: 2001,
          errors: ['Offset must be less than 10000.'],
        },
      });
      return;
    }
    sendJson(res, 200, {
      [key]: items.slice(offset, offset + limit),
      limit,
      offset,
      more: offset + limit < items.length,
    });
  };
}
