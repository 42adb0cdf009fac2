/**
 * The github backend module for the release-readiness plugin.
 *
 * @packageDocumentation
 */

export { releaseReadinessModuleGithub as default } from './module';
