import Alert from '@mui/material/Alert';
import Button, { type ButtonProps } from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { type ReactNode, useState } from 'react';
import { newRequestId } from './newRequestId';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { releaseReadinessTranslationRef } from '../../translations';

/** What a {@link WriteDialog} shows and writes. */
export interface WriteDialogProps {
  /** Default: open. */
  open?: boolean;
  title: ReactNode;
  /** The submit button's text. */
  submitLabel: ReactNode;
  /** The submit button's colour (default: primary). */
  submitColor?: ButtonProps['color'];
  /** The form is not complete or not valid: the submit button is disabled. */
  invalid: boolean;
  /**
   * The write, with the dialog's request id; undefined while there is nothing to write (the
   * submit button is disabled).
   */
  write: ((requestId: string) => Promise<unknown>) | undefined;
  /** What to show when the write failed. */
  errorMessage(error: unknown): string;
  /** Closed: `true` after the write succeeded, `false` on Cancel or a click outside. */
  onClose(saved: boolean): void;
  /** The form's fields. */
  children: ReactNode;
}

/**
 * The skeleton of a dialog that writes one record: the title, the fields, the error of the last
 * attempt, Cancel and the submit button (disabled while saving or while the form is invalid).
 * One request id per mounted dialog, so a retried submit (after a network error) writes once.
 */
export function WriteDialog(props: WriteDialogProps) {
  const {
    open = true,
    title,
    submitLabel,
    submitColor,
    invalid,
    write,
    errorMessage,
    onClose,
    children,
  } = props;
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const [requestId] = useState(newRequestId);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const submit = async () => {
    if (!write) {
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      await write(requestId);
      onClose(true);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open={open} onClose={() => onClose(false)} fullWidth maxWidth="sm">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {children}
          {error && <Alert severity="error">{error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(false)}>{t('board.cancel')}</Button>
        <Button
          variant="contained"
          color={submitColor}
          onClick={submit}
          disabled={saving || invalid || !write}
        >
          {submitLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
