import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/**
 * Refuses every key of a team-owned configuration block that is not on the allow-list, with a
 * message that names each such key (never its value, which may be a credential).
 *
 * @remarks
 * A team's policy file may name platform resources (a repository on a configured host, a
 * PagerDuty service id, a cluster), never an address the source would call with the portal's
 * credentials or a credential itself: an allow-list also refuses what a deny-list would not
 * foresee (`token`, `apiBaseUrl`, `privateKey`, …). Call it when `SourceFactoryOptions.owner` is
 * `team`. A block that is not an object is left to the schema.
 *
 * @param options - `config` is the environment's block, `key` the block to check within it
 *   (e.g. `gates.github`), `keyPrefix` how messages name the environment's block, `allowed` the
 *   keys a team may set and `reason` what the message says about any other key
 * @public
 */
export function refuseTeamOwnedKeys(options: {
  config: Config;
  key: string;
  keyPrefix: string;
  allowed: readonly string[];
  reason: string;
}): void {
  const block = options.config.getOptional(options.key);
  if (typeof block !== 'object' || block === null || Array.isArray(block)) {
    return;
  }
  const refused = Object.keys(block).filter(k => !options.allowed.includes(k));
  if (refused.length > 0) {
    throw new InputError(
      refused
        .map(
          k =>
            `Invalid configuration at '${options.keyPrefix}.${options.key}.${k}': ${options.reason}`,
        )
        .join('; '),
    );
  }
}
