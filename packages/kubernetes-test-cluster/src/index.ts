/**
 * The Kubernetes API test server and the demo cluster: a stand-in for a Kubernetes API server
 * (real HTTP(S) on loopback, real object shapes) for tests, the benchmark and the demo portal.
 * Not a real cluster; not for production code.
 *
 * @packageDocumentation
 */

export { KubernetesTestServer } from './server/KubernetesTestServer';
export type { KubernetesFault } from './server/KubernetesFault';
export type { KubernetesTestServerOptions } from './server/KubernetesTestServerOptions';
export type { RecordedRequest } from './server/RecordedRequest';
export type { StoredObject } from './store/StoredObject';
export type { ObjectKey } from './store/ObjectStore';
export type { WatchOptions } from './watch/WatchOptions';
export type { RolloutBehaviour } from './controllers/RolloutBehaviour';
export { RESOURCE_TYPES } from './store/resourceTypes';
export type { ResourceType } from './store/resourceTypes';
export { matchLabelSelector } from './labels/matchLabelSelector';
export { loadObjects } from './objects/loadObjects';
export { shiftTimestamps } from './objects/shiftTimestamps';
export { demoTls } from './demo/demoTls';
export { serveDemoCluster, DEMO_REFERENCE_TIME } from './demo/serveDemoCluster';
export { fixturePath } from './paths/fixturePath';
