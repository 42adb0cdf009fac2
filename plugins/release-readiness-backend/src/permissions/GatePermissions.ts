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
  parseReleaseReadinessGateResourceRef,
  releaseReadinessGateSetPermission,
  releaseReadinessPermissions,
} from '@release-readiness/plugin-release-readiness-common';
import { GateResource, gateResourceRef } from './gateResourceRef';
import { gateRules } from './releaseReadinessGateConditions';

type ConditionAuthorizer = (
  decision: PolicyDecision,
  resource: GateResource | undefined,
) => boolean;

/**
 * Registers the plugin's permissions and the `release-readiness-gate` resource type with its
 * rules, and answers "may this user set results of this gate?" as the permission policy says,
 * conditional decisions included.
 */
export class GatePermissions {
  readonly #permissions: PermissionsService;
  readonly #isAllowed: ConditionAuthorizer;

  static register(options: {
    permissions: PermissionsService;
    permissionsRegistry: PermissionsRegistryService;
    /** Whether a gate exists, for the permission backend's `apply-conditions` calls. */
    exists(resource: GateResource): boolean;
  }): GatePermissions {
    const { permissionsRegistry, exists } = options;
    permissionsRegistry.addPermissions(releaseReadinessPermissions);
    permissionsRegistry.addResourceType({
      resourceRef: gateResourceRef,
      permissions: [releaseReadinessGateSetPermission],
      rules: Object.values(gateRules),
      getResources: async refs =>
        refs.map(ref => {
          const resource = parseReleaseReadinessGateResourceRef(ref);
          return resource && exists(resource) ? resource : undefined;
        }),
    });
    return new GatePermissions(
      options.permissions,
      createConditionAuthorizer(
        permissionsRegistry.getPermissionRuleset(gateResourceRef),
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

  /** True when the policy allows `credentials` to set results of `resource`. */
  async maySet(
    credentials: BackstageCredentials,
    resource: GateResource,
  ): Promise<boolean> {
    const [decision] = await this.#permissions.authorizeConditional(
      [{ permission: releaseReadinessGateSetPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.CONDITIONAL) {
      return this.#isAllowed(decision, resource);
    }
    return decision.result === AuthorizeResult.ALLOW;
  }
}
