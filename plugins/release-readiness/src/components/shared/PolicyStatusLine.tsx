import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { SystemPolicyStatus } from '@release-readiness/plugin-release-readiness-common';
import { formatAsOf } from '../../format';

/**
 * Where a system's release policy comes from and how old it is; when it cannot be read, an error
 * banner with the backend's message (naming the file and key) that says whether the board below
 * still shows the last good policy or nothing.
 *
 * @public
 */
export function PolicyStatusLine(props: {
  policy: SystemPolicyStatus;
  /** True when the board shows content of the last good policy below. */
  hasContent: boolean;
}) {
  const { policy, hasContent } = props;
  const from = policy.origin === 'file' ? 'team file' : 'portal configuration';
  const asOf = (
    <Tooltip title={policy.loadedAt ?? 'never read'}>
      <span>{formatAsOf(policy.loadedAt)}</span>
    </Tooltip>
  );
  if (policy.status === 'error') {
    return (
      <Alert severity="error" aria-label="Release policy error">
        <AlertTitle>The release policy cannot be used</AlertTitle>
        <Typography
          variant="body2"
          component="p"
          sx={{ wordBreak: 'break-word' }}
        >
          {policy.error ?? `${policy.location} could not be read`}
        </Typography>
        <Typography variant="body2" component="p" sx={{ mt: 1 }}>
          {hasContent ? (
            <>
              Showing the last good policy below
              {policy.loadedAt && <>, read {asOf}</>}.
            </>
          ) : (
            'It was never read successfully: nothing to show until it is fixed.'
          )}
        </Typography>
      </Alert>
    );
  }
  return (
    <Typography
      variant="caption"
      color="text.secondary"
      component="p"
      aria-label="Release policy"
      sx={{ wordBreak: 'break-word' }}
    >
      Policy: {policy.location} ({from}) · as of {asOf}
    </Typography>
  );
}
