export { releaseReadinessPlugin as default } from './plugin';
