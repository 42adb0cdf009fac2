/**
 * The github backend module for the release-readiness plugin: the `github` gate source and the
 * `github-actions` rollback strategy.
 *
 * @packageDocumentation
 */

export { releaseReadinessModuleGithub as default } from './module';
export * from './rollback';
