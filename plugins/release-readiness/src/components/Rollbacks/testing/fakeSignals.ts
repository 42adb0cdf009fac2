import type { SignalApi } from '@backstage/plugin-signals-react';

/** A signal's message: a JSON object (the API's default message type). */
type Message = Parameters<Parameters<SignalApi['subscribe']>[1]>[0];

/** Every JSON object is a message of the subscriber's declared shape, as on the wire. */
function isMessageOf<T extends Message>(message: Message): message is T {
  return typeof message === 'object' && message !== null;
}

/**
 * A signals API for tests: `send(channel, message)` delivers to the current subscribers of that
 * channel; `subscribers(channel)` counts them.
 */
export function fakeSignals() {
  const listeners = new Map<string, Set<(message: Message) => void>>();
  const api: SignalApi = {
    subscribe<T extends Message = Message>(
      channel: string,
      onMessage: (message: T) => void,
    ) {
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set);
      const listener = (message: Message) => {
        if (isMessageOf<T>(message)) {
          onMessage(message);
        }
      };
      set.add(listener);
      return { unsubscribe: () => set.delete(listener) };
    },
  };
  return {
    api,
    send(channel: string, message: Message) {
      for (const listener of listeners.get(channel) ?? []) {
        listener(message);
      }
    },
    subscribers: (channel: string) => listeners.get(channel)?.size ?? 0,
  };
}
