import type { LoggerService } from '@backstage/backend-plugin-api';
import type { PrometheusAnswer } from './PrometheusResults';
import type { PrometheusClient } from './PrometheusClient';

/** At most this many distinct upstream warnings are logged per read. */
const MAX_LOGGED = 5;

/**
 * Counts the answers of one read and their upstream `warnings` (partial data), and says so in our
 * own words: the upstream's text goes only to the log, with the credentials removed.
 */
export class WarningTally {
  readonly #client: PrometheusClient;
  #answers = 0;
  #withWarnings = 0;
  readonly #distinct = new Set<string>();

  constructor(client: PrometheusClient) {
    this.#client = client;
  }

  /** Notes one answer and returns its data. */
  take<T>(answer: PrometheusAnswer<T>): T {
    this.#answers += 1;
    if (answer.warnings.length > 0) {
      this.#withWarnings += 1;
      for (const warning of answer.warnings) {
        this.#distinct.add(warning);
      }
    }
    return answer.data;
  }

  /**
   * Our warning for the read's result (undefined when no answer had warnings), e.g. `Prometheus
   * main answered 2 of 18 queries with warnings (partial data): the results are unknown`. Logs the
   * upstream's warnings, made fit for a log line.
   */
  finish(logger: LoggerService, context: string): string | undefined {
    if (this.#withWarnings === 0) {
      return undefined;
    }
    const warnings = [...this.#distinct].slice(0, MAX_LOGGED);
    logger.warn(
      `Prometheus ${
        this.#client.name
      } answered with warnings for ${context}: ${warnings
        .map(w => this.#client.loggable(w))
        .join(' | ')}`,
    );
    return `Prometheus ${this.#client.name} answered ${this.#withWarnings} of ${
      this.#answers
    } ${
      this.#answers === 1 ? 'query' : 'queries'
    } with warnings (partial data): the results are unknown`;
  }
}
