import { LoggerService } from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { SignalsService } from '@backstage/plugin-signals-node';
import {
  RaciResponse,
  RollbackRecord,
} from '@release-readiness/plugin-release-readiness-common';

/** The signals channel every rollback write is announced on (ids only). */
export const ROLLBACK_SIGNAL_CHANNEL = 'release-readiness:rollbacks';

/**
 * Tells people about rollbacks that wrote: the Accountable and Informed of the policy's
 * activity (by default `rollback`) when one starts and when it ends (one notification per
 * rollback, replaced by the later one), and open boards through a signal. A failing
 * notification never fails the rollback: it is logged.
 */
export class RollbackNotifier {
  readonly #notifications?: NotificationService;
  readonly #signals?: SignalsService;
  readonly #logger: LoggerService;
  readonly #link: (record: RollbackRecord) => string;

  constructor(options: {
    notifications?: NotificationService;
    signals?: SignalsService;
    logger: LoggerService;
    link: (record: RollbackRecord) => string;
  }) {
    this.#notifications = options.notifications;
    this.#signals = options.signals;
    this.#logger = options.logger;
    this.#link = options.link;
  }

  /** The people to tell: the Accountable and Informed of `activity`. */
  static audienceOf(raci: RaciResponse, activity: string): string[] {
    const row = raci.activities.find(a => a.activity === activity);
    return [
      ...new Set(
        [...(row?.accountable ?? []), ...(row?.informed ?? [])].map(
          p => p.entityRef,
        ),
      ),
    ];
  }

  async tell(record: RollbackRecord, recipients: string[]): Promise<void> {
    const { kind, name } = record.workload;
    const target = record.diff
      ? ` from ${
          record.diff.from.version ?? `revision ${record.diff.from.revision}`
        } to ${record.diff.to.version ?? `revision ${record.diff.to.revision}`}`
      : '';
    try {
      await this.#signals?.publish({
        recipients: { type: 'broadcast' },
        channel: ROLLBACK_SIGNAL_CHANNEL,
        message: {
          system: record.system,
          environment: record.environment,
          rollbackId: record.id,
        },
      });
    } catch (error) {
      this.#logger.warn(
        `Could not signal rollback ${record.id}: ${(error as Error).name}`,
      );
    }
    if (!this.#notifications || recipients.length === 0) {
      return;
    }
    try {
      await this.#notifications.send({
        recipients: { type: 'entity', entityRef: recipients },
        payload: {
          title: `${record.environment}: ${kind} ${name} rolled back${target} (${record.outcome})`,
          description: `${record.actor}: ${record.reason}. ${record.message}`,
          link: this.#link(record),
          severity: record.outcome === 'failed' ? 'critical' : 'high',
          topic: 'release-readiness',
          scope: `rollback:${record.id}`,
        },
      });
    } catch (error) {
      this.#logger.warn(
        `Could not notify about rollback ${record.id}: ${
          (error as Error).name
        }`,
      );
    }
  }
}
