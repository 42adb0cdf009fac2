/**
 * The pagerduty backend module for the release-readiness plugin.
 *
 * @packageDocumentation
 */

export { releaseReadinessModulePagerDuty as default } from './module';
