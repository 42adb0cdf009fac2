import {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  mayActAs,
  mayHoldRole,
  releaseReadinessRestoreTestRecordPermission,
  safeHttpUrl,
} from '@release-readiness/plugin-release-readiness-common';
import Router from 'express-promise-router';
import { z } from 'zod';
import type { RaciReader } from '../readiness/ManualGateGuard';
import { noQuery, parseRequest } from '../routes/parseRequest';
import { readRequestBody } from '../routes/readRequestBody';
import type { BackupsService } from './BackupsService';
import type { BackupItemDefinition } from './readBackupDefinitions';
import type { RestoreTestStore } from './RestoreTestStore';

const YEAR_MS = 366 * 24 * 3600_000;

const restoreTestBody = z
  .object({
    testedAt: z.iso.datetime({
      offset: true,
      message: 'expected an ISO 8601 time with Z or an offset',
    }),
    outcome: z.enum(['passed', 'failed']),
    link: z
      .string()
      .max(2000)
      .refine(
        l => safeHttpUrl(l) !== undefined,
        'expected an http(s) URL of the report',
      ),
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
  })
  .strict();

const listQuery = z
  .object({ limit: z.coerce.number().int().min(1).max(500).default(50) })
  .strict();

/**
 * `GET /environments/:env/backups`, `GET /environments/:env/restore-tests` and
 * `POST /environments/:env/restore-tests` (permission `release-readiness.restore-test.record` and
 * the RACI of `backups.restoreTest.setBy`; audited, append-only, a retried request writes once).
 */
export function backupsRoutes(options: {
  system: string;
  backups: BackupsService;
  definitions: Map<string, BackupItemDefinition[]>;
  restoreTests: RestoreTestStore;
  raci: RaciReader;
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  auditor: AuditorService;
  now?: () => number;
}) {
  const { system, backups, restoreTests, httpAuth, auditor } = options;
  const now = options.now ?? Date.now;
  const router = Router();

  const restoreTestOf = (environment: string) => {
    const item = options.definitions
      .get(environment)
      ?.find(i => i.kind === 'restore-test' && i.source === 'records');
    if (!item) {
      throw new NotFoundError(
        `${environment} keeps no restore-test records (backups.restoreTest.source: records)`,
      );
    }
    return item;
  };

  router.get('/environments/:env/backups', async (req, res) => {
    parseRequest(noQuery, req.query, 'query parameter');
    res.json(await backups.getBackups(req.params.env));
  });

  router.get('/environments/:env/restore-tests', async (req, res) => {
    const { limit } = parseRequest(listQuery, req.query, 'query parameter');
    const environment = backups.environmentName(req.params.env);
    restoreTestOf(environment);
    res.json({
      items: await restoreTests.list(system, environment, { limit }),
    });
  });

  router.post('/environments/:env/restore-tests', async (req, res) => {
    const event = await auditor.createEvent({
      eventId: 'restore-test-record',
      severityLevel: 'medium',
      request: req,
      meta: { system, environment: req.params.env },
    });
    try {
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      const user = credentials.principal.userEntityRef;
      // Not through getBackups: a write must not wait for (or call) every backup source.
      const environment = backups.environmentName(req.params.env);
      const item = restoreTestOf(environment);
      const [decision] = await options.permissions.authorize(
        [{ permission: releaseReadinessRestoreTestRecordPermission }],
        { credentials },
      );
      if (decision.result !== AuthorizeResult.ALLOW) {
        throw new NotAllowedError(
          'The permission policy does not allow you to record restore tests (release-readiness.restore-test.record)',
        );
      }
      const raci = await options.raci(environment);
      const setBy = item.setBy!;
      const eligibility =
        'roles' in setBy
          ? mayHoldRole(raci, { user, environment, roles: setBy.roles })
          : mayActAs(raci, {
              user,
              environment,
              activity: setBy.activity,
              as: setBy.as,
            });
      if (!eligibility.allowed) {
        throw new NotAllowedError(eligibility.reason);
      }
      const body = readRequestBody(restoreTestBody, req, res);
      if (
        Date.parse(body.testedAt) > now() + 60_000 ||
        now() - Date.parse(body.testedAt) > YEAR_MS
      ) {
        throw new InputError(
          "Invalid body field 'testedAt': must be in the past year, not in the future",
        );
      }
      const { record, created } = await restoreTests.append({
        system,
        environment,
        testedAt: new Date(body.testedAt).toISOString(),
        outcome: body.outcome,
        link: body.link,
        reason: body.reason,
        actor: user,
        requestId: body.requestId,
      });
      await backups.refresh(environment, item.name);
      await event.success({
        meta: { recordId: record.id, outcome: record.outcome, created },
      });
      res.status(created ? 201 : 200).json(record);
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  });

  return router;
}
