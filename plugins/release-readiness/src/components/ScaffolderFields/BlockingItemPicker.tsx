import { useApi, useTranslationRef } from '@backstage/frontend-plugin-api';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import { releaseReadinessTranslationRef } from '../../translations/releaseReadinessTranslationRef';
import type { BlockingItemPickerUiOptions } from './blockingItemPickerSchema';
import { fieldValueOf } from './fieldValueOf';
import { LoadedField } from './LoadedField';
import { formDataOfContext } from './formDataOfContext';
import { isDecisionRef } from './isDecisionRef';
import type { PickerProps } from './PickerProps';
import { stringOption } from './stringOption';
import { waivableItems } from './waivableItems';

/** The message of each status a blocking item can have. */
const ITEM_STATUS = {
  fail: 'fields.itemStatus.fail',
  unknown: 'fields.itemStatus.unknown',
} as const;

/**
 * `ReleaseReadinessBlockingItemPicker`: one of the decision's blocking items not yet waived
 * (`GET /systems/:system/decisions/:id`), shown by title and status, stored as its id.
 */
export function BlockingItemPicker(
  props: PickerProps<string, BlockingItemPickerUiOptions>,
) {
  const { formData, onChange, uiSchema, formContext, rawErrors, required } =
    props;
  const api = useApi(releaseReadinessApiRef);
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  const decisionField = stringOption(uiSchema?.['ui:options']?.decisionField);
  const ref = fieldValueOf(formDataOfContext(formContext), decisionField);
  const decision = isDecisionRef(ref) ? ref : undefined;
  const loaded = useAsyncRetry(
    async () =>
      decision
        ? api.getDecision(decision.system, decision.decisionId)
        : undefined,
    [api, decision?.system, decision?.decisionId],
  );
  const items = loaded.value ? waivableItems(loaded.value.state) : [];
  let problem: string | undefined;
  if (!decisionField) {
    problem = t('fields.problem.decisionFieldMissing');
  } else if (!decision) {
    problem = t('fields.problem.chooseDecision');
  }

  return (
    <LoadedField
      problem={problem}
      state={loaded}
      errorTitle={t('fields.item.loadError')}
      empty={items.length === 0 ? t('fields.item.empty') : undefined}
    >
      <TextField
        select
        fullWidth
        sx={{ mt: 1, mb: 1 }}
        label={props.schema.title ?? t('fields.item.label')}
        required={required}
        error={(rawErrors?.length ?? 0) > 0}
        value={items.some(i => i.item === formData) ? formData : ''}
        onChange={e => onChange(e.target.value)}
      >
        {items.map(item => (
          <MenuItem key={item.item} value={item.item}>
            <ListItemText
              primary={t('fields.item.option', {
                title: item.title,
                status: t(ITEM_STATUS[item.status]),
              })}
              secondary={item.reason}
            />
          </MenuItem>
        ))}
      </TextField>
    </LoadedField>
  );
}
