import { useApi } from '@backstage/frontend-plugin-api';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type {
  DecisionBlockingItem,
  DecisionRecord,
} from '@release-readiness/plugin-release-readiness-common';
import { useState } from 'react';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { formatTime } from '../../format';
import { ReasonField } from '../shared/ReasonField';
import { WriteDialog } from '../shared/WriteDialog';
import { refusalMessage } from './refusalMessage';

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
          Waive an item of {decision.environment} {decision.version}
        </>
      }
      submitLabel="Waive"
      invalid={tooShort || !item || badUntil}
      write={requestId =>
        api.waive(decision.system, decision.id, {
          item,
          reason: reason.trim(),
          ...(untilIso && { until: untilIso }),
          requestId,
        })
      }
      errorMessage={refusalMessage}
      onClose={onClose}
    >
      <TextField
        select
        label="Item"
        value={item}
        onChange={e => setItem(e.target.value)}
      >
        {items.map(b => (
          <MenuItem key={b.item} value={b.item}>
            {b.title} ({b.status})
          </MenuItem>
        ))}
      </TextField>
      <ReasonField
        value={reason}
        onChange={setReason}
        helperText="Why it may go live anyway (at least 3 characters); kept with the waiver."
      />
      <TextField
        label="Waived until"
        type="datetime-local"
        value={until}
        onChange={e => setUntil(e.target.value)}
        InputLabelProps={{ shrink: true }}
        error={badUntil}
        helperText={`Your time zone. Default and at most: the decision's expiry, ${formatTime(
          decision.expiresAt,
        )}.`}
      />
    </WriteDialog>
  );
}
