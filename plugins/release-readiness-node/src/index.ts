/**
 * Extension points and contracts for release-readiness data sources. Backend modules implement
 * these to feed the board from a Kubernetes cluster, a CI system, an incident tool and so on.
 *
 * @packageDocumentation
 */

export * from './extensions';
export * from './sources';
export * from './config';
export * from './workloads';
export * from './oncall';
export * from './gates';
export * from './incidents';
export * from './sla';
export * from './backups';
export * from './rollbacks';
