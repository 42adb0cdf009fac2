import type { SystemSummariesResponse } from '@release-readiness/plugin-release-readiness-common';
import Router from 'express-promise-router';
import { parseRequest } from '../routes/parseRequest';
import type { SystemRegistry } from '../systems/SystemRegistry';
import { pageOfSummaries } from './pageOfSummaries';
import { summariesQuery } from './summariesQuery';
import { SummaryBodies } from './SummaryBodies';
import { SystemSummaries } from './SystemSummaries';

/**
 * `GET /system-summaries[?offset=&limit=&owner=&verdict=&q=&sort=]`: the landing page in one
 * request, every system (or a page) with each environment's verdict, its sources' status and
 * "as of", and the systems counted by verdict; with an `ETag` (`If-None-Match` gives 304).
 */
export function systemSummariesRoutes(options: {
  systems: SystemRegistry;
  /** For tests: how long a system's summary is reused. */
  ttlMs?: number;
}) {
  const summaries = new SystemSummaries(options);
  const bodies = new SummaryBodies();
  const router = Router();

  router.get('/system-summaries', async (req, res) => {
    const query = parseRequest(summariesQuery, req.query, 'query parameter');
    const all = await summaries.all();
    const { defaultSystem } = options.systems;
    const { body, etag } = bodies.get(
      JSON.stringify([query, defaultSystem]),
      all,
      (): SystemSummariesResponse => ({
        ...pageOfSummaries(all, query),
        ...(defaultSystem && { defaultSystem }),
        maxAgeSeconds: summaries.ttlMs / 1000,
      }),
    );
    res.set('ETag', etag);
    res.type('application/json');
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    res.send(body);
  });

  return router;
}
