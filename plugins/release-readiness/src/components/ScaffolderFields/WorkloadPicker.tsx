import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import Alert from '@mui/material/Alert';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { releaseReadinessTranslationRef } from '../../translations/releaseReadinessTranslationRef';
import { formatTime } from '../../format';
import { useLanguage } from '../../hooks/useLanguage';
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
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const language = useLanguage();
  const { chosen, problem } = environmentOfField(
    uiSchema?.['ui:options'],
    formContext,
  );
  const loaded = useAsyncRetry(
    async () =>
      chosen ? api.getWorkloads(chosen.system, chosen.environment) : undefined,
    [api, chosen?.system, chosen?.environment],
  );
  const environment = chosen?.environment ?? '';
  const source = loaded.value?.source;
  const items = (loaded.value?.items ?? []).filter(w => isWorkloadRef(w));
  const unavailable =
    source?.status === 'unavailable'
      ? new Error(source.error?.message ?? t('fields.workload.unavailable'))
      : undefined;

  return (
    <LoadedField
      problem={problem && t(`fields.problem.${problem}`)}
      state={loaded}
      error={loaded.error ?? unavailable}
      errorTitle={t('fields.workload.loadError', { environment })}
      empty={
        items.length === 0
          ? t('fields.workload.empty', { environment })
          : undefined
      }
    >
      <Stack spacing={1} sx={{ mt: 1, mb: 1 }}>
        {source?.status === 'stale' && (
          <Alert severity="warning">
            {t('fields.workload.stale', {
              time: source.fetchedAt
                ? formatTime(source.fetchedAt, undefined, language)
                : t('fields.workload.unknownTime'),
            })}
          </Alert>
        )}
        <TextField
          select
          fullWidth
          label={props.schema.title ?? t('fields.workload.label')}
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
                primary={t('fields.workload.option', {
                  workload: keyOf(w),
                  version: w.version ?? t('fields.common.noVersion'),
                })}
                secondary={describeManagedBy(w.managedBy, t)}
              />
            </MenuItem>
          ))}
        </TextField>
      </Stack>
    </LoadedField>
  );
}
