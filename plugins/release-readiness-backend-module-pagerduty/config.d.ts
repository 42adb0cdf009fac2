import { HumanDuration } from '@backstage/types';

export interface Config {
  releaseReadiness?: {
    /**
     * The PagerDuty account that the PagerDuty sources (incidents, on-call) read. Needed only when
     * an environment names a PagerDuty source.
     */
    pagerduty?: {
      /**
       * A PagerDuty REST API key (account key, read-only is enough). Sent as
       * `Authorization: Token token=...`; never logged or shown.
       * @visibility secret
       */
      token: string;
      /**
       * REST API base URL. Default `https://api.pagerduty.com`; EU accounts use
       * `https://api.eu.pagerduty.com`.
       */
      baseUrl?: string;
      /**
       * Wait this long after a 429 answer that carries no usable `ratelimit-reset` or
       * `Retry-After` header. Default 30 s; kept within 1 s to 15 min, like the waits those
       * headers ask for. Durations take the forms `'30s'`, `'PT30S'` or `{ seconds: 30 }`.
       */
      rateLimitBackoff?: string | HumanDuration;
      /**
       * How PagerDuty incidents map to the team's severities P0–P3. The priority wins when it is
       * mapped; otherwise the urgency decides; an incident that neither maps has an unknown
       * severity (and makes an incident-free precondition `unknown`, never `pass`).
       */
      severity?: {
        /**
         * PagerDuty priority name (as shown in PagerDuty, e.g. `P1` or `SEV-1`) to severity.
         * Default: `P0`–`P3` map to themselves.
         */
        priorities?: { [priorityName: string]: 'P0' | 'P1' | 'P2' | 'P3' };
        /** Urgency (`high`, `low`) to severity, for incidents without a mapped priority. */
        urgencies?: {
          high?: 'P0' | 'P1' | 'P2' | 'P3';
          low?: 'P0' | 'P1' | 'P2' | 'P3';
        };
      };
    };
    environments?: {
      [name: string]: {
        /** Open incidents for the environment's go-live preconditions. */
        incidents?: {
          /** `pagerduty` reads open incidents from PagerDuty (this module). */
          source?: string;
          /** The PagerDuty services of this environment. */
          pagerduty?: {
            /** PagerDuty service ids (e.g. `PIJ90N7`) whose open incidents count. */
            serviceIds: string[];
          };
        };
        /** The environment's on-call rota from PagerDuty (`onCall.source: pagerduty`). */
        onCall?: {
          pagerduty?: {
            /**
             * The escalation policy (e.g. `PT20YPA`): level 1 is primary, level 2 backup; deeper
             * levels are not shown as on call. Set this or `schedules`.
             */
            escalationPolicyId?: string;
            /** Schedules per duty, instead of an escalation policy. */
            schedules?: {
              /** Schedule ids whose on-call person is primary. */
              primary: string[];
              /** Schedule ids whose on-call person is backup. */
              backup: string[];
            };
            /**
             * Where the rota's weeks start (the team's weekly handover). Default Monday 00:00 UTC.
             */
            handover?: {
              /** `monday` … `sunday`. */
              weekday: string;
              /** Local time, `HH:mm`. */
              time: string;
              /** IANA time zone, e.g. `Europe/Berlin`. */
              timeZone: string;
            };
          };
        };
      };
    };
  };
}
