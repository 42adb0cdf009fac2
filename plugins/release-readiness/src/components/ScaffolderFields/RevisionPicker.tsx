import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import Alert from '@mui/material/Alert';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { useLanguage } from '../../hooks/useLanguage';
import { releaseReadinessTranslationRef } from '../../translations/releaseReadinessTranslationRef';
import { describeRevision } from './describeRevision';
import { LoadedField } from './LoadedField';
import { formDataOfContext } from './formDataOfContext';
import type { PickerProps } from './PickerProps';
import type { RevisionPickerUiOptions } from './revisionPickerSchema';
import { rollbackTargetOf } from './rollbackTargetOf';

/** The select's value for "the previous revision" (the field's value is then undefined). */
const PREVIOUS = 'previous';

/**
 * `ReleaseReadinessRevisionPicker`: the revision to roll back to (`GET
 * /systems/:system/environments/:env/workloads/:kind/:name/revisions`), newest first with
 * version, images, creation time and change cause, the current one marked and not selectable;
 * "the previous revision" stores nothing (the backend's default). A refusal (e.g. Helm-managed)
 * is shown with its hint instead.
 */
export function RevisionPicker(
  props: PickerProps<number | undefined, RevisionPickerUiOptions>,
) {
  const { formData, onChange, uiSchema, formContext, rawErrors, required } =
    props;
  const api = useApi(releaseReadinessApiRef);
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const language = useLanguage();
  const found = rollbackTargetOf(
    uiSchema?.['ui:options'],
    formDataOfContext(formContext),
  );
  const chosen = 'problem' in found ? undefined : found;
  const loaded = useAsyncRetry(
    async () =>
      chosen
        ? api.getRevisions(
            chosen.target.system,
            chosen.target.environment,
            chosen.workload,
          )
        : undefined,
    [
      api,
      chosen?.target.system,
      chosen?.target.environment,
      chosen?.workload.kind,
      chosen?.workload.name,
    ],
  );
  const response = loaded.value;
  const unavailable =
    response?.source.status === 'unavailable'
      ? new Error(
          response.source.error?.message ?? t('fields.revision.unavailable'),
        )
      : undefined;
  const workload = chosen
    ? `${chosen.workload.kind}/${chosen.workload.name}`
    : '';

  return (
    <LoadedField
      problem={
        'problem' in found
          ? `${t(`fields.validation.${found.problem}`)}.`
          : undefined
      }
      state={loaded}
      error={loaded.error ?? unavailable}
      errorTitle={t('fields.revision.loadError', { workload })}
      empty={
        !response?.refusal && response?.items.length === 0
          ? t('fields.revision.empty', { workload })
          : undefined
      }
    >
      {response?.refusal ? (
        <Alert severity="warning" sx={{ mt: 1, mb: 1 }}>
          {response.refusal}
        </Alert>
      ) : (
        <TextField
          select
          fullWidth
          sx={{ mt: 1, mb: 1 }}
          label={props.schema.title ?? t('fields.revision.label')}
          required={required}
          error={(rawErrors?.length ?? 0) > 0}
          helperText={t('fields.revision.strategy', {
            strategy: response?.strategy ?? '',
          })}
          value={
            formData !== undefined &&
            response?.items.some(r => r.revision === formData)
              ? String(formData)
              : PREVIOUS
          }
          onChange={e =>
            onChange(
              e.target.value === PREVIOUS ? undefined : Number(e.target.value),
            )
          }
        >
          <MenuItem value={PREVIOUS}>
            <ListItemText primary={t('fields.revision.previous')} />
          </MenuItem>
          {(response?.items ?? []).map(revision => (
            <MenuItem
              key={revision.revision}
              value={String(revision.revision)}
              disabled={revision.current}
            >
              <ListItemText {...describeRevision(revision, t, language)} />
            </MenuItem>
          ))}
        </TextField>
      )}
    </LoadedField>
  );
}
