import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { releaseReadinessDecisionCheckPermission } from '@release-readiness/plugin-release-readiness-common';
import express from 'express';
import Router from 'express-promise-router';
import { parseRequest } from '../routes/parseRequest';
import type { SystemRegistry } from '../systems/SystemRegistry';
import { checkQuery } from './decisionSchemas';

/** The paths {@link decisionCheckRoutes} answers, which also service principals may call. */
export const DECISION_CHECK_PATH = /^(\/systems\/[^/]+)?\/decisions\/check\/?$/;

/**
 * `GET /decisions/check?system=&environment=&version=` (and `/systems/:system/decisions/check`):
 * may a CD pipeline deploy this version now. The one route that also accepts service principals
 * (a Backstage external-access token), with the permission `release-readiness.decision.check`;
 * read-only.
 */
export function decisionCheckRoutes(options: {
  systems: SystemRegistry;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
}) {
  const { systems, httpAuth, permissions } = options;
  const router = Router();
  const handler = async (req: express.Request, res: express.Response) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const [decision] = await permissions.authorize(
      [{ permission: releaseReadinessDecisionCheckPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        'The permission policy does not allow you to check decisions (release-readiness.decision.check)',
      );
    }
    const query = parseRequest(checkQuery, req.query, 'query parameter');
    const name = req.params.system ?? query.system ?? systems.defaultSystem;
    if (!name) {
      throw new NotFoundError(
        "No default system is configured (releaseReadiness.defaultSystem): name the 'system'",
      );
    }
    const runtime = await systems.runtime(name);
    res.json(
      await runtime.decisions.check(
        (query.environment ?? query.env)!,
        query.version,
      ),
    );
  };
  router.get('/decisions/check', handler);
  router.get('/systems/:system/decisions/check', handler);
  return router;
}
