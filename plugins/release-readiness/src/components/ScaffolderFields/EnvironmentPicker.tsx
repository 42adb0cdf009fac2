import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { releaseReadinessTranslationRef } from '../../translations/releaseReadinessTranslationRef';
import type {
  EnvironmentPickerUiOptions,
  EnvironmentPickerValue,
} from './environmentPickerSchema';
import { LoadedField } from './LoadedField';
import type { PickerProps } from './PickerProps';
import { stringOption } from './stringOption';
import { SystemSelect } from './SystemSelect';
import { useSystemChoice } from './useSystemChoice';

/**
 * `ReleaseReadinessEnvironmentPicker`: a system (`GET /systems`, unless `ui:options.system` fixes
 * it) and one of its environments (`GET /systems/:system/environments`), shown by title, stored
 * by name as `{ system, environment }`.
 */
export function EnvironmentPicker(
  props: PickerProps<EnvironmentPickerValue, EnvironmentPickerUiOptions>,
) {
  const { formData, onChange, uiSchema, rawErrors, required, schema } = props;
  const api = useApi(releaseReadinessApiRef);
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const fixedSystem = stringOption(uiSchema?.['ui:options']?.system);
  const { system, systems, choose } = useSystemChoice(
    fixedSystem,
    formData?.system,
  );
  const environments = useAsyncRetry(
    async () => (system ? api.getEnvironments(system) : undefined),
    [api, system],
  );
  const invalid = (rawErrors?.length ?? 0) > 0;
  const title = schema.title ?? t('fields.environment.label');

  return (
    <Stack spacing={2} sx={{ mt: 1, mb: 1 }}>
      {!fixedSystem && (
        <SystemSelect
          systems={systems}
          system={system}
          required={required}
          disabled={props.disabled}
          onChange={chosen => {
            choose(chosen);
            onChange(undefined);
          }}
        />
      )}
      {system && (
        <LoadedField
          state={environments}
          errorTitle={t('fields.environment.loadError', { system })}
          empty={
            environments.value?.items.length === 0
              ? t('fields.environment.empty', { system })
              : undefined
          }
        >
          <TextField
            select
            fullWidth
            label={title}
            required={required}
            disabled={props.disabled}
            error={invalid}
            helperText={schema.description}
            value={
              formData?.system === system &&
              environments.value?.items.some(
                e => e.name === formData.environment,
              )
                ? formData.environment
                : ''
            }
            onChange={e => onChange({ system, environment: e.target.value })}
          >
            {(environments.value?.items ?? []).map(e => (
              <MenuItem key={e.name} value={e.name}>
                {e.title}
              </MenuItem>
            ))}
          </TextField>
        </LoadedField>
      )}
    </Stack>
  );
}
