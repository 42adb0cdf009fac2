import { useApi } from '@backstage/frontend-plugin-api';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import type {
  EnvironmentPickerUiOptions,
  EnvironmentPickerValue,
} from './environmentPickerSchema';
import { FieldStatus } from './FieldStatus';
import type { PickerProps } from './PickerProps';
import { stringOption } from './stringOption';

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
  const fixedSystem = stringOption(uiSchema?.['ui:options']?.system);
  const [chosenSystem, setChosenSystem] = useState(formData?.system ?? '');
  const system = fixedSystem ?? chosenSystem;
  const systems = useAsyncRetry(
    async () => (fixedSystem ? undefined : api.getSystems()),
    [api, fixedSystem],
  );
  const environments = useAsyncRetry(
    async () => (system ? api.getEnvironments(system) : undefined),
    [api, system],
  );
  const invalid = (rawErrors?.length ?? 0) > 0;
  const title = schema.title ?? 'Environment';

  return (
    <Stack spacing={2} sx={{ mt: 1, mb: 1 }}>
      {!fixedSystem && (
        <FieldStatus
          loading={systems.loading || (!systems.error && !systems.value)}
          error={systems.error}
          errorTitle="Could not load the systems"
          onRetry={systems.retry}
          empty={
            systems.value?.items.length === 0
              ? 'No systems have a release policy yet.'
              : undefined
          }
        >
          <TextField
            select
            fullWidth
            label="System"
            required={required}
            disabled={props.disabled}
            value={
              systems.value?.items.some(s => s.name === system) ? system : ''
            }
            onChange={e => {
              setChosenSystem(e.target.value);
              onChange(undefined);
            }}
          >
            {(systems.value?.items ?? []).map(s => (
              <MenuItem key={s.name} value={s.name}>
                {s.title}
              </MenuItem>
            ))}
          </TextField>
        </FieldStatus>
      )}
      {system && (
        <FieldStatus
          loading={
            environments.loading || (!environments.error && !environments.value)
          }
          error={environments.error}
          errorTitle={`Could not load the environments of ${system}`}
          onRetry={environments.retry}
          empty={
            environments.value?.items.length === 0
              ? `${system} has no environments (its release policy has not been read).`
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
        </FieldStatus>
      )}
    </Stack>
  );
}
