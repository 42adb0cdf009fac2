import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  ManualGateHistoryResponse,
  releaseReadinessGateSetPermission,
} from '@internal/backstage-plugin-release-readiness-common';
import Router from 'express-promise-router';
import { z } from 'zod';
import { ManualGates } from './ManualGates';
import { parseRequest } from './parseRequest';
import { ReadinessService } from './ReadinessService';

const YEAR_MS = 366 * 24 * 3600_000;
const isoTime = z.iso.datetime({
  offset: true,
  message:
    'expected an ISO 8601 time with Z or an offset, e.g. 2026-03-24T20:00:00+01:00',
});

const readinessQuery = z.object({
  at: isoTime.optional(),
  changeType: z
    .string()
    .regex(
      /^[a-z][a-z0-9-]*$/,
      'expected a change type such as standard or hotfix-p1',
    )
    .optional(),
  risk: z.enum(['low', 'normal', 'high']).optional(),
  ref: z
    .string()
    .regex(/^[A-Za-z0-9._/-]{1,200}$/, 'expected a branch, tag or commit')
    .optional(),
});

const calendarQuery = z.object({
  from: isoTime.optional(),
  days: z.coerce.number().int().min(1).max(60).default(14),
});

const historyQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const manualBody = z.object({
  state: z.enum(['passed', 'failed', 'pending']),
  reason: z
    .string()
    .trim()
    .min(3, 'give a reason of at least 3 characters')
    .max(2000),
  requestId: z
    .string()
    .regex(
      /^[A-Za-z0-9._:-]{8,100}$/,
      'expected a client-chosen id such as a UUID',
    ),
});

/**
 * `GET /environments/:env/readiness`, `GET /environments/:env/calendar`, and the manual gate
 * routes `GET /environments/:env/gates/:gate/checks` and
 * `POST /environments/:env/gates/:gate/checks/:check` (permission `release-readiness.gate.set`,
 * audited).
 */
export function readinessRoutes(options: {
  readiness: ReadinessService;
  manualGates: ManualGates;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  now?: () => number;
}) {
  const { readiness, manualGates, httpAuth, permissions, auditor } = options;
  const now = options.now ?? Date.now;
  const router = Router();

  const withinAYear = (at: string | undefined, field: string) => {
    if (at !== undefined && Math.abs(Date.parse(at) - now()) > YEAR_MS) {
      throw new InputError(
        `Invalid query parameter '${field}': must be within a year of now`,
      );
    }
  };

  router.get('/environments/:env/readiness', async (req, res) => {
    const query = parseRequest(readinessQuery, req.query, 'query parameter');
    withinAYear(query.at, 'at');
    res.json(await readiness.evaluate(req.params.env, query));
  });

  router.get('/environments/:env/calendar', async (req, res) => {
    const query = parseRequest(calendarQuery, req.query, 'query parameter');
    withinAYear(query.from, 'from');
    const from = query.from ?? new Date(now()).toISOString();
    res.json(readiness.calendar(req.params.env, from, query.days));
  });

  router.get('/environments/:env/gates/:gate/checks', async (req, res) => {
    const query = parseRequest(historyQuery, req.query, 'query parameter');
    const items = await manualGates.history(
      req.params.env,
      req.params.gate,
      query.limit,
    );
    const body: ManualGateHistoryResponse = { items };
    res.json(body);
  });

  router.post(
    '/environments/:env/gates/:gate/checks/:check',
    async (req, res) => {
      const { env, gate, check } = req.params;
      const event = await auditor.createEvent({
        eventId: 'manual-gate-set',
        severityLevel: 'medium',
        request: req,
        meta: { environment: env, gate, check },
      });
      try {
        const credentials = await httpAuth.credentials(req, {
          allow: ['user'],
        });
        const [decision] = await permissions.authorize(
          [{ permission: releaseReadinessGateSetPermission }],
          { credentials },
        );
        if (decision.result !== AuthorizeResult.ALLOW) {
          throw new NotAllowedError(
            'You are not allowed to set manual gate results (release-readiness.gate.set)',
          );
        }
        const body = parseRequest(manualBody, req.body, 'body field');
        const { record, created } = await manualGates.record({
          environment: env,
          gate,
          check,
          request: body,
          actor: credentials.principal.userEntityRef,
        });
        await event.success({
          meta: {
            recordId: record.id,
            state: record.state,
            requestId: body.requestId,
            created,
          },
        });
        res.status(created ? 201 : 200).json(record);
      } catch (error) {
        await event.fail({ error: error as Error });
        throw error;
      }
    },
  );

  return router;
}
