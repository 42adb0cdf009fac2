/**
 * The http backend module for the release-readiness plugin: health and readiness endpoints
 * probed as gate checks.
 *
 * @packageDocumentation
 */

export { releaseReadinessModuleHttp as default } from './module';
