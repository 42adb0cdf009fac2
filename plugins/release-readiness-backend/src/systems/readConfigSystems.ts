import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { shorthandSystemRoot, SystemConfigRoot } from './SystemConfigRoot';

/** A catalog entity name (`metadata.name`), which a system's name is. */
export const SYSTEM_NAME = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

/**
 * The systems the portal's configuration defines: `releaseReadiness.systems.<name>`, and the
 * single-system shorthand when `releaseReadiness.environments` exists. Throws an `InputError`
 * naming the key of a bad name or a name defined twice.
 */
export function readConfigSystems(config: Config): SystemConfigRoot[] {
  const systems: SystemConfigRoot[] = [];
  if (config.has('releaseReadiness.environments')) {
    systems.push(shorthandSystemRoot(config));
  }
  const block = config.getOptionalConfig('releaseReadiness.systems');
  for (const name of block?.keys() ?? []) {
    const key = `releaseReadiness.systems.${name}`;
    if (!SYSTEM_NAME.test(name)) {
      throw new InputError(
        `Invalid configuration at '${key}': a system is named like its catalog System (lower-case letters, digits, and - _ . between them)`,
      );
    }
    if (systems.some(s => s.name === name)) {
      throw new InputError(
        `Invalid configuration at '${key}': '${name}' is already the system of releaseReadiness.environments (releaseReadiness.defaultSystem)`,
      );
    }
    systems.push({
      name,
      config: block!.getConfig(name),
      prefix: key,
      owner: 'platform',
    });
  }
  return systems;
}
