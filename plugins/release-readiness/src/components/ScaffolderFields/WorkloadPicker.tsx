import { useApi } from '@backstage/frontend-plugin-api';
import Alert from '@mui/material/Alert';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { formatTime } from '../../format';
import { describeManagedBy } from './describeManagedBy';
import { environmentOfField } from './environmentOfField';
import { LoadedField } from './LoadedField';
import { isWorkloadRef, ROLLBACK_KINDS } from './isWorkloadRef';
import type { PickerProps } from './PickerProps';
import type {
  WorkloadPickerUiOptions,
  WorkloadPickerValue,
} from './workloadPickerSchema';

/** The select's value for a workload. */
const keyOf = (w: { kind: string; name: string }) => `${w.kind}/${w.name}`;

/**
 * `ReleaseReadinessWorkloadPicker`: a Deployment, StatefulSet or DaemonSet of the chosen
 * environment (`GET /systems/:system/environments/:env/workloads`), shown as
 * `<kind>/<name> — <version>` with its Helm / Argo CD mark, stored as `{ kind, name }`.
 */
export function WorkloadPicker(
  props: PickerProps<WorkloadPickerValue, WorkloadPickerUiOptions>,
) {
  const { formData, onChange, uiSchema, formContext, rawErrors, required } =
    props;
  const api = useApi(releaseReadinessApiRef);
  const { chosen, problem } = environmentOfField(
    uiSchema?.['ui:options'],
    formContext,
  );
  const loaded = useAsyncRetry(
    async () =>
      chosen ? api.getWorkloads(chosen.system, chosen.environment) : undefined,
    [api, chosen?.system, chosen?.environment],
  );
  const source = loaded.value?.source;
  const items = (loaded.value?.items ?? []).filter(w => isWorkloadRef(w));
  const unavailable =
    source?.status === 'unavailable'
      ? new Error(
          source.error?.message ?? 'The workload source gave no workloads.',
        )
      : undefined;

  return (
    <LoadedField
      problem={problem}
      state={loaded}
      error={loaded.error ?? unavailable}
      errorTitle={`Could not load the workloads of ${chosen?.environment}`}
      empty={
        items.length === 0
          ? `${chosen?.environment} runs no Deployment, StatefulSet or DaemonSet.`
          : undefined
      }
    >
      <Stack spacing={1} sx={{ mt: 1, mb: 1 }}>
        {source?.status === 'stale' && (
          <Alert severity="warning">
            The workload source is stale: these are the workloads as of{' '}
            {source.fetchedAt
              ? formatTime(source.fetchedAt)
              : 'an unknown time'}
            .
          </Alert>
        )}
        <TextField
          select
          fullWidth
          label={props.schema.title ?? 'Workload'}
          required={required}
          error={(rawErrors?.length ?? 0) > 0}
          helperText={props.schema.description}
          value={
            formData && items.some(w => keyOf(w) === keyOf(formData))
              ? keyOf(formData)
              : ''
          }
          onChange={e => {
            const workload = items.find(w => keyOf(w) === e.target.value);
            const kind = ROLLBACK_KINDS.find(k => k === workload?.kind);
            onChange(workload && kind && { kind, name: workload.name });
          }}
        >
          {items.map(w => (
            <MenuItem key={keyOf(w)} value={keyOf(w)}>
              <ListItemText
                primary={`${keyOf(w)} — ${w.version ?? 'no version'}`}
                secondary={describeManagedBy(w.managedBy)}
              />
            </MenuItem>
          ))}
        </TextField>
      </Stack>
    </LoadedField>
  );
}
