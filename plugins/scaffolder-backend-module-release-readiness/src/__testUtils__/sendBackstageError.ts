import { sendJson } from '@release-readiness/plugin-release-readiness-node/testUtils';
import type { ServerResponse } from 'node:http';

/** Answers as a Backstage backend's error middleware does: `{ error, request, response }`. */
export function sendBackstageError(
  res: ServerResponse,
  status: number,
  name: string,
  message: string,
) {
  sendJson(res, status, {
    error: { name, message },
    request: { method: 'POST', url: '/api/release-readiness/decisions' },
    response: { statusCode: status },
  });
}
