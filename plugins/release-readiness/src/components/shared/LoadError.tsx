import { ResponseErrorPanel } from '@backstage/core-components';
import Button from '@mui/material/Button';

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
  return (
    <>
      <ResponseErrorPanel error={error ?? new Error('No data')} title={title} />
      {onRetry && (
        <Button onClick={onRetry} sx={{ mt: 1 }}>
          Retry
        </Button>
      )}
    </>
  );
}
