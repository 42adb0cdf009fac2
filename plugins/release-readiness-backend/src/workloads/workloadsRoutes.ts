import { Request, Response } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { noQuery, parseRequest } from '../routes/parseRequest';
import { MemoizedBody } from './ResponseMemo';
import { versionSummaryQuery } from './versionSummaryQuery';
import { WorkloadsService } from './WorkloadsService';

/** Sends a prepared JSON body; express answers 304 when the client's ETag matches. */
function send(req: Request, res: Response, { body, etag }: MemoizedBody) {
  res.set('ETag', etag);
  res.type('application/json');
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  res.send(body);
}

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
 * `GET /versions[?workload=a,b]` (the "deployed where" matrix) and
 * `GET /version-summary[?offset=&limit=&q=&attention=]` (the matrix counted per environment, with
 * one page of rows, unhealthy and drifting first); each with an `ETag` (`If-None-Match` gives 304).
 */
export function workloadsRoutes(options: { workloads: WorkloadsService }) {
  const { workloads } = options;
  const router = Router();

  router.get('/environments/:env/workloads', async (req, res) => {
    parseRequest(noQuery, req.query, 'query parameter');
    send(req, res, await workloads.environmentBody(req.params.env));
  });

  router.get('/versions', async (req, res) => {
    const query = parseRequest(versionsQuery, req.query, 'query parameter');
    send(req, res, await workloads.versionsBody(query.workload));
  });

  router.get('/version-summary', async (req, res) => {
    const query = parseRequest(
      versionSummaryQuery,
      req.query,
      'query parameter',
    );
    send(req, res, await workloads.versionSummaryBody(query));
  });

  return router;
}
