import { useSignal } from '@backstage/plugin-signals-react';
import { useEffect, useRef } from 'react';

/** The signals channel the backend announces every decision write on. */
export const DECISION_SIGNAL_CHANNEL = 'release-readiness:decisions';

/** How often to reload without signals, in milliseconds. */
export const DECISION_POLL_INTERVAL_MS = 15_000;

/** A message of {@link DECISION_SIGNAL_CHANNEL}: ids only. */
type DecisionSignal = {
  system?: string;
  environment?: string;
  decisionId?: string;
};

/**
 * Calls `onChange` when a decision changes: on a signal (`release-readiness:decisions`) that
 * names this system and, when given, this decision or environment; without the signals API, every
 * 15 s instead.
 */
export function useDecisionUpdates(
  target: { system: string; decisionId?: string; environment?: string },
  onChange: () => void,
): { live: boolean } {
  const { lastSignal, isSignalsAvailable } = useSignal<DecisionSignal>(
    DECISION_SIGNAL_CHANNEL,
  );
  const latest = useRef(onChange);
  latest.current = onChange;
  const { system, decisionId, environment } = target;

  useEffect(() => {
    if (
      lastSignal &&
      lastSignal.system === system &&
      (decisionId === undefined || lastSignal.decisionId === decisionId) &&
      (environment === undefined || lastSignal.environment === environment)
    ) {
      latest.current();
    }
  }, [lastSignal, system, decisionId, environment]);

  useEffect(() => {
    if (isSignalsAvailable) {
      return undefined;
    }
    const timer = setInterval(
      () => latest.current(),
      DECISION_POLL_INTERVAL_MS,
    );
    return () => clearInterval(timer);
  }, [isSignalsAvailable]);

  return { live: isSignalsAvailable };
}
