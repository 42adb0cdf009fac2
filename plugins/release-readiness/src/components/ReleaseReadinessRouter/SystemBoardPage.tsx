import { Link } from '@backstage/core-components';
import Stack from '@mui/material/Stack';
import { useParams } from 'react-router-dom';
import { EnvironmentsOverview } from '../EnvironmentsOverview';
import { DecisionsLink } from '../Decisions';
import { useBoardPaths } from '../shared';
import { useFormatters } from '../shared/useFormatters';

/**
 * The board of the route's system (`:system`), with a link back to every system and one to the
 * system's go/no-go decisions.
 */
export function SystemBoardPage() {
  const { system = '' } = useParams();
  const paths = useBoardPaths();
  const { t } = useFormatters();
  return (
    <Stack spacing={2}>
      {paths && (
        <Stack direction="row" spacing={3}>
          <Link to={paths.landing()}>{t('board.landing.allSystems')}</Link>
          <DecisionsLink system={system} />
        </Stack>
      )}
      <EnvironmentsOverview system={system} />
    </Stack>
  );
}
