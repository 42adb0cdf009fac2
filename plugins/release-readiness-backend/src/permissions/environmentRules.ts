import {
  createConditionExports,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import { z } from 'zod';
import { environmentResourceRef } from './environmentResourceRef';

const isSystem = createPermissionRule({
  name: 'IS_SYSTEM',
  description: 'The environment belongs to one of the given systems',
  resourceRef: environmentResourceRef,
  paramsSchema: z.object({
    systems: z.array(z.string()).describe('System names, e.g. servanda'),
  }),
  apply: (resource, { systems }) => systems.includes(resource.system),
  toQuery: ({ systems }) => ({ key: 'system', values: systems }),
});

const isEnvironment = createPermissionRule({
  name: 'IS_ENVIRONMENT',
  description: 'The environment is one of the given environments',
  resourceRef: environmentResourceRef,
  paramsSchema: z.object({
    environments: z
      .array(z.string())
      .describe('Environment names, e.g. dev and stage'),
  }),
  apply: (resource, { environments }) =>
    environments.includes(resource.environment),
  toQuery: ({ environments }) => ({ key: 'environment', values: environments }),
});

/** The rules of the `release-readiness-environment` resource type, by name in conditions. */
export const environmentRules = { isSystem, isEnvironment };

const exported = createConditionExports({
  resourceRef: environmentResourceRef,
  rules: environmentRules,
});

/**
 * Conditions for a permission policy on `release-readiness.rollback.execute`, e.g.
 * `releaseReadinessEnvironmentConditions.isEnvironment({ environments: ['dev', 'stage'] })`.
 *
 * @public
 */
export const releaseReadinessEnvironmentConditions = exported.conditions;

/**
 * Builds a conditional decision for `release-readiness.rollback.execute` in a permission policy.
 *
 * @public
 */
export const createReleaseReadinessEnvironmentConditionalDecision =
  exported.createConditionalDecision;
