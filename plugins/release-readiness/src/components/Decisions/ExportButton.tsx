import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@mui/material/Button';
import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { refusalMessage } from './refusalMessage';
import { releaseReadinessTranslationRef } from '../../translations';

/**
 * "Markdown export": downloads the decision as Markdown for the change ticket, read through the
 * client (with the signed-in user's token; a plain link would carry none).
 */
export function ExportButton(props: {
  system: string;
  id: string;
  onError(message: string | undefined): void;
}) {
  const { system, id, onError } = props;
  const api = useApi(releaseReadinessApiRef);
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    onError(undefined);
    try {
      const file = await api.exportDecision(system, id);
      const url = URL.createObjectURL(
        new Blob([file.markdown], { type: 'text/markdown;charset=utf-8' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = file.fileName;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch (e) {
      onError(
        t('decisions.actions.exportError', { message: refusalMessage(e, t) }),
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      variant="outlined"
      startIcon={<DownloadIcon />}
      onClick={download}
      disabled={busy}
    >
      {t('decisions.actions.export')}
    </Button>
  );
}
