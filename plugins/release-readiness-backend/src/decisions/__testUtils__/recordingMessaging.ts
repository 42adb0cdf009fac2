import { createServiceFactory } from '@backstage/backend-plugin-api';
import {
  notificationService,
  NotificationSendOptions,
} from '@backstage/plugin-notifications-node';
import {
  SignalPayload,
  signalsServiceRef,
} from '@backstage/plugin-signals-node';

/**
 * Notification and signals services that keep every call, for tests; with `failing`, both
 * throw after recording (as a notifications backend that is down would).
 */
export function recordingMessaging(options: { failing?: boolean } = {}) {
  const notifications: NotificationSendOptions[] = [];
  const signals: SignalPayload[] = [];
  const fail = (what: string) => {
    if (options.failing) {
      throw new Error(`${what} is down (test)`);
    }
  };
  return {
    notifications,
    signals,
    factories: [
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({
          send: async (sent: NotificationSendOptions) => {
            notifications.push(sent);
            fail('The notifications backend');
          },
        }),
      }),
      createServiceFactory({
        service: signalsServiceRef,
        deps: {},
        factory: () => ({
          publish: async (signal: SignalPayload) => {
            signals.push(signal);
            fail('The signals backend');
          },
        }),
      }),
    ],
  };
}
