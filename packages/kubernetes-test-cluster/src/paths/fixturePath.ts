import { packageDir } from './packageDir';

/**
 * The absolute path of a fixture file of this package's `fixtures/` folder, e.g.
 * `fixturePath('owned-by-reference.yaml')`; read it and pass the text to `loadObjects`.
 *
 * @public
 */
export function fixturePath(name: string): string {
  return packageDir('fixtures', name);
}
