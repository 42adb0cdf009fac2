import { ConfigReader } from '@backstage/config';
import type { TestServer } from '@release-readiness/plugin-release-readiness-node/testUtils';
import {
  demoTls,
  KubernetesTestServer,
  StoredObject,
} from '@release-readiness/kubernetes-test-cluster';
import { readKubernetesTarget } from '../../config/readKubernetesTarget';
import { createKubeConfig } from '../createKubeConfig';
import { KubernetesWorkloadSource } from '../KubernetesWorkloadSource';

/**
 * Shared by the raw-LIST tests of {@link KubernetesWorkloadSource}: the token, the namespace,
 * connections to the Kubernetes API test server (HTTPS) or the generic upstream test server
 * (plain HTTP), and a Deployment with any number of pods.
 */
export const TOKEN = 'canary-token-7d2e91ab40';
export const NAMESPACE = 'servanda-stage';
export const tls = demoTls();
export const signal = () => new AbortController().signal;

/** The kubeconfig the source's factory would build for this `kubernetes` block. */
export function kubeConfigFor(kubernetes: object) {
  return createKubeConfig(
    readKubernetesTarget(
      'releaseReadiness.environments.stage',
      new ConfigReader({ kubernetes }),
    ),
    { key: 'releaseReadiness.environments.stage.kubernetes', name: 'stage' },
  );
}

/** A connection to the Kubernetes API test server, trusting the demo CA. */
export function httpsTarget(server: KubernetesTestServer) {
  return {
    cluster: 'demo-cluster',
    namespace: NAMESPACE,
    url: server.url,
    caData: Buffer.from(tls.ca).toString('base64'),
    auth: { type: 'serviceAccount', token: TOKEN },
  };
}

/** A connection to the generic upstream test server (plain HTTP needs `skipTLSVerify`). */
export function httpTarget(server: TestServer) {
  return {
    cluster: 'demo-cluster',
    namespace: NAMESPACE,
    url: server.url,
    skipTLSVerify: true,
    auth: { type: 'serviceAccount', token: TOKEN },
  };
}

/** A source of {@link NAMESPACE} through `kubernetes`, in pages of `pageSize`. */
export function source(kubernetes: object, pageSize?: number) {
  return new KubernetesWorkloadSource({
    name: 'raw',
    kubeConfig: kubeConfigFor(kubernetes),
    namespace: NAMESPACE,
    pageSize,
  });
}

/** A Deployment `api` with one ReplicaSet owning `pods` pods, each restarted once. */
export function deploymentWithPods(pods: number): StoredObject[] {
  const owner = (kind: string, name: string, uid: string) => [
    { apiVersion: 'apps/v1', kind, name, uid, controller: true },
  ];
  return [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'api', namespace: NAMESPACE, uid: 'uid-deploy' },
      spec: {
        replicas: pods,
        selector: { matchLabels: { app: 'api' } },
        template: {
          metadata: { labels: { app: 'api' } },
          spec: { containers: [{ name: 'api', image: 'api:1.2.3' }] },
        },
      },
      status: { observedGeneration: 1, replicas: pods, updatedReplicas: pods },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        name: 'api-5d8f',
        namespace: NAMESPACE,
        uid: 'uid-rs',
        ownerReferences: owner('Deployment', 'api', 'uid-deploy'),
      },
      spec: {
        selector: { matchLabels: { app: 'api' } },
        template: { metadata: { labels: { app: 'api' } } },
      },
    },
    ...Array.from({ length: pods }, (_, i) => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: `api-5d8f-${i}`,
        namespace: NAMESPACE,
        uid: `uid-pod-${i}`,
        ownerReferences: owner('ReplicaSet', 'api-5d8f', 'uid-rs'),
      },
      status: {
        containerStatuses: [
          { name: 'api', image: 'api:1.2.3', ready: true, restartCount: 1 },
        ],
      },
    })),
  ];
}
