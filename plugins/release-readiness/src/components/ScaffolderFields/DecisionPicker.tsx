import { useApi } from '@backstage/frontend-plugin-api';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import type {
  DecisionPickerUiOptions,
  DecisionPickerValue,
} from './decisionPickerSchema';
import { FieldStatus } from './FieldStatus';
import type { PickerProps } from './PickerProps';
import { statusesOption } from './statusesOption';
import { stringOption } from './stringOption';

/**
 * `ReleaseReadinessDecisionPicker`: a system (unless `ui:options.system` fixes it) and one of its
 * decisions with the statuses of `ui:options.status` (default `open`; `GET
 * /systems/:system/decisions?status=`), shown as `<environment> <version> — <reason>`, stored
 * as `{ system, decisionId }`.
 */
export function DecisionPicker(
  props: PickerProps<DecisionPickerValue, DecisionPickerUiOptions>,
) {
  const { formData, onChange, uiSchema, rawErrors, required, schema } = props;
  const api = useApi(releaseReadinessApiRef);
  const options = uiSchema?.['ui:options'];
  const fixedSystem = stringOption(options?.system);
  const wanted = statusesOption(options?.status);
  const statuses = 'statuses' in wanted ? wanted.statuses : [];
  const statusKey = statuses.join(',');
  const [chosenSystem, setChosenSystem] = useState(formData?.system ?? '');
  const system = fixedSystem ?? chosenSystem;
  const systems = useAsyncRetry(
    async () => (fixedSystem ? undefined : api.getSystems()),
    [api, fixedSystem],
  );
  const decisions = useAsyncRetry(async () => {
    if (!system || !statusKey) {
      return undefined;
    }
    const lists = await Promise.all(
      statuses.map(status => api.listDecisions(system, { status })),
    );
    return lists
      .flatMap(list => list.items)
      .sort((a, b) =>
        b.decision.requestedAt.localeCompare(a.decision.requestedAt),
      );
  }, [api, system, statusKey]);
  const items = decisions.value ?? [];

  return (
    <FieldStatus
      problem={'problem' in wanted ? wanted.problem : undefined}
      errorTitle=""
    >
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
              decisions.loading || (!decisions.error && !decisions.value)
            }
            error={decisions.error}
            errorTitle={`Could not load the decisions of ${system}`}
            onRetry={decisions.retry}
            empty={
              items.length === 0
                ? `${system} has no ${statuses.join(' or ')} decisions.`
                : undefined
            }
          >
            <TextField
              select
              fullWidth
              label={schema.title ?? 'Decision'}
              required={required}
              error={(rawErrors?.length ?? 0) > 0}
              helperText={schema.description}
              value={
                formData?.system === system &&
                items.some(i => i.decision.id === formData.decisionId)
                  ? formData.decisionId
                  : ''
              }
              onChange={e => onChange({ system, decisionId: e.target.value })}
            >
              {items.map(({ decision, state }) => (
                <MenuItem key={decision.id} value={decision.id}>
                  <ListItemText
                    primary={`${decision.environment} ${decision.version} — ${state.reason}`}
                    secondary={`${state.status}, requested by ${decision.requester}`}
                  />
                </MenuItem>
              ))}
            </TextField>
          </FieldStatus>
        )}
      </Stack>
    </FieldStatus>
  );
}
