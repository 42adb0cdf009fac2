import { LoggerService } from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { SignalsService } from '@backstage/plugin-signals-node';
import {
  DecisionPolicy,
  DecisionRecord,
  DecisionState,
  decisionParticipants,
  RaciResponse,
} from '@release-readiness/plugin-release-readiness-common';

/** The signals channel every decision write is announced on (ids only, no content). */
export const DECISION_SIGNAL_CHANNEL = 'release-readiness:decisions';

/**
 * Tells people about decisions: eligible voters that one waits for them, the Informed of the
 * policy's activity (and the requester) of the outcome — Backstage notifications, scoped per
 * decision so a later message replaces the earlier one — and every open board, through a
 * signal, that a decision changed. A failing notification never fails the write: it is logged.
 */
export class DecisionNotifier {
  readonly #notifications?: NotificationService;
  readonly #signals?: SignalsService;
  readonly #logger: LoggerService;
  readonly #link: (record: DecisionRecord) => string;

  constructor(options: {
    notifications?: NotificationService;
    signals?: SignalsService;
    logger: LoggerService;
    /** The meeting view's path in the app, e.g. `/release-readiness/systems/x/decisions/<id>`. */
    link: (record: DecisionRecord) => string;
  }) {
    this.#notifications = options.notifications;
    this.#signals = options.signals;
    this.#logger = options.logger;
    this.#link = options.link;
  }

  /** After a request: every person who may fill an approval, except the requester. */
  async requested(
    record: DecisionRecord,
    policy: DecisionPolicy,
    raci: RaciResponse,
  ): Promise<void> {
    const voters = new Set(
      decisionParticipants(policy, raci, 'approvers').map(p => p.entityRef),
    );
    voters.delete(record.requester);
    await this.#send([...voters], record, {
      title: `Go/no-go for ${record.environment} ${record.version} waits for your vote`,
      description: `${record.requester} asks: ${record.reason}. Evidence verdict at request: ${record.evidence.verdict}. Expires ${record.expiresAt}.`,
      severity: 'high',
    });
    await this.changed(record);
  }

  /** After the outcome was recorded: the Informed and the requester. */
  async decided(
    record: DecisionRecord,
    state: DecisionState,
    policy: DecisionPolicy,
    raci: RaciResponse,
  ): Promise<void> {
    const informed = decisionParticipants(policy, raci, 'informed').map(
      p => p.entityRef,
    );
    await this.#send([...new Set([...informed, record.requester])], record, {
      title: `${record.environment} ${
        record.version
      }: ${state.status.toUpperCase()}`,
      description: state.reason,
      severity: state.status === 'go' ? 'normal' : 'high',
    });
  }

  /** Any write: open boards and meeting views reload the decision. */
  async changed(record: DecisionRecord): Promise<void> {
    try {
      await this.#signals?.publish({
        recipients: { type: 'broadcast' },
        channel: DECISION_SIGNAL_CHANNEL,
        message: {
          system: record.system,
          environment: record.environment,
          decisionId: record.id,
        },
      });
    } catch (error) {
      this.#logger.warn(
        `Could not signal decision ${record.id}: ${(error as Error).name}`,
      );
    }
  }

  async #send(
    recipients: string[],
    record: DecisionRecord,
    payload: {
      title: string;
      description: string;
      severity: 'normal' | 'high';
    },
  ): Promise<void> {
    if (!this.#notifications || recipients.length === 0) {
      return;
    }
    try {
      await this.#notifications.send({
        recipients: { type: 'entity', entityRef: recipients },
        payload: {
          ...payload,
          link: this.#link(record),
          topic: 'release-readiness',
          scope: `decision:${record.id}`,
        },
      });
    } catch (error) {
      this.#logger.warn(
        `Could not notify about decision ${record.id}: ${
          (error as Error).name
        }`,
      );
    }
  }
}
