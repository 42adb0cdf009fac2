import { createPermissionRule } from '@backstage/plugin-permission-node';
import { z } from 'zod';
import { gateResourceRef } from './gateResourceRef';

/**
 * Permission rule `IS_ENVIRONMENT`: the gate belongs to one of `environments`.
 *
 * @public
 */
export const isEnvironmentRule = createPermissionRule({
  name: 'IS_ENVIRONMENT',
  description: 'The gate belongs to one of the given environments',
  resourceRef: gateResourceRef,
  paramsSchema: z.object({
    environments: z
      .array(z.string())
      .describe('Environment names, e.g. dev and stage'),
  }),
  apply: (resource, { environments }) =>
    environments.includes(resource.environment),
  toQuery: ({ environments }) => ({ key: 'environment', values: environments }),
});
