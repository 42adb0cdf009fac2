export { KubernetesTestServer } from './KubernetesTestServer';
export type {
  KubernetesFault,
  KubernetesTestServerOptions,
  RecordedRequest,
} from './KubernetesTestServer';
export { loadObjects } from './loadObjects';
export type { StoredObject } from './loadObjects';
export { demoTls } from './demoTls';
export { serveDemoCluster, DEMO_REFERENCE_TIME } from './serveDemoCluster';
export { shiftTimestamps } from './shiftTimestamps';
