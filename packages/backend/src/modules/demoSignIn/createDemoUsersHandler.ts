import type {
  AuthService,
  HttpRouterService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { NotFoundError, ServiceUnavailableError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { listDemoUsers } from './listDemoUsers';

/** The people list's path on the auth plugin's router: `GET /api/auth/demo/users`. */
export const DEMO_USERS_PATH = '/demo/users';

type Handler = Parameters<HttpRouterService['use']>[0];

/**
 * The handler of `GET /api/auth/demo/users`: `[{ entityRef, displayName, groups }]` of every
 * catalog user while the demo provider is enabled, 404 otherwise; 503 when the catalog cannot be
 * read (its message is logged, not returned). Every other request passes on to the auth router.
 */
export function createDemoUsersHandler(options: {
  enabled: boolean;
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
}): Handler {
  const { enabled, catalog, auth, logger } = options;
  return (req, res, next) => {
    if (req.path !== DEMO_USERS_PATH || req.method !== 'GET') {
      next();
      return;
    }
    if (!enabled) {
      next(new NotFoundError('The demo sign-in is not enabled'));
      return;
    }
    listDemoUsers({ catalog, auth }).then(
      users => {
        res.setHeader('cache-control', 'no-store');
        res.json(users);
      },
      error => {
        logger.warn('The demo sign-in could not read the catalog users', error);
        next(
          new ServiceUnavailableError(
            'The catalog users could not be read; try again shortly',
          ),
        );
      },
    );
  };
}
