/*
 * The DEMO CLUSTER for `make start`: not a Kubernetes cluster, but the release-readiness
 * Kubernetes API test server (real HTTPS on loopback) serving the object lists in this folder,
 * with timestamps moved to the present. The portal's dev, stage and prod environments read their
 * workloads from it through @kubernetes/client-node, exactly as from a real API server.
 *
 * Run with the Backstage CLI's TypeScript transform (the Makefile does this):
 *   node --require @backstage/cli/config/nodeTransform.cjs examples/demo-cluster/serve.js
 * Environment: DEMO_CLUSTER_PORT (default 6443), DEMO_CLUSTER_TOKEN (default demo-cluster-token).
 */
const { resolve } = require('node:path');
const {
  serveDemoCluster,
} = require('@release-readiness/kubernetes-test-cluster');

const port = Number(process.env.DEMO_CLUSTER_PORT ?? 6443);
const token = process.env.DEMO_CLUSTER_TOKEN ?? 'demo-cluster-token';

serveDemoCluster({ dir: __dirname, port, token }).then(
  server => {
    console.log(
      `demo-cluster: DEMO Kubernetes API (test server, not a real cluster) on ${server.url}, namespaces servanda-dev, servanda-stage, servanda-prod`,
    );
    const stop = () => server.stop().then(() => process.exit(0));
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  },
  error => {
    console.error(
      `demo-cluster: could not start on port ${port}: ${error.message}. The portal runs anyway; its dev, stage and prod workloads will show as unavailable.`,
    );
    process.exit(1);
  },
);
