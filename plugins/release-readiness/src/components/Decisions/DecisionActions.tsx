import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import PrintIcon from '@mui/icons-material/Print';
import { Link } from '@backstage/core-components';
import type { DecisionResponse } from '@release-readiness/plugin-release-readiness-common';
import { useState } from 'react';
import { ActionButton } from './ActionButton';
import { ExportButton } from './ExportButton';
import { templateLink } from '../shared/templateLink';
import { VoteDialog } from './VoteDialog';
import { WaiveDialog } from './WaiveDialog';
import { PRINT_HIDDEN_CLASS } from './PrintStyles';
import { releaseReadinessTranslationRef } from '../../translations';

/**
 * The meeting view's buttons: Vote and Waive for the people the backend allows (`you`; others see
 * them disabled with the reason), the Markdown export, Print, and, once a decision can no longer
 * go, a link to request a new one. Hidden when printed.
 */
export function DecisionActions(props: {
  response: DecisionResponse;
  onChanged(): void;
}) {
  const { response, onChanged } = props;
  const { decision, state, you } = response;
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const [dialog, setDialog] = useState<'vote' | 'waive'>();
  const [exportError, setExportError] = useState<string>();
  const unwaived = state.blocking.filter(b => !b.waiver);
  const close = (saved: boolean) => {
    setDialog(undefined);
    if (saved) {
      onChanged();
    }
  };
  const final = state.status === 'expired' || state.status === 'invalidated';
  return (
    <Stack
      spacing={1}
      className={PRINT_HIDDEN_CLASS}
      component="section"
      aria-label={t('decisions.actions.label')}
    >
      <Stack direction="row" spacing={2} flexWrap="wrap" useFlexGap>
        <ActionButton
          id="vote"
          label={t('decisions.actions.vote')}
          eligibility={you?.vote}
          onClick={() => setDialog('vote')}
        />
        <ActionButton
          id="waive"
          label={t('decisions.actions.waive')}
          eligibility={you?.waive}
          onClick={() => setDialog('waive')}
        />
        <Stack direction="row" spacing={2} alignItems="flex-start">
          <ExportButton
            system={decision.system}
            id={decision.id}
            onError={setExportError}
          />
          <Button
            variant="outlined"
            startIcon={<PrintIcon />}
            onClick={() => window.print()}
          >
            {t('decisions.actions.print')}
          </Button>
        </Stack>
      </Stack>
      {final && (
        <Link
          to={templateLink('go-no-go-request', {
            environment: {
              system: decision.system,
              environment: decision.environment,
            },
            release: {
              version: decision.version,
              ...(decision.digest && { digest: decision.digest }),
              ...(decision.ref && { ref: decision.ref }),
            },
          })}
        >
          {t('decisions.actions.requestNew', {
            environment: decision.environment,
            version: decision.version,
          })}
        </Link>
      )}
      {exportError && <Alert severity="error">{exportError}</Alert>}
      {dialog === 'vote' && <VoteDialog decision={decision} onClose={close} />}
      {dialog === 'waive' && (
        <WaiveDialog decision={decision} items={unwaived} onClose={close} />
      )}
    </Stack>
  );
}
