import { useContext } from 'react';
import { BoardRootContext } from './BoardRootContext';

/**
 * Paths of the board's pages, below the page's mount point.
 *
 * @public
 */
export interface BoardPaths {
  /** The landing page: every system. */
  landing(): string;
  /** One system's board. */
  system(system: string): string;
  /** One environment of a system. */
  environment(system: string, environment: string): string;
  /** A system's "what's deployed where" matrix. */
  deployed(system: string): string;
  /** A system's go/no-go decision history. */
  decisions(system: string): string;
  /** The meeting view of one go/no-go decision. */
  decision(system: string, id: string): string;
}

/**
 * The paths of the board's pages, from the {@link BoardRootContext}; `undefined` where the app
 * has no board page to link to.
 */
export function useBoardPaths(): BoardPaths | undefined {
  const root = useContext(BoardRootContext);
  if (root === undefined) {
    return undefined;
  }
  const base = root.replace(/\/+$/, '');
  const system = (name: string) =>
    `${base}/systems/${encodeURIComponent(name)}`;
  return {
    landing: () => base || '/',
    system,
    environment: (name, environment) =>
      `${system(name)}/env/${encodeURIComponent(environment)}`,
    deployed: name => `${system(name)}/deployed`,
    decisions: name => `${system(name)}/decisions`,
    decision: (name, id) =>
      `${system(name)}/decisions/${encodeURIComponent(id)}`,
  };
}
