import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { EvidenceChange } from '@release-readiness/plugin-release-readiness-common';

const LABEL: Record<EvidenceChange['from'], string> = {
  pass: 'Pass',
  warn: 'Warn',
  fail: 'Fail',
  unknown: 'Unknown',
  absent: 'absent',
};

/**
 * "What changed since" the evidence was pinned, against live readiness: each item whose status
 * differs now; a pass that turned to fail is marked. Without live data (`changes` absent) it
 * says so instead of claiming nothing changed.
 */
export function EvidenceChanges(props: { changes?: EvidenceChange[] }) {
  const { changes } = props;
  return (
    <Stack spacing={1} component="section" aria-label="What changed since">
      <Typography variant="subtitle1" component="h3">
        What changed since
      </Typography>
      {changes === undefined && (
        <Alert severity="warning">
          Live readiness could not be read: what changed since is unknown.
        </Alert>
      )}
      {changes?.length === 0 && (
        <Typography variant="body2">
          Nothing changed: live readiness matches the pinned evidence.
        </Typography>
      )}
      {changes && changes.length > 0 && (
        <Stack component="ul" spacing={0.5} sx={{ pl: 2, my: 0 }}>
          {changes.map(change => (
            <Typography
              component="li"
              variant="body2"
              key={change.item}
              color={
                change.from === 'pass' && change.to === 'fail'
                  ? 'error'
                  : 'text.primary'
              }
            >
              {change.title}: {LABEL[change.from]} → {LABEL[change.to]}
            </Typography>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
