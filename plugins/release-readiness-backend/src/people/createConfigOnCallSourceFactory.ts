import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import type { OnCallSourceFactory } from '@release-readiness/plugin-release-readiness-node';
import { ConfigOnCallSource } from './ConfigOnCallSource';
import { readRotationsConfig } from './readRotationsConfig';
import {
  asSystemRoot,
  keyOf,
  SystemConfigRoot,
} from '../systems/SystemConfigRoot';

/** Environments without an on-call source of their own use this rotation (key in a system). */
export const DEFAULT_ROTATION_KEY = 'onCall.defaultRotation';

/**
 * The factory of the built-in `config` on-call source. An environment uses it with
 * `onCall.rotation: <name>` (and optionally `onCall.source: config`), naming a rotation under the
 * system's `onCall.rotations`, or through its `onCall.defaultRotation`.
 * Rotations are validated at once, used or not.
 */
export function createConfigOnCallSourceFactory(
  input: Config | SystemConfigRoot,
): OnCallSourceFactory {
  const system = asSystemRoot(input);
  const rotations = readRotationsConfig(system);
  const fallback = system.config.getOptionalString(DEFAULT_ROTATION_KEY);
  const known = [...rotations.keys()].join(', ') || 'none';
  if (fallback !== undefined && !rotations.has(fallback)) {
    throw new InputError(
      `Invalid configuration at '${keyOf(
        system,
        DEFAULT_ROTATION_KEY,
      )}': unknown rotation '${fallback}'; configured rotations: ${known}`,
    );
  }
  return {
    type: 'config',
    create({ config, keyPrefix, system: systemName }) {
      const key = `${keyPrefix}.onCall.rotation`;
      const name = config.getOptionalString('onCall.rotation') ?? fallback;
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
      return new ConfigOnCallSource(name, rotation, systemName);
    },
  };
}
