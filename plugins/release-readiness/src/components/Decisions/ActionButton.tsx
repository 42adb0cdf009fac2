import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { releaseReadinessTranslationRef } from '../../translations';

/**
 * A write button of the meeting view: enabled when the backend says the user may act (`you`),
 * otherwise disabled and described by the reason, shown next to it.
 */
export function ActionButton(props: {
  id: string;
  label: string;
  eligibility?: { allowed: boolean; reason: string };
  onClick(): void;
}) {
  const { id, label, eligibility, onClick } = props;
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const allowed = eligibility?.allowed === true;
  const reason = eligibility
    ? eligibility.reason
    : t('decisions.actions.notSaid');
  const reasonId = `decision-${id}-refusal`;
  return (
    <Stack spacing={0.5} alignItems="flex-start">
      <Button
        variant="contained"
        onClick={onClick}
        disabled={!allowed}
        aria-describedby={allowed ? undefined : reasonId}
      >
        {label}
      </Button>
      {!allowed && (
        <Typography
          id={reasonId}
          variant="caption"
          color="text.secondary"
          sx={{ maxWidth: 360 }}
        >
          {reason}
        </Typography>
      )}
    </Stack>
  );
}
