import TextField from '@mui/material/TextField';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { releaseReadinessTranslationRef } from '../../translations';

/** The required, multi-line "Reason" of a write dialog, with what it is kept for. */
export function ReasonField(props: {
  value: string;
  onChange(value: string): void;
  helperText: string;
}) {
  const { value, onChange, helperText } = props;
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  return (
    <TextField
      label={t('board.reason')}
      required
      multiline
      minRows={2}
      value={value}
      onChange={e => onChange(e.target.value)}
      helperText={helperText}
    />
  );
}
