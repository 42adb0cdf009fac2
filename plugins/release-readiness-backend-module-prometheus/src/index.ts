/**
 * The prometheus backend module for the release-readiness plugin: SLA counts (requests, errors,
 * latency buckets) and backup timestamps from Prometheus.
 *
 * @packageDocumentation
 */

export { releaseReadinessModulePrometheus as default } from './module';
