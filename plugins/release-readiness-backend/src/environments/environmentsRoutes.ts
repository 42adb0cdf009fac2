import Router from 'express-promise-router';
import type { EnvironmentsResponse } from '@release-readiness/plugin-release-readiness-common';
import { EnvironmentRegistry } from './EnvironmentRegistry';
import { noQuery, parseRequest } from '../routes/parseRequest';

/**
 * `GET /environments` and `GET /environments/:env`.
 */
export function environmentsRoutes(options: {
  environments: EnvironmentRegistry;
}) {
  const { environments } = options;
  const router = Router();

  router.get('/environments', (req, res) => {
    parseRequest(noQuery, req.query, 'query parameter');
    const body: EnvironmentsResponse = { items: environments.summaries() };
    res.json(body);
  });

  router.get('/environments/:env', (req, res) => {
    parseRequest(noQuery, req.query, 'query parameter');
    res.json(environments.summary(req.params.env));
  });

  return router;
}
