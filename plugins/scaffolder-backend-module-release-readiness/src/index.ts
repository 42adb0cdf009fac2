/**
 * The release-readiness module for @backstage/plugin-scaffolder-backend.
 *
 * @packageDocumentation
 */

export { scaffolderModuleReleaseReadiness as default } from './module';
