import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import type {
  ManualGateEligibilityResponse,
  ManualGateHistoryResponse,
} from '@release-readiness/plugin-release-readiness-common';
import Router from 'express-promise-router';
import { z } from 'zod';
import { noQuery, parseRequest } from '../routes/parseRequest';
import { readRequestBody } from '../routes/readRequestBody';
import { ManualGateGuard } from './ManualGateGuard';
import { ManualGates } from './ManualGates';
import { ReadinessService } from './ReadinessService';
import { MAX_REF_LENGTH } from './ReleaseResolver';

const YEAR_MS = 366 * 24 * 3600_000;
const isoTime = z.iso.datetime({
  offset: true,
  message:
    'expected an ISO 8601 time with Z or an offset, e.g. 2026-03-24T20:00:00+01:00',
});

const ref = z
  .string()
  .max(MAX_REF_LENGTH, `at most ${MAX_REF_LENGTH} characters`)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, 'expected a branch, tag or commit');

const readinessQuery = z
  .object({
    at: isoTime.optional(),
    changeType: z
      .string()
      .regex(
        /^[a-z][a-z0-9-]*$/,
        'expected a change type such as standard or hotfix-p1',
      )
      .optional(),
    risk: z.enum(['low', 'normal', 'high']).optional(),
    ref: ref.optional(),
  })
  .strict();

const calendarQuery = z
  .object({
    from: isoTime.optional(),
    days: z.coerce.number().int().min(1).max(60).default(14),
  })
  .strict();

const historyQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();

const manualBody = z
  .object({
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
    ref: ref.optional(),
  })
  .strict();

/**
 * `GET /environments/:env/readiness`, `GET /environments/:env/calendar`, and the manual gate
 * routes `GET /environments/:env/gates/:gate/checks`, `GET /environments/:env/gates/:gate/eligibility`
 * and `POST /environments/:env/gates/:gate/checks/:check` (permission `release-readiness.gate.set`
 * and the RACI, audited).
 */
export function readinessRoutes(options: {
  /** The system these routes serve, for audit events. */
  system: string;
  readiness: ReadinessService;
  manualGates: ManualGates;
  guard: ManualGateGuard;
  httpAuth: HttpAuthService;
  auditor: AuditorService;
  now?: () => number;
}) {
  const { system, readiness, manualGates, guard, httpAuth, auditor } = options;
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

  router.get('/environments/:env/gates/:gate/eligibility', async (req, res) => {
    parseRequest(noQuery, req.query, 'query parameter');
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    const { name, definition } = manualGates.gate(
      req.params.env,
      req.params.gate,
    );
    const eligibility = await guard.check({
      credentials,
      environment: name,
      gate: definition,
    });
    const body: ManualGateEligibilityResponse = {
      allowed: eligibility.allowed,
      reason: eligibility.reason,
    };
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
        meta: { system, environment: env, gate, check },
      });
      try {
        const credentials = await httpAuth.credentials(req, {
          allow: ['user'],
        });
        const target = manualGates.check(env, gate, check);
        const eligibility = await guard.check({
          credentials,
          environment: target.name,
          gate: target.definition,
        });
        if (!eligibility.allowed) {
          throw new NotAllowedError(eligibility.reason);
        }
        const body = readRequestBody(manualBody, req, res);
        const release = await readiness.release(target.name, body.ref);
        if (release.ref === undefined) {
          throw new InputError(
            `Invalid body field 'ref': ${release.reason}; name the release the result is for`,
          );
        }
        const { record, created } = await manualGates.record({
          environment: target.name,
          gate: target.definition.id,
          check,
          request: body,
          actor: credentials.principal.userEntityRef,
          ref: release.ref,
        });
        await event.success({
          meta: {
            recordId: record.id,
            state: record.state,
            ref: record.ref,
            requestId: body.requestId,
            created,
            authorisedBy: eligibility.reason,
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
