import { useSignal } from '@backstage/plugin-signals-react';
import { useEffect, useRef } from 'react';

/** The signals channel the backend announces every rollback write on (ids only). */
export const ROLLBACK_SIGNAL_CHANNEL = 'release-readiness:rollbacks';

/** How often to reload while a rollback is still `in-progress`, in milliseconds. */
export const ROLLBACK_POLL_INTERVAL_MS = 15_000;

/** A message of {@link ROLLBACK_SIGNAL_CHANNEL}. */
type RollbackSignal = {
  system?: string;
  environment?: string;
  rollbackId?: string;
};

/**
 * Calls `onChange` when a rollback changes: on a signal (`release-readiness:rollbacks`) that
 * names this system and, when given, this environment or rollback; and, while `pending` (a
 * record is still `in-progress`: written, being verified), every 15 s as well, so a missed
 * signal or an app without signals never leaves a verification looking unfinished.
 */
export function useRollbackUpdates(
  target: { system: string; environment?: string; rollbackId?: string },
  onChange: () => void,
  pending: boolean,
): { live: boolean } {
  const { lastSignal, isSignalsAvailable } = useSignal<RollbackSignal>(
    ROLLBACK_SIGNAL_CHANNEL,
  );
  const latest = useRef(onChange);
  latest.current = onChange;
  const { system, environment, rollbackId } = target;

  useEffect(() => {
    if (
      lastSignal &&
      lastSignal.system === system &&
      (environment === undefined || lastSignal.environment === environment) &&
      (rollbackId === undefined || lastSignal.rollbackId === rollbackId)
    ) {
      latest.current();
    }
  }, [lastSignal, system, environment, rollbackId]);

  useEffect(() => {
    if (!pending) {
      return undefined;
    }
    const timer = setInterval(
      () => latest.current(),
      ROLLBACK_POLL_INTERVAL_MS,
    );
    return () => clearInterval(timer);
  }, [pending]);

  return { live: isSignalsAvailable };
}
