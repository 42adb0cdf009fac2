import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import { decisionToMarkdown } from '@release-readiness/plugin-release-readiness-common';
import type { DecisionResponse } from '@release-readiness/plugin-release-readiness-common';
import express from 'express';
import Router from 'express-promise-router';
import { noQuery, parseRequest } from '../routes/parseRequest';
import { readRequestBody } from '../routes/readRequestBody';
import {
  exportQuery,
  listQuery,
  requestBody,
  voteBody,
  waiverBody,
} from './decisionSchemas';
import type { DecisionService } from './DecisionService';
import type { DecisionWrite, DecisionWriter } from './DecisionWriter';

/**
 * The decision routes of one system: `GET /decisions`, `POST /decisions`, `GET /decisions/:id`,
 * `POST /decisions/:id/votes`, `POST /decisions/:id/waivers`, `GET /decisions/:id/export`.
 * Records are append-only: there is no route to change or delete one (405). Every write, refusals
 * and bad bodies included, is an auditor event.
 */
export function decisionRoutes(options: {
  service: DecisionService;
  writer: DecisionWriter;
  httpAuth: HttpAuthService;
  auditor: AuditorService;
}) {
  const { service, writer, httpAuth, auditor } = options;
  const router = Router();

  const userOf = (req: express.Request) =>
    httpAuth.credentials(req, { allow: ['user'] });

  const respond = async (
    res: express.Response,
    user: string,
    id: string,
    status = 200,
  ) => {
    const { record, state, changes } = await service.get(id);
    const body: DecisionResponse = {
      decision: record,
      state,
      ...(changes && { changes }),
      you: service.you(
        record,
        state,
        await service.raci(record.environment),
        user,
      ),
    };
    res.status(status).json(body);
  };

  const write =
    (
      eventId: string,
      run: (
        req: express.Request,
        res: express.Response,
        credentials: Awaited<ReturnType<typeof userOf>>,
      ) => Promise<DecisionWrite>,
    ) =>
    async (req: express.Request, res: express.Response) => {
      const event = await auditor.createEvent({
        eventId,
        severityLevel: 'high',
        request: req,
        meta: {
          system: service.system,
          ...(req.params.id && { decisionId: req.params.id }),
        },
      });
      try {
        const credentials = await userOf(req);
        const result = await run(req, res, credentials);
        await event.success({
          meta: {
            decisionId: result.record.id,
            environment: result.record.environment,
            version: result.record.version,
            created: result.created,
            ...(result.authorisedBy && { authorisedBy: result.authorisedBy }),
          },
        });
        await respond(
          res,
          credentials.principal.userEntityRef,
          result.record.id,
          result.created ? 201 : 200,
        );
      } catch (error) {
        await event.fail({ error: error as Error });
        throw error;
      }
    };

  router.get('/decisions', async (req, res) => {
    const query = parseRequest(listQuery, req.query, 'query parameter');
    const environment =
      query.environment && service.environment(query.environment).name;
    const items = await service.list({
      ...query,
      ...(environment && { environment }),
    });
    res.json({
      items: items.map(({ record, state }) => ({ decision: record, state })),
    });
  });

  router.post(
    '/decisions',
    write('decision-request', async (req, res, credentials) =>
      writer.request(credentials, readRequestBody(requestBody, req, res)),
    ),
  );

  router.get('/decisions/:id', async (req, res) => {
    parseRequest(noQuery, req.query, 'query parameter');
    const credentials = await userOf(req);
    await respond(res, credentials.principal.userEntityRef, req.params.id);
  });

  router.post(
    '/decisions/:id/votes',
    write('decision-vote', async (req, res, credentials) =>
      writer.vote(
        credentials,
        req.params.id,
        readRequestBody(voteBody, req, res),
      ),
    ),
  );

  router.post(
    '/decisions/:id/waivers',
    write('decision-waive', async (req, res, credentials) =>
      writer.waive(
        credentials,
        req.params.id,
        readRequestBody(waiverBody, req, res),
      ),
    ),
  );

  router.get('/decisions/:id/export', async (req, res) => {
    parseRequest(exportQuery, req.query, 'query parameter');
    const credentials = await userOf(req);
    const { record, state, changes } = await service.get(req.params.id);
    const markdown = decisionToMarkdown(
      {
        decision: record,
        state,
        ...(changes && { changes }),
        you: service.you(
          record,
          state,
          await service.raci(record.environment),
          credentials.principal.userEntityRef,
        ),
      },
      {},
    );
    res
      .type('text/markdown; charset=utf-8')
      .setHeader(
        'Content-Disposition',
        `attachment; filename="decision-${record.environment}-${record.id}.md"`,
      );
    res.send(markdown);
  });

  router.all(
    ['/decisions', '/decisions/:id', '/decisions/:id/*'],
    (req, res) => {
      res
        .status(405)
        .setHeader('Allow', req.path === '/decisions' ? 'GET, POST' : 'GET')
        .json({
          error: {
            name: 'MethodNotAllowedError',
            message:
              'Decision records are append-only: they cannot be changed or deleted',
          },
        });
    },
  );

  return router;
}
