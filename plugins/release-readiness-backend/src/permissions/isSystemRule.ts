import { createPermissionRule } from '@backstage/plugin-permission-node';
import { z } from 'zod';
import { gateResourceRef } from './gateResourceRef';

/**
 * Permission rule `IS_SYSTEM`: the gate belongs to one of `systems` (catalog System names).
 *
 * @public
 */
export const isSystemRule = createPermissionRule({
  name: 'IS_SYSTEM',
  description: 'The gate belongs to an environment of one of the given systems',
  resourceRef: gateResourceRef,
  paramsSchema: z.object({
    systems: z.array(z.string()).describe('System names, e.g. servanda'),
  }),
  apply: (resource, { systems }) => systems.includes(resource.system),
  toQuery: ({ systems }) => ({ key: 'system', values: systems }),
});
