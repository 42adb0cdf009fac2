import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { VersionSummaryResponse } from '@release-readiness/plugin-release-readiness-common';
import { useFormatters } from '../shared/useFormatters';

/** Which rows of how many are shown ("51–100 of 1000"), with Previous and Next. */
export function DeployedWherePager(props: {
  page: Pick<
    VersionSummaryResponse,
    'offset' | 'limit' | 'total' | 'nextOffset' | 'rows'
  >;
  onPage: (offset: number) => void;
}) {
  const { page, onPage } = props;
  const { t } = useFormatters();
  const { offset, limit, total, nextOffset } = page;
  return (
    <Stack direction="row" spacing={2} alignItems="center">
      <Typography variant="body2" aria-live="polite">
        {t('environment.deployed.range', {
          from: String(offset + 1),
          to: String(offset + page.rows.length),
          total: String(total),
        })}
      </Typography>
      <Button
        size="small"
        disabled={offset === 0}
        onClick={() => onPage(Math.max(0, offset - limit))}
      >
        {t('environment.deployed.previous')}
      </Button>
      <Button
        size="small"
        disabled={nextOffset === undefined}
        onClick={() => nextOffset !== undefined && onPage(nextOffset)}
      >
        {t('environment.deployed.next')}
      </Button>
    </Stack>
  );
}
