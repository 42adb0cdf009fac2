import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { RollbackVerification } from '@release-readiness/plugin-release-readiness-common';
import { StatusChip } from '../shared';
import { formatLocalDateTime } from '../../format';

/**
 * The verification after a rollback's write: its status and each check (rollout, replicas,
 * version, SLA rollback triggers) with its detail. `unknown` checks stay grey.
 */
export function VerificationChecks(props: {
  verification: RollbackVerification;
}) {
  const { status, checks, at } = props.verification;
  return (
    <Stack spacing={0.5} aria-label="Verification">
      <Typography variant="body2">
        Verification: {status}
        {at && ` (${formatLocalDateTime(at)})`}
      </Typography>
      {checks.map(check => (
        <Stack key={check.name} direction="row" spacing={1} alignItems="center">
          <StatusChip status={check.status} label={check.name} />
          <Typography variant="caption" color="text.secondary">
            {check.detail}
          </Typography>
        </Stack>
      ))}
    </Stack>
  );
}
