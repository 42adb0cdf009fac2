import {
  demoTls,
  KubernetesTestServer,
  loadObjects,
} from '@release-readiness/kubernetes-test-cluster';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Starts the Kubernetes API test server over HTTPS (demo CA, bearer `token`) with the objects of
 * `examples/demo-cluster/<file>`.
 */
export function startDemoCluster(
  file: string,
  token: string,
): Promise<KubernetesTestServer> {
  return KubernetesTestServer.start({
    objects: loadObjects(
      readFileSync(
        resolve(__dirname, '../../../../examples/demo-cluster', file),
        'utf8',
      ),
    ),
    token,
    tls: demoTls(),
  });
}
