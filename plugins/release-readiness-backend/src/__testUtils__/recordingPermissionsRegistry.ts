import type { PermissionsRegistryService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import type {
  PermissionResourceRef,
  PermissionRule,
  PermissionRuleset,
} from '@backstage/plugin-permission-node';

/**
 * A permissions registry for router tests: it keeps the rules a plugin registers with
 * `addResourceType` and answers `getPermissionRuleset` from them, as the real registry does.
 */
export function recordingPermissionsRegistry(): PermissionsRegistryService {
  const rules: PermissionRule<unknown, unknown, string>[] = [];
  return mockServices.permissionsRegistry.mock({
    addResourceType: options => {
      rules.push(
        ...(options.rules as PermissionRule<unknown, unknown, string>[]),
      );
    },
    getPermissionRuleset: <TResourceType extends string, TResource, TQuery>(
      _ref: PermissionResourceRef<TResource, TQuery, TResourceType>,
    ): PermissionRuleset<TResource, TQuery, TResourceType> => ({
      getRuleByName: name => {
        const rule = rules.find(r => r.name === name);
        if (!rule) {
          throw new Error(`Unknown permission rule ${name}`);
        }
        return rule as PermissionRule<TResource, TQuery, TResourceType>;
      },
    }),
  });
}
