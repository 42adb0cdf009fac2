import type {
  OnCallPerson,
  OnCallRole,
  OnCallShift,
  WeeklyHandover,
} from '@release-readiness/plugin-release-readiness-common';
import type {
  OnCallSource,
  SourceCallOptions,
} from '@release-readiness/plugin-release-readiness-node';
import { SourceUnavailableError } from '@release-readiness/plugin-release-readiness-node';
import type { PagerDutyClient } from '../client';
import { safeHttpUrl } from '@release-readiness/plugin-release-readiness-common';

/**
 * Whose on-call the source reads: the levels of one escalation policy (level 1 = primary,
 * level 2 = backup), or explicit schedules per duty.
 *
 * @public
 */
export type PagerDutyOnCallTarget =
  | { escalationPolicyId: string }
  | { schedules: { primary: string[]; backup: string[] } };

/** The parts of a PagerDuty on-call entry this source reads (REST v2, `GET /oncalls`). */
interface PagerDutyOnCall {
  escalation_level: number;
  schedule?: { id: string } | null;
  user: {
    id: string;
    summary?: string;
    name?: string;
    email?: string;
    avatar_url?: string;
    html_url?: string;
  };
  start: string | null;
  end: string | null;
}

/**
 * On-call entries of 90 days for one policy stay far below this (where PagerDuty's offset
 * pagination ends); a rota cut there is not shown as if complete.
 */
const MAX_ONCALLS = 10_000;

/**
 * On-call shifts from PagerDuty's `GET /oncalls` for one escalation policy or a set of
 * schedules.
 *
 * @remarks
 * - Escalation policy: level 1 is primary, level 2 backup; deeper levels (managers, a CTO as
 *   last resort) are not on call in the rota's sense and are left out.
 * - Schedules: each schedule is assigned to a duty in configuration; entries from other
 *   schedules (and permanent on-calls without schedule) are left out. A schedule used on several
 *   policies appears once per policy upstream; such duplicates are merged.
 * - The query is always filtered by policy or schedules, so the team never shows up as on call
 *   as a whole. Permanent on-calls (no start or end) are clipped to the range.
 * - Rate limits, errors and the per-token serialisation are the {@link PagerDutyClient}'s.
 *
 * @public
 */
export class PagerDutyOnCallSource implements OnCallSource {
  readonly key: string;
  readonly name: string;
  readonly handover: WeeklyHandover;
  /** The token's opaque rate-limit group (see {@link PagerDutyClient.rateLimitGroup}). */
  readonly rateLimitGroup: string;
  readonly #client: PagerDutyClient;
  readonly #target: PagerDutyOnCallTarget;

  constructor(options: {
    client: PagerDutyClient;
    target: PagerDutyOnCallTarget;
    handover: WeeklyHandover;
  }) {
    this.#client = options.client;
    this.#target = options.target;
    this.handover = options.handover;
    this.rateLimitGroup = options.client.rateLimitGroup;
    if ('escalationPolicyId' in options.target) {
      const id = options.target.escalationPolicyId;
      this.key = `pagerduty:escalation-policy:${id}`;
      this.name = `pagerduty:escalation-policy/${id}`;
    } else {
      const { primary, backup } = options.target.schedules;
      this.key = `pagerduty:schedules:${primary.join(',')}|${backup.join(',')}`;
      this.name = `pagerduty:schedules/${[
        ...new Set([...primary, ...backup]),
      ].join(',')}`;
    }
  }

  async listShifts(
    range: { start: string; end: string },
    options: SourceCallOptions,
  ): Promise<OnCallShift[]> {
    const filter =
      'escalationPolicyId' in this.#target
        ? { 'escalation_policy_ids[]': [this.#target.escalationPolicyId] }
        : {
            'schedule_ids[]': [
              ...new Set([
                ...this.#target.schedules.primary,
                ...this.#target.schedules.backup,
              ]),
            ],
          };
    const { items: oncalls, truncated } =
      await this.#client.listAll<PagerDutyOnCall>(
        '/oncalls',
        'oncalls',
        {
          ...filter,
          since: range.start,
          until: range.end,
          time_zone: 'UTC',
          'include[]': ['users'],
        },
        { signal: options.signal, maxItems: MAX_ONCALLS },
      );
    if (truncated) {
      throw new SourceUnavailableError(
        'BAD_RESPONSE',
        `PagerDuty lists more than ${MAX_ONCALLS} on-call entries for ${this.name}; the rota would be incomplete`,
      );
    }
    const seen = new Set<string>();
    const shifts: OnCallShift[] = [];
    for (const oncall of oncalls) {
      for (const role of this.#rolesOf(oncall)) {
        const start = oncall.start ?? range.start;
        const end = oncall.end ?? range.end;
        const id = `${role}|${oncall.user.id}|${Date.parse(start)}|${Date.parse(
          end,
        )}`;
        if (!seen.has(id)) {
          seen.add(id);
          shifts.push({ role, start, end, person: personOf(oncall.user) });
        }
      }
    }
    return shifts;
  }

  #rolesOf(oncall: PagerDutyOnCall): OnCallRole[] {
    if ('escalationPolicyId' in this.#target) {
      if (oncall.escalation_level === 1) {
        return ['primary'];
      }
      return oncall.escalation_level === 2 ? ['backup'] : [];
    }
    const schedule = oncall.schedule?.id;
    if (!schedule) {
      return [];
    }
    const { primary, backup } = this.#target.schedules;
    return [
      ...(primary.includes(schedule) ? (['primary'] as const) : []),
      ...(backup.includes(schedule) ? (['backup'] as const) : []),
    ];
  }
}

/** Links are kept only as http(s) URLs without credentials. */
function personOf(user: PagerDutyOnCall['user']): OnCallPerson {
  const picture = safeHttpUrl(user.avatar_url);
  const url = safeHttpUrl(user.html_url);
  return {
    displayName: user.name ?? user.summary ?? user.id,
    ...(user.email && { email: user.email }),
    ...(picture && { picture }),
    ...(url && { url }),
  };
}
