import { useTranslationRef } from '@backstage/frontend-plugin-api';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { AsyncStateRetry } from 'react-use/esm/useAsyncRetry';
import type { ReleaseReadinessApi } from '../../api/ReleaseReadinessApi';
import { releaseReadinessTranslationRef } from '../../translations/releaseReadinessTranslationRef';
import { LoadedField } from './LoadedField';

/**
 * The "System" select of a field that lets the user choose the system (`GET /systems`): loading,
 * failed with Retry, or "No systems have a release policy yet."; shows the systems by title,
 * `system` selected when it is one of them.
 */
export function SystemSelect(props: {
  /** The systems, as `useAsyncRetry` loads them. */
  systems: AsyncStateRetry<
    Awaited<ReturnType<ReleaseReadinessApi['getSystems']>> | undefined
  >;
  /** The chosen system's name ('' for none). */
  system: string;
  required?: boolean;
  disabled?: boolean;
  /** Another system was chosen. */
  onChange: (system: string) => void;
}) {
  const { systems, system, required, disabled, onChange } = props;
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  return (
    <LoadedField
      state={systems}
      errorTitle={t('fields.system.loadError')}
      empty={
        systems.value?.items.length === 0 ? t('fields.system.empty') : undefined
      }
    >
      <TextField
        select
        fullWidth
        label={t('fields.system.label')}
        required={required}
        disabled={disabled}
        value={systems.value?.items.some(s => s.name === system) ? system : ''}
        onChange={e => onChange(e.target.value)}
      >
        {(systems.value?.items ?? []).map(s => (
          <MenuItem key={s.name} value={s.name}>
            {s.title}
          </MenuItem>
        ))}
      </TextField>
    </LoadedField>
  );
}
