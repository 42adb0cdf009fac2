import Stack from '@mui/material/Stack';
import Grid from '@mui/material/Grid';
import type { DecisionResponse } from '@release-readiness/plugin-release-readiness-common';
import { ApprovalsCard } from './ApprovalsCard';
import { BlockingItemsCard } from './BlockingItemsCard';
import { DecisionActions } from './DecisionActions';
import { DecisionHeader } from './DecisionHeader';
import { EvidenceCard } from './EvidenceCard';
import { PrintStyles } from './PrintStyles';
import { VotesCard } from './VotesCard';

/**
 * One screen for the go/no-go meeting: status and evidence verdict in large type, what blocks,
 * the approvals received and missing (with who can give them), the votes, the evidence pinned at
 * request time with what changed since, and the buttons for the people who may act.
 *
 * @public
 */
export function MeetingView(props: {
  response: DecisionResponse;
  /** Reload the decision (after a vote or waiver). */
  onChanged(): void;
}) {
  const { response, onChanged } = props;
  return (
    <Stack spacing={3} className="rr-meeting-view">
      <PrintStyles />
      <DecisionHeader response={response} />
      <DecisionActions response={response} onChanged={onChanged} />
      <Grid container spacing={2}>
        <Grid item xs={12} md={6}>
          <BlockingItemsCard response={response} />
        </Grid>
        <Grid item xs={12} md={6}>
          <ApprovalsCard response={response} />
        </Grid>
      </Grid>
      <VotesCard response={response} />
      <EvidenceCard response={response} />
    </Stack>
  );
}
