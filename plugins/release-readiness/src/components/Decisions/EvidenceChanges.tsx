import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { EvidenceChange } from '@release-readiness/plugin-release-readiness-common';
import { releaseReadinessTranslationRef } from '../../translations';

const LABEL = {
  pass: 'decisions.changes.pass',
  warn: 'decisions.changes.warn',
  fail: 'decisions.changes.fail',
  unknown: 'decisions.changes.unknownStatus',
  absent: 'decisions.changes.absent',
} as const satisfies Record<EvidenceChange['from'], string>;

/**
 * "What changed since" the evidence was pinned, against live readiness: each item whose status
 * differs now; a pass that turned to fail is marked. Without live data (`changes` absent) it
 * says so instead of claiming nothing changed.
 */
export function EvidenceChanges(props: { changes?: EvidenceChange[] }) {
  const { changes } = props;
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  return (
    <Stack
      spacing={1}
      component="section"
      aria-label={t('decisions.changes.label')}
    >
      <Typography variant="subtitle1" component="h3">
        {t('decisions.changes.title')}
      </Typography>
      {changes === undefined && (
        <Alert severity="warning">{t('decisions.changes.unknown')}</Alert>
      )}
      {changes?.length === 0 && (
        <Typography variant="body2">
          {t('decisions.changes.nothing')}
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
              {t('decisions.changes.change', {
                title: change.title,
                from: t(LABEL[change.from]),
                to: t(LABEL[change.to]),
              })}
            </Typography>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
