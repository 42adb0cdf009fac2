import type { SystemsResponse } from '@release-readiness/plugin-release-readiness-common';
import { NotFoundError } from '@backstage/errors';
import Router from 'express-promise-router';
import { noQuery, parseRequest } from '../routes/parseRequest';
import { SystemRegistry } from './SystemRegistry';
import { systemSummariesRoutes } from '../summary/systemSummariesRoutes';

/**
 * `GET /systems`, `GET /systems/:system`, every system route under `/systems/:system/…`, and the
 * routes without a system (`/environments/…`, `/versions`, `/version-summary`) for the default
 * system.
 */
export function systemsRoutes(options: { systems: SystemRegistry }) {
  const { systems } = options;
  const router = Router();

  router.get('/systems', (req, res) => {
    parseRequest(noQuery, req.query, 'query parameter');
    const body: SystemsResponse = {
      items: systems.list().map(SystemRegistry.summaryOf),
      ...(systems.defaultSystem && { defaultSystem: systems.defaultSystem }),
    };
    res.json(body);
  });

  // The landing page in one request (the systems and each environment's verdict).
  router.use(systemSummariesRoutes({ systems }));

  router.get('/systems/:system', async (req, res) => {
    parseRequest(noQuery, req.query, 'query parameter');
    res.json(SystemRegistry.summaryOf(await systems.get(req.params.system)));
  });

  router.use('/systems/:system', async (req, res, next) => {
    const runtime = await systems.runtime(req.params.system);
    runtime.router(req, res, next);
  });

  // The routes from before systems existed serve the default system.
  router.use(async (req, res, next) => {
    if (
      !/^\/(environments|versions|version-summary|decisions|rollbacks)(\/|$)/.test(
        req.path,
      )
    ) {
      next();
      return;
    }
    if (!systems.defaultSystem) {
      throw new NotFoundError(
        `No default system is configured (releaseReadiness.defaultSystem): use /systems/<system>${
          req.path
        }; systems: ${
          systems
            .list()
            .map(e => e.name)
            .join(', ') || 'none'
        }`,
      );
    }
    const runtime = await systems.runtime(systems.defaultSystem);
    runtime.router(req, res, next);
  });

  return router;
}
