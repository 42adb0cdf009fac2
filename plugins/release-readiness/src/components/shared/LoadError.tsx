import { ResponseErrorPanel } from '@backstage/core-components';
import Button from '@mui/material/Button';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { releaseReadinessTranslationRef } from '../../translations';

/**
 * What a section shows when its request failed: the backend's error (name, message, status) and,
 * when the section can reload, a Retry button.
 *
 * @public
 */
export function LoadError(props: {
  /** The error; `undefined` means the request gave no data at all. */
  error: Error | undefined;
  /** What could not be done, e.g. "Could not load the workloads". */
  title: string;
  onRetry?: () => void;
}) {
  const { error, title, onRetry } = props;
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  return (
    <>
      <ResponseErrorPanel
        error={error ?? new Error(t('board.verdict.noData'))}
        title={title}
      />
      {onRetry && (
        <Button onClick={onRetry} sx={{ mt: 1 }}>
          {t('board.retry')}
        </Button>
      )}
    </>
  );
}
