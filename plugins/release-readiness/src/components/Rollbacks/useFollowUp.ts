import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import type { RollbackRecord } from '@release-readiness/plugin-release-readiness-common';
import { useCallback, useState } from 'react';
import {
  releaseReadinessApiRef,
  type RollbackFollowUpInput,
} from '../../api/ReleaseReadinessApi';
import { releaseReadinessTranslationRef } from '../../translations/releaseReadinessTranslationRef';
import { newRequestId } from '../shared/newRequestId';

/**
 * Sends a follow-up of one rollback (`POST …/rollbacks/:id/follow-ups`) with a fresh request id
 * per attempt, and reports the updated record to `onDone`. `busy` while sending; `error` is the
 * last failure (the backend's message, e.g. a 403's reason).
 */
export function useFollowUp(
  record: Pick<RollbackRecord, 'system' | 'id'>,
  onDone: (updated: RollbackRecord) => void,
) {
  const api = useApi(releaseReadinessApiRef);
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | undefined>();
  const { system, id } = record;
  const send = useCallback(
    async (followUp: RollbackFollowUpInput) => {
      setBusy(true);
      setError(undefined);
      try {
        onDone(
          await api.addRollbackFollowUp(system, id, {
            ...followUp,
            requestId: newRequestId(),
          }),
        );
      } catch (e) {
        setError(
          e instanceof Error ? e : new Error(t('rollbacks.followUps.failed')),
        );
      } finally {
        setBusy(false);
      }
    },
    [api, system, id, onDone, t],
  );
  return { send, busy, error };
}
