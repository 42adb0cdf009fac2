import { InputError } from '@backstage/errors';
import {
  resolveRunningRef,
  RunningRefRule,
  SourceInfo,
} from '@release-readiness/plugin-release-readiness-common';
import type { WorkloadsReader } from './CiChecksReader';

/**
 * The release an environment is judged for, and where that answer came from:
 * `request` (named with `?ref=` or in a body), `running` (read from a workload's image tag),
 * `default` (the gate source's configured ref).
 */
export type ResolvedRelease =
  | {
      ref: string;
      origin: 'request' | 'running' | 'default';
      /** For `running`: the workloads read it came from (stale workloads make it stale too). */
      basedOn?: SourceInfo;
    }
  | { ref?: undefined; reason: string };

/** The longest ref accepted anywhere (a branch, tag or commit name). */
export const MAX_REF_LENGTH = 200;

/** What a ref may look like unless an environment configures `gates.refPattern`. */
export const DEFAULT_REF_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/**
 * Tells which release (branch, tag or commit) an environment is judged for: the one a request
 * names, else the one it runs (a `gates.runningRef` rule over its workloads), else its gate
 * source's default ref. Manual gate results are bound to it; CI gates are read for it.
 */
export class ReleaseResolver {
  readonly #runningRefs: Map<string, RunningRefRule>;
  readonly #defaultRefs: Map<string, string>;
  readonly #refPatterns: Map<string, RegExp>;
  readonly #workloads?: WorkloadsReader;

  constructor(options: {
    runningRefs: Map<string, RunningRefRule>;
    /** The gate source's default ref per environment. */
    defaultRefs: Map<string, string>;
    /** `gates.refPattern` per environment; others use {@link DEFAULT_REF_PATTERN}. */
    refPatterns?: Map<string, RegExp>;
    workloads?: WorkloadsReader;
  }) {
    this.#runningRefs = options.runningRefs;
    this.#defaultRefs = options.defaultRefs;
    this.#refPatterns = options.refPatterns ?? new Map();
    this.#workloads = options.workloads;
  }

  /**
   * Throws an `InputError` naming `field` when `ref` is not a ref the environment accepts (too
   * long, or not matching its `gates.refPattern`).
   */
  validate(environment: string, ref: string, field: string): void {
    const pattern = this.#refPatterns.get(environment) ?? DEFAULT_REF_PATTERN;
    if (ref.length > MAX_REF_LENGTH) {
      throw new InputError(
        `Invalid ${field}: at most ${MAX_REF_LENGTH} characters`,
      );
    }
    if (!pattern.test(ref)) {
      throw new InputError(
        `Invalid ${field}: '${ref}' is not a release name ${environment} accepts (pattern ${pattern.source})`,
      );
    }
  }

  /** The release `environment` is judged for; `requested` wins when given. */
  async resolve(
    environment: string,
    requested?: string,
  ): Promise<ResolvedRelease> {
    if (requested) {
      return { ref: requested, origin: 'request' };
    }
    const rule = this.#runningRefs.get(environment);
    if (rule) {
      if (!this.#workloads) {
        return {
          reason: `Cannot tell which commit ${environment} runs: no workload source is installed`,
        };
      }
      const { items, source } = await this.#workloads(environment);
      if (!items) {
        return {
          reason: `Cannot tell which commit ${environment} runs: its workloads are unavailable (${
            source.error?.message ?? source.status
          })`,
        };
      }
      const running = resolveRunningRef(items, rule);
      return running.ref === undefined
        ? {
            reason: `Cannot tell which commit ${environment} runs: ${running.reason}`,
          }
        : { ref: running.ref, origin: 'running', basedOn: source };
    }
    const configured = this.#defaultRefs.get(environment);
    if (configured) {
      return { ref: configured, origin: 'default' };
    }
    return {
      reason: `no release is named for ${environment}: pass ?ref=, or configure gates.runningRef or a gate source ref`,
    };
  }
}
