/**
 * Types, permissions and pure policy code shared by the release-readiness frontend, backend and
 * scaffolder actions. Nothing in this package performs I/O.
 *
 * @packageDocumentation
 */

export * from './constants';
export * from './permissions';
export * from './environments';
export * from './sources';
export * from './workloads';
export * from './people';
export * from './calendar';
export * from './readiness';
export * from './sla';
export * from './backups';
export * from './decisions';
export * from './rollbacks';
export * from './links';
export * from './systemSummaries';
