import { Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import type { ReactNode } from 'react';
import { releaseReadinessTranslationRef } from '../../translations/releaseReadinessTranslationRef';

/**
 * The states of a form field's data: loading (a progress bar), failed (the error with a Retry
 * button), a problem before anything can load (e.g. "Choose the environment first"), empty (what
 * is missing), or the field itself.
 */
export function FieldStatus(props: {
  loading?: boolean;
  error?: Error;
  /** What could not be loaded, e.g. "Could not load the environments". */
  errorTitle: string;
  onRetry?: () => void;
  /** Why nothing can be loaded yet, or a broken `ui:options`. */
  problem?: string;
  /** Set when the data loaded but offers nothing to choose: says so. */
  empty?: string;
  children?: ReactNode;
}) {
  const { loading, error, errorTitle, onRetry, problem, empty, children } =
    props;
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  if (problem) {
    return <Alert severity="warning">{problem}</Alert>;
  }
  if (loading) {
    return <Progress aria-label={t('fields.common.loading')} />;
  }
  if (error) {
    return (
      <Alert
        severity="error"
        action={
          onRetry && (
            <Button color="inherit" size="small" onClick={onRetry}>
              {t('fields.common.retry')}
            </Button>
          )
        }
      >
        <AlertTitle>{errorTitle}</AlertTitle>
        {error.message}
      </Alert>
    );
  }
  if (empty) {
    return <Alert severity="info">{empty}</Alert>;
  }
  return <>{children}</>;
}
