import { mockServices } from '@backstage/backend-test-utils';

/** One audit event as the recording auditor saw it. */
export interface RecordedEvent {
  eventId: string;
  meta?: object;
  outcome?: 'success' | 'fail';
  /** The error of a failed event. */
  error?: Error;
}

/** An auditor service that keeps every event and how it ended, for tests. */
export function recordingAuditor() {
  const events: RecordedEvent[] = [];
  const auditor = mockServices.auditor.mock({
    createEvent: async ({ eventId, meta }) => {
      const event: RecordedEvent = { eventId, meta };
      events.push(event);
      return {
        success: async () => {
          event.outcome = 'success';
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
