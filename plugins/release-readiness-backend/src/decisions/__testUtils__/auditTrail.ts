import { mockServices } from '@backstage/backend-test-utils';

/** One audit event as {@link auditTrail} saw it: its start, how it ended, with what. */
export interface AuditedEvent {
  eventId: string;
  /** The meta the event was created with. */
  meta?: object;
  outcome?: 'success' | 'fail';
  /** The meta given on success. */
  successMeta?: object;
  /** The error of a failed event. */
  error?: Error;
}

/**
 * An auditor service that keeps every event, the meta it ended with and its error, for tests
 * that check what is audited and that no secret is.
 */
export function auditTrail() {
  const events: AuditedEvent[] = [];
  const auditor = mockServices.auditor.mock({
    createEvent: async ({ eventId, meta }) => {
      const event: AuditedEvent = { eventId, meta };
      events.push(event);
      return {
        success: async options => {
          event.outcome = 'success';
          event.successMeta = options?.meta;
        },
        fail: async ({ error }) => {
          event.outcome = 'fail';
          event.error = error;
        },
      };
    },
  });
  return { factory: auditor.factory, events };
}
