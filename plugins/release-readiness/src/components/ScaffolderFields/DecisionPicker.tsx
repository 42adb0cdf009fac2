import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { releaseReadinessTranslationRef } from '../../translations/releaseReadinessTranslationRef';
import { decisionStatusKey } from './decisionStatusKey';
import type {
  DecisionPickerUiOptions,
  DecisionPickerValue,
} from './decisionPickerSchema';
import { FieldStatus } from './FieldStatus';
import { LoadedField } from './LoadedField';
import type { PickerProps } from './PickerProps';
import { DECISION_STATUSES, statusesOption } from './statusesOption';
import { stringOption } from './stringOption';
import { SystemSelect } from './SystemSelect';
import { useSystemChoice } from './useSystemChoice';

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
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const options = uiSchema?.['ui:options'];
  const fixedSystem = stringOption(options?.system);
  const wanted = statusesOption(options?.status);
  const statuses = 'statuses' in wanted ? wanted.statuses : [];
  const statusKey = statuses.join(',');
  const { system, systems, choose } = useSystemChoice(
    fixedSystem,
    formData?.system,
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
      problem={
        'invalid' in wanted
          ? t('fields.validation.statusOption', {
              statuses: DECISION_STATUSES.join(', '),
            })
          : undefined
      }
      errorTitle=""
    >
      <Stack spacing={2} sx={{ mt: 1, mb: 1 }}>
        {!fixedSystem && (
          <SystemSelect
            systems={systems}
            system={system}
            required={required}
            onChange={chosen => {
              choose(chosen);
              onChange(undefined);
            }}
          />
        )}
        {system && (
          <LoadedField
            state={decisions}
            errorTitle={t('fields.decision.loadError', { system })}
            empty={
              items.length === 0
                ? t('fields.decision.empty', {
                    system,
                    statuses: statuses
                      .map(s => t(decisionStatusKey[s]))
                      .join(` ${t('fields.common.or')} `),
                  })
                : undefined
            }
          >
            <TextField
              select
              fullWidth
              label={schema.title ?? t('fields.decision.label')}
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
                    secondary={t('fields.decision.requestedBy', {
                      status: t(decisionStatusKey[state.status]),
                      requester: decision.requester,
                    })}
                  />
                </MenuItem>
              ))}
            </TextField>
          </LoadedField>
        )}
      </Stack>
    </FieldStatus>
  );
}
