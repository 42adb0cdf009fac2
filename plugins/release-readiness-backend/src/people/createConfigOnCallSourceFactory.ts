import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import type { OnCallSourceFactory } from '@internal/backstage-plugin-release-readiness-node';
import { ConfigOnCallSource } from './ConfigOnCallSource';
import { readRotationsConfig } from './readRotationsConfig';

/**
 * The factory of the built-in `config` on-call source. An environment uses it with
 * `onCall.rotation: <name>` (and optionally `onCall.source: config`), naming a rotation under
 * `releaseReadiness.onCall.rotations`. Rotations are validated at once, used or not.
 */
export function createConfigOnCallSourceFactory(
  rootConfig: Config,
): OnCallSourceFactory {
  const rotations = readRotationsConfig(rootConfig);
  return {
    type: 'config',
    create({ environment, config }) {
      const key = `releaseReadiness.environments.${environment}.onCall.rotation`;
      const name = config.getOptionalString('onCall.rotation');
      const known = [...rotations.keys()].join(', ') || 'none';
      if (!name) {
        throw new InputError(
          `Invalid configuration at '${key}': the config on-call source needs the name of a rotation (configured rotations: ${known})`,
        );
      }
      const rotation = rotations.get(name);
      if (!rotation) {
        throw new InputError(
          `Invalid configuration at '${key}': unknown rotation '${name}'; configured rotations: ${known}`,
        );
      }
      return new ConfigOnCallSource(name, rotation);
    },
  };
}
