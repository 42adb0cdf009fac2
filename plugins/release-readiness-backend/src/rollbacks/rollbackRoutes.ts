import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { noQuery, parseRequest } from '../routes/parseRequest';
import { readRequestBody } from '../routes/readRequestBody';
import {
  followUpBody,
  listQuery,
  revisionsParams,
  rollbackBody,
} from './rollbackSchemas';
import type { RollbackService } from './RollbackService';

/**
 * The rollback routes of one system: `GET /environments/:env/workloads/:kind/:name/revisions`,
 * `POST /rollbacks`, `GET /rollbacks`, `GET /rollbacks/:id`, `POST /rollbacks/:id/follow-ups`.
 * Records are append-only (no route changes or deletes one: 405). Every attempt, refusals and bad
 * bodies included, is an auditor event.
 */
export function rollbackRoutes(options: {
  service: RollbackService;
  httpAuth: HttpAuthService;
  auditor: AuditorService;
}) {
  const { service, httpAuth, auditor } = options;
  const router = Router();
  const userOf = (req: express.Request) =>
    httpAuth.credentials(req, { allow: ['user'] });

  router.get(
    '/environments/:env/workloads/:kind/:name/revisions',
    async (req, res) => {
      parseRequest(noQuery, req.query, 'query parameter');
      const { env, kind, name } = parseRequest(
        revisionsParams,
        req.params,
        'path parameter',
      );
      res.json(await service.revisions(env, kind, name));
    },
  );

  router.post('/rollbacks', async (req, res) => {
    const event = await auditor.createEvent({
      eventId: 'rollback',
      severityLevel: 'critical',
      request: req,
      meta: { system: service.system },
    });
    let audited = false;
    try {
      const credentials = await userOf(req);
      const body = readRequestBody(rollbackBody, req, res);
      const { record, created, refusal } = await service.rollBack(
        credentials,
        body,
      );
      const meta = {
        rollbackId: record.id,
        environment: record.environment,
        workload: `${record.workload.kind}/${record.workload.name}`,
        dryRun: record.dryRun,
        outcome: record.outcome,
        created,
      };
      audited = true;
      if (refusal) {
        // Refused, but recorded: the record's id is in the audit event.
        await event.fail({ error: refusal, meta });
        throw refusal;
      }
      await event.success({ meta });
      res.status(created ? 201 : 200).json(record);
    } catch (error) {
      if (!audited) {
        await event.fail({ error: error as Error });
      }
      throw error;
    }
  });

  router.get('/rollbacks', async (req, res) => {
    const query = parseRequest(listQuery, req.query, 'query parameter');
    res.json({ items: await service.list(query) });
  });

  router.get('/rollbacks/:id', async (req, res) => {
    parseRequest(noQuery, req.query, 'query parameter');
    res.json(await service.get(req.params.id));
  });

  router.post('/rollbacks/:id/follow-ups', async (req, res) => {
    const event = await auditor.createEvent({
      eventId: 'rollback-follow-up',
      severityLevel: 'medium',
      request: req,
      meta: { system: service.system, rollbackId: req.params.id },
    });
    try {
      const credentials = await userOf(req);
      const body = readRequestBody(followUpBody, req, res);
      const record = await service.followUp(credentials, req.params.id, body);
      await event.success({ meta: { field: body.field } });
      res.json(record);
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  });

  router.all(
    ['/rollbacks', '/rollbacks/:id', '/rollbacks/:id/*'],
    (req, res) => {
      res
        .status(405)
        .setHeader('Allow', req.path === '/rollbacks' ? 'GET, POST' : 'GET')
        .json({
          error: {
            name: 'MethodNotAllowedError',
            message:
              'Rollback records are append-only: they cannot be changed or deleted',
          },
        });
    },
  );

  return router;
}
