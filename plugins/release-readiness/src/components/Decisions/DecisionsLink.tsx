import { Link } from '@backstage/core-components';
import { useBoardPaths } from '../shared';

/**
 * A link to a system's go/no-go decision history, filtered to one environment when given; for
 * the board and the environment page. Renders nothing where the app has no board page.
 *
 * @public
 */
export function DecisionsLink(props: { system: string; environment?: string }) {
  const { system, environment } = props;
  const paths = useBoardPaths();
  if (!paths) {
    return null;
  }
  const query = environment
    ? `?${new URLSearchParams({ environment }).toString()}`
    : '';
  return (
    <Link to={`${paths.decisions(system)}${query}`}>
      {environment
        ? `Go/no-go decisions for ${environment}`
        : 'Go/no-go decisions'}
    </Link>
  );
}
