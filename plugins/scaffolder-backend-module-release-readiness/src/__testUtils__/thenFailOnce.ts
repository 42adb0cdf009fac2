import {
  BackendFeature,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import {
  createTemplateAction,
  scaffolderActionsExtensionPoint,
} from '@backstage/plugin-scaffolder-node';

/** A template with a last step that fails once, and the action of that step. */
export interface ThenFailOnce {
  /** The template named `name`: the steps of the original, then `test:fail-once`. */
  template: Entity;
  /** The scaffolder module with the action `test:fail-once`. */
  feature: BackendFeature;
  /** How often the last step ran. */
  calls(): number;
}

/**
 * `template` (renamed to `name`) with a step after its own that fails the first time it runs
 * with `message` and succeeds afterwards: a task that fails after its writes, then is retried.
 */
export function thenFailOnce(
  template: Entity,
  name: string,
  message: string,
): ThenFailOnce {
  let calls = 0;
  const feature = createBackendModule({
    pluginId: 'scaffolder',
    moduleId: 'test-fail-once',
    register(reg) {
      reg.registerInit({
        deps: { actions: scaffolderActionsExtensionPoint },
        async init({ actions }) {
          actions.addActions(
            createTemplateAction({
              id: 'test:fail-once',
              async handler() {
                calls += 1;
                if (calls === 1) {
                  throw new Error(message);
                }
              },
            }),
          );
        },
      });
    },
  });
  const steps = template.spec?.steps;
  if (!Array.isArray(steps)) {
    throw new Error(`template ${template.metadata.name} has no steps`);
  }
  return {
    template: {
      ...template,
      metadata: { ...template.metadata, name },
      spec: {
        ...template.spec,
        steps: [
          ...steps,
          { id: 'after', name: 'Fails once', action: 'test:fail-once' },
        ],
      },
    },
    feature,
    calls: () => calls,
  };
}
