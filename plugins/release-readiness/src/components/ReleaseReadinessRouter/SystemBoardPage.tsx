import { Link } from '@backstage/core-components';
import Stack from '@mui/material/Stack';
import { useParams } from 'react-router-dom';
import { EnvironmentsOverview } from '../EnvironmentsOverview';
import { useBoardPaths } from '../shared';

/** The board of the route's system (`:system`), with a link back to every system. */
export function SystemBoardPage() {
  const { system = '' } = useParams();
  const paths = useBoardPaths();
  return (
    <Stack spacing={2}>
      {paths && <Link to={paths.landing()}>All systems</Link>}
      <EnvironmentsOverview system={system} />
    </Stack>
  );
}
