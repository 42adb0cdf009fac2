import {
  appLanguageApiRef,
  useApiHolder,
} from '@backstage/frontend-plugin-api';
import { useCallback, useSyncExternalStore } from 'react';

/**
 * The portal's current language (`appLanguageApi`: `en`, `de`, …), following changes made on the
 * settings page; `en` in an app without the language API.
 */
export function useLanguage(): string {
  const languageApi = useApiHolder().get(appLanguageApiRef);
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!languageApi) {
        return () => {};
      }
      const subscription = languageApi.language$().subscribe(onChange);
      return () => subscription.unsubscribe();
    },
    [languageApi],
  );
  return useSyncExternalStore(
    subscribe,
    () => languageApi?.getLanguage().language ?? 'en',
  );
}
