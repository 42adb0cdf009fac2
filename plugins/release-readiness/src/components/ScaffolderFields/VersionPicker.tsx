import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import Autocomplete from '@mui/material/Autocomplete';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { releaseReadinessTranslationRef } from '../../translations/releaseReadinessTranslationRef';
import { environmentOfField } from './environmentOfField';
import { LoadedField } from './LoadedField';
import type { PickerProps } from './PickerProps';
import type {
  VersionPickerUiOptions,
  VersionPickerValue,
} from './versionPickerSchema';
import { versionSuggestions } from './versionSuggestions';

/** The value without empty parts; undefined when nothing is set. */
function valueOf(parts: {
  version: string;
  digest?: string;
  ref?: string;
}): VersionPickerValue | undefined {
  const { version, digest, ref } = parts;
  if (!version && !digest && !ref) {
    return undefined;
  }
  return { version, ...(digest && { digest }), ...(ref && { ref }) };
}

/**
 * `ReleaseReadinessVersionPicker`: the version (free text, with the versions running in the
 * chosen environment and the ones before it as suggestions from `GET /systems/:system/versions`),
 * its image digest and the release ref, as `{ version, digest?, ref? }`.
 */
export function VersionPicker(
  props: PickerProps<VersionPickerValue, VersionPickerUiOptions>,
) {
  const { formData, onChange, uiSchema, formContext, rawErrors, required } =
    props;
  const api = useApi(releaseReadinessApiRef);
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const { chosen, problem } = environmentOfField(
    uiSchema?.['ui:options'],
    formContext,
  );
  const versions = useAsyncRetry(
    async () => (chosen ? api.getVersions(chosen.system) : undefined),
    [api, chosen?.system],
  );
  const suggestions =
    versions.value && chosen
      ? versionSuggestions(versions.value, chosen.environment)
      : [];
  const current = {
    version: formData?.version ?? '',
    digest: formData?.digest,
    ref: formData?.ref,
  };
  const invalid = (rawErrors?.length ?? 0) > 0;

  return (
    <LoadedField
      problem={problem && t(`fields.problem.${problem}`)}
      state={versions}
      errorTitle={t('fields.version.loadError')}
    >
      <Stack spacing={2} sx={{ mt: 1, mb: 1 }}>
        <Autocomplete
          freeSolo
          options={suggestions}
          getOptionLabel={option =>
            typeof option === 'string' ? option : option.version
          }
          inputValue={current.version}
          onInputChange={(_event, version, reason) => {
            if (reason === 'input' || reason === 'clear') {
              onChange(valueOf({ ...current, version }));
            }
          }}
          onChange={(_event, option) => {
            if (option && typeof option !== 'string') {
              onChange(
                valueOf({
                  ...current,
                  version: option.version,
                  digest: option.digest,
                }),
              );
            }
          }}
          renderOption={(optionProps, option) => (
            <li {...optionProps} key={option.version}>
              <Stack>
                <Typography>{option.version}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {option.runsIn.join(', ')}
                </Typography>
              </Stack>
            </li>
          )}
          renderInput={params => (
            <TextField
              {...params}
              label={props.schema.title ?? t('fields.version.label')}
              required={required}
              error={invalid}
              helperText={
                suggestions.length === 0
                  ? t('fields.version.noneKnown', {
                      environment: chosen?.environment ?? '',
                    })
                  : props.schema.description
              }
            />
          )}
        />
        <TextField
          label={t('fields.version.digest')}
          placeholder="sha256:…"
          value={current.digest ?? ''}
          onChange={e =>
            onChange(valueOf({ ...current, digest: e.target.value }))
          }
        />
        <TextField
          label={t('fields.version.ref')}
          helperText={t('fields.version.refHelp')}
          value={current.ref ?? ''}
          onChange={e => onChange(valueOf({ ...current, ref: e.target.value }))}
        />
      </Stack>
    </LoadedField>
  );
}
