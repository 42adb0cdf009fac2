import {
  translationApiRef,
  type ApiHolder,
} from '@backstage/frontend-plugin-api';
import {
  englishTranslate,
  releaseReadinessTranslationRef,
  type ReleaseReadinessTranslate,
} from '../../translations';

/**
 * The translation function a field validator words its errors with. Validators run outside
 * React, so they cannot use `useTranslationRef`; the scaffolder hands them the app's API holder
 * instead, whose translation API follows the portal's language (waiting for that language's
 * messages when they are not loaded yet). The English messages when the holder has no
 * translation API or the language's messages fail to load.
 */
export async function validationTranslation(
  apiHolder: ApiHolder,
): Promise<ReleaseReadinessTranslate> {
  const api = apiHolder.get(translationApiRef);
  if (!api) {
    return englishTranslate;
  }
  const snapshot = api.getTranslation(releaseReadinessTranslationRef);
  if (snapshot.ready) {
    return snapshot.t;
  }
  return new Promise(resolve => {
    // `translation$` may answer before `subscribe` returns: the subscription is kept here then.
    const state: { done: boolean; subscription?: { unsubscribe(): void } } = {
      done: false,
    };
    const finish = (t: ReleaseReadinessTranslate) => {
      if (!state.done) {
        state.done = true;
        state.subscription?.unsubscribe();
        resolve(t);
      }
    };
    state.subscription = api
      .translation$(releaseReadinessTranslationRef)
      .subscribe({
        next(next) {
          if (next.ready) {
            finish(next.t);
          }
        },
        error() {
          finish(englishTranslate);
        },
      });
    if (state.done) {
      state.subscription.unsubscribe();
    }
  });
}
