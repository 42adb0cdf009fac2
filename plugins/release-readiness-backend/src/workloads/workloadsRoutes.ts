import { InputError } from '@backstage/errors';
import Router from 'express-promise-router';
import { z } from 'zod';
import { WorkloadsService } from './WorkloadsService';

const WORKLOAD_NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

const versionsQuery = z
  .object({
    workload: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform(value =>
        value === undefined
          ? undefined
          : [value]
              .flat()
              .flatMap(v => v.split(','))
              .map(v => v.trim())
              .filter(Boolean),
      )
      .pipe(
        z
          .array(
            z
              .string()
              .max(253)
              .regex(WORKLOAD_NAME, 'must be a Kubernetes object name'),
          )
          .max(100)
          .optional(),
      ),
  })
  .strict();

/**
 * `GET /environments/:env/workloads` (one environment's workloads with their source) and
 * `GET /versions[?workload=a,b]` (the "deployed where" matrix).
 */
export function workloadsRoutes(options: { workloads: WorkloadsService }) {
  const { workloads } = options;
  const router = Router();

  router.get('/environments/:env/workloads', async (req, res) => {
    res.json(await workloads.forEnvironment(req.params.env));
  });

  router.get('/versions', async (req, res) => {
    const parsed = versionsQuery.safeParse(req.query);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue.path.length ? issue.path.join('.') : 'query';
      throw new InputError(
        `Invalid query parameter '${field}': ${issue.message}`,
      );
    }
    res.json(await workloads.versions(parsed.data.workload));
  });

  return router;
}
