import {
  BackstageCredentials,
  PermissionsRegistryService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { createConditionAuthorizer } from '@backstage/plugin-permission-node';
import {
  parseReleaseReadinessEnvironmentResourceRef,
  releaseReadinessRollbackPermission,
} from '@release-readiness/plugin-release-readiness-common';
import {
  EnvironmentResource,
  environmentResourceRef,
} from './environmentResourceRef';
import { environmentRules } from './environmentRules';

type ConditionAuthorizer = (
  decision: PolicyDecision,
  resource: EnvironmentResource | undefined,
) => boolean;

/**
 * Registers the `release-readiness-environment` resource type with its rules and answers "may
 * this user roll back in this environment?" as the permission policy says, conditional decisions
 * included.
 */
export class EnvironmentPermissions {
  readonly #permissions: PermissionsService;
  readonly #isAllowed: ConditionAuthorizer;

  static register(options: {
    permissions: PermissionsService;
    permissionsRegistry: PermissionsRegistryService;
    /** Whether an environment exists, for the permission backend's `apply-conditions` calls. */
    exists(resource: EnvironmentResource): boolean;
  }): EnvironmentPermissions {
    const { permissionsRegistry, exists } = options;
    permissionsRegistry.addResourceType({
      resourceRef: environmentResourceRef,
      permissions: [releaseReadinessRollbackPermission],
      rules: Object.values(environmentRules),
      getResources: async refs =>
        refs.map(ref => {
          const resource = parseReleaseReadinessEnvironmentResourceRef(ref);
          return resource && exists(resource) ? resource : undefined;
        }),
    });
    return new EnvironmentPermissions(
      options.permissions,
      createConditionAuthorizer(
        permissionsRegistry.getPermissionRuleset(environmentResourceRef),
      ),
    );
  }

  private constructor(
    permissions: PermissionsService,
    isAllowed: ConditionAuthorizer,
  ) {
    this.#permissions = permissions;
    this.#isAllowed = isAllowed;
  }

  /** True when the policy allows `credentials` to roll back in `resource`. */
  async mayRollback(
    credentials: BackstageCredentials,
    resource: EnvironmentResource,
  ): Promise<boolean> {
    const [decision] = await this.#permissions.authorizeConditional(
      [{ permission: releaseReadinessRollbackPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.CONDITIONAL) {
      return this.#isAllowed(decision, resource);
    }
    return decision.result === AuthorizeResult.ALLOW;
  }
}
