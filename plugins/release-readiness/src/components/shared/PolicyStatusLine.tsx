import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { SystemPolicyStatus } from '@release-readiness/plugin-release-readiness-common';
import { useFormatters } from './useFormatters';

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
  const { t, formatAsOf } = useFormatters();
  const from =
    policy.origin === 'file'
      ? t('board.policy.teamFile')
      : t('board.policy.portalConfig');
  const asOf = (
    <Tooltip title={policy.loadedAt ?? t('board.policy.neverRead')}>
      <span>{formatAsOf(policy.loadedAt)}</span>
    </Tooltip>
  );
  if (policy.status === 'error') {
    return (
      <Alert severity="error" aria-label={t('board.policy.errorLabel')}>
        <AlertTitle>{t('board.policy.errorTitle')}</AlertTitle>
        <Typography
          variant="body2"
          component="p"
          sx={{ wordBreak: 'break-word' }}
        >
          {policy.error ??
            t('board.policy.couldNotRead', { location: policy.location })}
        </Typography>
        <Typography variant="body2" component="p" sx={{ mt: 1 }}>
          {hasContent ? (
            <>
              {t('board.policy.showingLastGood')}
              {policy.loadedAt && (
                <>
                  {t('board.policy.readAt')}
                  {asOf}
                </>
              )}
              .
            </>
          ) : (
            t('board.policy.neverReadSuccessfully')
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
      aria-label={t('board.policy.label')}
      sx={{ wordBreak: 'break-word' }}
    >
      {t('board.policy.line', { location: policy.location, origin: from })}
      {asOf}
    </Typography>
  );
}
