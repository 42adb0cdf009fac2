import { Config } from '@backstage/config';
import type { SystemRuntime } from './createSystemRuntime';
import { readConfigSystems } from './readConfigSystems';
import type { SystemConfigRoot } from './SystemConfigRoot';
import type { SystemRegistry } from './SystemRegistry';

/**
 * Builds the systems of the portal's configuration (a bad one stops the backend, naming the key)
 * and registers them.
 *
 * @returns their names: a team's policy file cannot take one of them over
 */
export async function registerConfigSystems(options: {
  config: Config;
  systems: SystemRegistry;
  create: (system: SystemConfigRoot) => Promise<SystemRuntime>;
}): Promise<string[]> {
  const names: string[] = [];
  for (const system of readConfigSystems(options.config)) {
    const runtime = await options.create(system);
    options.systems.set({
      name: system.name,
      title: system.config.getOptionalString('title') ?? system.name,
      entityRef: `system:default/${system.name}`,
      policy: {
        origin: 'config',
        location: system.prefix,
        status: 'ok',
        loadedAt: new Date().toISOString(),
      },
      runtime,
    });
    names.push(system.name);
  }
  return names;
}
