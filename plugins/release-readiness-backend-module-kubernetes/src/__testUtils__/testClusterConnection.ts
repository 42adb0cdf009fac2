import type { JsonObject } from '@backstage/types';
import { demoTls } from '@release-readiness/kubernetes-test-cluster';

/**
 * The connection keys of a cluster (`url`, `caData`, service-account `auth`) for a Kubernetes API
 * test server started with the demo TLS material and `token`.
 */
export function testClusterConnection(
  server: { url: string },
  token: string,
): JsonObject {
  return {
    url: server.url,
    caData: Buffer.from(demoTls().ca).toString('base64'),
    auth: { type: 'serviceAccount', token },
  };
}
