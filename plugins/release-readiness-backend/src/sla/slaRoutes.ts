import Router from 'express-promise-router';
import { noQuery, parseRequest } from '../routes/parseRequest';
import type { SlaService } from './SlaService';

/** `GET /environments/:env/sla`: the environment's services judged against their objectives. */
export function slaRoutes(options: { sla: SlaService }) {
  const router = Router();
  router.get('/environments/:env/sla', async (req, res) => {
    parseRequest(noQuery, req.query, 'query parameter');
    res.json(await options.sla.getSla(req.params.env));
  });
  return router;
}
