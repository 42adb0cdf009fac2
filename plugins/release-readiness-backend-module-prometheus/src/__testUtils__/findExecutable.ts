import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * The full path of an executable in `dirs` (default: `PATH`, then /usr/bin, /usr/sbin,
 * /usr/local/bin), if any.
 */
export function findExecutable(
  name: string,
  dirs: readonly string[] = [
    ...(process.env.PATH ?? '').split(delimiter).filter(Boolean),
    '/usr/bin',
    '/usr/sbin',
    '/usr/local/bin',
  ],
): string | undefined {
  for (const dir of dirs) {
    const path = join(dir, name);
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not here
    }
  }
  return undefined;
}
