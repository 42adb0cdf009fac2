import { createPermissionRule } from '@backstage/plugin-permission-node';
import { z } from 'zod';
import { gateResourceRef } from './gateResourceRef';

/**
 * Permission rule `IS_GATE`: the gate's id is one of `gates`.
 *
 * @public
 */
export const isGateRule = createPermissionRule({
  name: 'IS_GATE',
  description: 'The gate is one of the given gate ids',
  resourceRef: gateResourceRef,
  paramsSchema: z.object({
    gates: z.array(z.string()).describe('Gate ids, e.g. staging'),
  }),
  apply: (resource, { gates }) => gates.includes(resource.gate),
  toQuery: ({ gates }) => ({ key: 'gate', values: gates }),
});
