/**
 * The PagerDuty backend module for the release-readiness plugin: open incidents (and on-call)
 * from the PagerDuty REST API v2.
 *
 * @packageDocumentation
 */

export { releaseReadinessModulePagerDuty as default } from './module';
export * from './client';
export * from './oncall';
