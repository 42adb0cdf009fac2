import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import type {
  BackendFeature,
  ExtensionPoint,
} from '@backstage/backend-plugin-api';
import type { JsonObject } from '@backstage/types';

/** What {@link startModuleCollecting} starts. */
export interface StartModuleCollectingOptions<T, F> {
  /** The backend module under test. */
  module: BackendFeature;
  /** The extension point the module adds to, as the backend plugin provides it. */
  extensionPoint: ExtensionPoint<T>;
  /** The extension point's implementation, passing what is added to `add`. */
  collect(add: (...factories: F[]) => void): T;
  /** The `releaseReadiness` configuration. */
  releaseReadiness: JsonObject;
}

/**
 * Starts `module` in a test backend with `extensionPoint` and the `releaseReadiness`
 * configuration, stops it again and returns what the module added, in order.
 */
export async function startModuleCollecting<T, F>(
  options: StartModuleCollectingOptions<T, F>,
): Promise<F[]> {
  const added: F[] = [];
  const backend = await startTestBackend({
    extensionPoints: [
      [
        options.extensionPoint,
        options.collect((...factories) => added.push(...factories)),
      ],
    ],
    features: [
      options.module,
      mockServices.rootConfig.factory({
        data: { releaseReadiness: options.releaseReadiness },
      }),
    ],
  });
  await backend.stop();
  return added;
}
