import { createPermissionResourceRef } from '@backstage/plugin-permission-node';
import { RELEASE_READINESS_GATE_RESOURCE_TYPE } from '@release-readiness/plugin-release-readiness-common';

/**
 * A gate of an environment, as permission rules see it.
 *
 * @public
 */
export interface GateResource {
  system: string;
  environment: string;
  gate: string;
}

/**
 * The query a gate rule turns into: the environments or gates it allows.
 *
 * @public
 */
export type GateQuery = {
  key: 'system' | 'environment' | 'gate';
  values: string[];
};

/**
 * The permission resource ref of a gate (`release-readiness-gate`), for
 * `release-readiness.gate.set`.
 *
 * @public
 */
export const gateResourceRef = createPermissionResourceRef<
  GateResource,
  GateQuery
>().with({
  pluginId: 'release-readiness',
  resourceType: RELEASE_READINESS_GATE_RESOURCE_TYPE,
});
