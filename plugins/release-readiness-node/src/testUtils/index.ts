/**
 * Test helpers for release-readiness source modules.
 *
 * @packageDocumentation
 */

export { startTestServer, sendJson } from './startTestServer';
export type { TestServer, RecordedRequest } from './startTestServer';
