import type { BackendFeature } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
// Test only: the end-to-end tests run the real release-readiness backend plugin next to the
// scaffolder; the module itself only calls its HTTP API.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import releaseReadinessPlugin from '@release-readiness/plugin-release-readiness-backend';
import type {
  DecisionRecord,
  DecisionResponse,
  DecisionState,
} from '@release-readiness/plugin-release-readiness-common';
import scaffolderModuleReleaseReadiness from '../index';
import { SERVANDA_CONFIG, SERVANDA_PEOPLE } from './servandaCatalog';

/** A scaffolder task event (`GET /v2/tasks/:id/events`). */
export interface TaskEvent {
  type: string;
  body: {
    message?: string;
    stepId?: string;
    status?: string;
    output?: Record<string, unknown>;
    error?: { name: string; message: string };
  };
}

/** An auditor event any plugin of the test backend recorded. */
export interface AuditRecord {
  eventId: string;
  meta?: object;
  outcome?: 'success' | 'fail';
}

/**
 * The real scaffolder backend with this module and the real release-readiness backend plugin
 * (Servanda's policy, {@link SERVANDA_CONFIG}) in one test backend, the catalog mocked with the
 * given templates and {@link SERVANDA_PEOPLE}, and helpers that call them over HTTP as a user.
 */
export async function startGoNoGoBackend(options: {
  templates: Entity[];
  features?: BackendFeature[];
  config?: object;
}) {
  const audit: AuditRecord[] = [];
  const auditor = mockServices.auditor.mock({
    createEvent: async ({ eventId, meta }) => {
      const event: AuditRecord = { eventId, meta };
      audit.push(event);
      return {
        success: async () => {
          event.outcome = 'success';
        },
        fail: async () => {
          event.outcome = 'fail';
        },
      };
    },
  });
  const { server } = await startTestBackend({
    features: [
      scaffolderPlugin,
      scaffolderModuleReleaseReadiness,
      releaseReadinessPlugin,
      catalogServiceMock.factory({
        entities: [...SERVANDA_PEOPLE, ...options.templates],
      }),
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://portal.test' },
          releaseReadiness: SERVANDA_CONFIG,
          ...options.config,
        },
      }),
      auditor.factory,
      ...(options.features ?? []),
    ],
  });
  const base = `http://localhost:${server.port()}/api`;

  const call = async (
    user: string,
    method: 'GET' | 'POST',
    path: string,
    body?: object,
  ) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        Authorization: mockCredentials.user.header(user),
        ...(body && { 'Content-Type': 'application/json' }),
      },
      ...(body && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      text,
      json:
        text && response.headers.get('content-type')?.includes('json')
          ? JSON.parse(text)
          : undefined,
    };
  };

  /** Polls the task until it is completed, failed or cancelled; its status and events. */
  const waitFor = async (user: string, taskId: string) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const task = await call(user, 'GET', `/scaffolder/v2/tasks/${taskId}`);
      if (['completed', 'failed', 'cancelled'].includes(task.json?.status)) {
        const events = await call(
          user,
          'GET',
          `/scaffolder/v2/tasks/${taskId}/events`,
        );
        const list: TaskEvent[] = events.json;
        return {
          status: String(task.json.status),
          /** The task as `GET /v2/tasks/:id` answers it (JSON text). */
          task: task.text,
          events: list,
          /** The completion output (`output.links`, `output.text`). */
          output: list.find(e => e.type === 'completion')?.body.output,
          /** Every event's message, in order. */
          messages: list.map(e => e.body.message ?? ''),
        };
      }
      if (Date.now() > deadline) {
        throw new Error(`Task ${taskId} did not finish: ${task.text}`);
      }
      await new Promise(resolve => setTimeout(resolve, 100));
    }
  };

  return {
    audit,
    call,
    waitFor,
    /** Creates a task from a template of the catalog and waits until it ends. */
    async run(
      user: string,
      template: string,
      values: object,
      secrets?: Record<string, string>,
    ) {
      const created = await call(user, 'POST', '/scaffolder/v2/tasks', {
        templateRef: `template:default/${template}`,
        values,
        ...(secrets && { secrets }),
      });
      if (created.status !== 201) {
        throw new Error(
          `Could not create a task: ${created.status} ${created.text}`,
        );
      }
      const id: string = created.json.id;
      return { id, ...(await waitFor(user, id)) };
    },
    /** `GET /release-readiness/systems/servanda/decisions` as the user. */
    async decisions(user: string) {
      const res = await call(
        user,
        'GET',
        '/release-readiness/systems/servanda/decisions?limit=200',
      );
      const items: { decision: DecisionRecord; state: DecisionState }[] =
        res.json.items;
      return items;
    },
    /** `GET /release-readiness/systems/servanda/decisions/:id` as the user. */
    async decision(user: string, id: string) {
      const res = await call(
        user,
        'GET',
        `/release-readiness/systems/servanda/decisions/${id}`,
      );
      const body: DecisionResponse = res.json;
      return body;
    },
  };
}
