import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { releaseReadinessReadPermission } from '@release-readiness/plugin-release-readiness-common';
import express from 'express';
import Router from 'express-promise-router';
import { jsonBody } from './routes/readRequestBody';

/**
 * Options for {@link createRouter}.
 */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  /** Records writes refused before they reach their route (no user, no board permission). */
  auditor?: AuditorService;
  /** The feature routers (environments, workloads, ...), mounted behind the auth check. */
  routes: express.Router[];
  /**
   * Routes that check their own credentials and also accept service principals (the decision
   * check a CD pipeline calls with an external-access token), answered only on their `paths`.
   */
  serviceRoutes?: { paths: RegExp; router: express.Router }[];
}

/**
 * The plugin's HTTP API. Every route needs a signed-in user who may read the board; `/health` is
 * the only public path (see `plugin.ts`). Feature routes that change something check their own,
 * stronger permissions on top.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, permissions, routes, serviceRoutes = [] } = options;
  const router = Router();
  router.use(jsonBody());

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  for (const route of serviceRoutes) {
    router.use((req, res, next) =>
      route.paths.test(req.path) ? route.router(req, res, next) : next(),
    );
  }

  router.use(async (req, _res, next) => {
    try {
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
    } catch (error) {
      // A write refused here never reaches its route's own audit event.
      if (options.auditor && !['GET', 'HEAD', 'OPTIONS'].includes(req.method)) {
        const event = await options.auditor.createEvent({
          eventId: 'write-refused',
          severityLevel: 'high',
          request: req,
          meta: { method: req.method, path: req.path },
        });
        await event.fail({ error: error as Error });
      }
      throw error;
    }
    next();
  });

  for (const route of routes) {
    router.use(route);
  }

  return router;
}
