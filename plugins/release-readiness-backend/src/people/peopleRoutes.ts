import { InputError } from '@backstage/errors';
import Router from 'express-promise-router';
import type { OnCallService } from './OnCallService';
import { MAX_ONCALL_WEEKS } from './OnCallService';
import type { RaciService } from './RaciService';

const DEFAULT_WEEKS = 4;

function readWeeks(value: unknown): number {
  if (value === undefined) {
    return DEFAULT_WEEKS;
  }
  const weeks =
    typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(weeks >= 1 && weeks <= MAX_ONCALL_WEEKS)) {
    throw new InputError(
      `Invalid query parameter 'weeks': expected a whole number from 1 to ${MAX_ONCALL_WEEKS}`,
    );
  }
  return weeks;
}

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
    res.json(await raci.getRaci(req.params.env));
  });

  router.get('/environments/:env/oncall', async (req, res) => {
    const weeks = readWeeks(req.query.weeks);
    res.json(await onCall.getOnCall(req.params.env, weeks));
  });

  return router;
}
