import { useApi } from '@backstage/frontend-plugin-api';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type {
  DecisionBlockingItem,
  DecisionRecord,
} from '@release-readiness/plugin-release-readiness-common';
import { useState } from 'react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { useFormatters } from '../shared';
import { ReasonField } from '../shared/ReasonField';
import { WriteDialog } from '../shared/WriteDialog';
import { refusalMessage } from './refusalMessage';

const STATUS = {
  fail: 'decisions.waive.fail',
  unknown: 'decisions.waive.unknown',
} as const satisfies Record<DecisionBlockingItem['status'], string>;

/** `2026-03-24T18:00` (a datetime-local value, the viewer's zone) as ISO, or undefined. */
function isoOf(local: string): string | undefined {
  if (!local) {
    return undefined;
  }
  const at = new Date(local);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

/**
 * Waives one blocking item of a decision with a reason, until a time (default and at most the
 * decision's expiry). Mount it once per opening: its request id is made when it mounts.
 */
export function WaiveDialog(props: {
  decision: Pick<
    DecisionRecord,
    'id' | 'system' | 'environment' | 'version' | 'expiresAt'
  >;
  /** The items that still need a waiver. */
  items: DecisionBlockingItem[];
  onClose(saved: boolean): void;
}) {
  const { decision, items, onClose } = props;
  const api = useApi(releaseReadinessApiRef);
  const { t, formatTime } = useFormatters();
  const [item, setItem] = useState(items[0]?.item ?? '');
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const tooShort = reason.trim().length < 3;
  const untilIso = isoOf(until);
  const badUntil = until !== '' && untilIso === undefined;

  return (
    <WriteDialog
      title={
        <>
          {t('decisions.waive.title', {
            environment: decision.environment,
            version: decision.version,
          })}
        </>
      }
      submitLabel={t('decisions.waive.submit')}
      invalid={tooShort || !item || badUntil}
      write={requestId =>
        api.waive(decision.system, decision.id, {
          item,
          reason: reason.trim(),
          ...(untilIso && { until: untilIso }),
          requestId,
        })
      }
      errorMessage={e => refusalMessage(e, t)}
      onClose={onClose}
    >
      <TextField
        select
        label={t('decisions.waive.item')}
        value={item}
        onChange={e => setItem(e.target.value)}
      >
        {items.map(b => (
          <MenuItem key={b.item} value={b.item}>
            {t('decisions.waive.option', {
              title: b.title,
              status: t(STATUS[b.status]),
            })}
          </MenuItem>
        ))}
      </TextField>
      <ReasonField
        value={reason}
        onChange={setReason}
        helperText={t('decisions.waive.reasonHelp')}
      />
      <TextField
        label={t('decisions.waive.until')}
        type="datetime-local"
        value={until}
        onChange={e => setUntil(e.target.value)}
        InputLabelProps={{ shrink: true }}
        error={badUntil}
        helperText={t('decisions.waive.untilHelp', {
          expiry: formatTime(decision.expiresAt),
        })}
      />
    </WriteDialog>
  );
}
