import Router from 'express-promise-router';
import { z } from 'zod';
import { noQuery, parseRequest } from '../routes/parseRequest';
import type { OnCallService } from './OnCallService';
import { MAX_ONCALL_WEEKS } from './OnCallService';
import type { RaciService } from './RaciService';

const DEFAULT_WEEKS = 4;

const onCallQuery = z
  .object({
    weeks: z
      .string()
      .regex(/^\d+$/, `expected a whole number from 1 to ${MAX_ONCALL_WEEKS}`)
      .transform(Number)
      .pipe(
        z
          .number()
          .min(1, `expected a whole number from 1 to ${MAX_ONCALL_WEEKS}`)
          .max(
            MAX_ONCALL_WEEKS,
            `expected a whole number from 1 to ${MAX_ONCALL_WEEKS}`,
          ),
      )
      .default(DEFAULT_WEEKS),
  })
  .strict();

/**
 * `GET /environments/:env/raci` and `GET /environments/:env/oncall?weeks=N`.
 */
export function peopleRoutes(options: {
  raci: RaciService;
  onCall: OnCallService;
}) {
  const { raci, onCall } = options;
  const router = Router();

  router.get('/environments/:env/raci', async (req, res) => {
    parseRequest(noQuery, req.query, 'query parameter');
    res.json(await raci.getRaci(req.params.env));
  });

  router.get('/environments/:env/oncall', async (req, res) => {
    const { weeks } = parseRequest(onCallQuery, req.query, 'query parameter');
    res.json(await onCall.getOnCall(req.params.env, weeks));
  });

  return router;
}
