export { releaseReadinessTranslationRef } from './releaseReadinessTranslationRef';
export type { ReleaseReadinessTranslate } from './releaseReadinessTranslationRef';
export { englishTranslate } from './englishTranslate';
