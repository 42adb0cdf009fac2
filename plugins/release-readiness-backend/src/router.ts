import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { releaseReadinessReadPermission } from '@internal/backstage-plugin-release-readiness-common';
import express from 'express';
import Router from 'express-promise-router';
import { jsonBody } from './routes/readRequestBody';

/**
 * Options for {@link createRouter}.
 */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  /** The feature routers (environments, workloads, ...), mounted behind the auth check. */
  routes: express.Router[];
}

/**
 * The plugin's HTTP API. Every route needs a signed-in user who may read the board; `/health` is
 * the only public path (see `plugin.ts`). Feature routes that change something check their own,
 * stronger permissions on top.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, permissions, routes } = options;
  const router = Router();
  router.use(jsonBody());

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.use(async (req, _res, next) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const [decision] = await permissions.authorize(
      [{ permission: releaseReadinessReadPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        'You are not allowed to read the release-readiness board',
      );
    }
    next();
  });

  for (const route of routes) {
    router.use(route);
  }

  return router;
}
