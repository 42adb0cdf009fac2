import { useApi } from '@backstage/frontend-plugin-api';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { releaseReadinessApiRef } from '../../api/ReleaseReadinessApi';
import type { BlockingItemPickerUiOptions } from './blockingItemPickerSchema';
import { fieldValueOf } from './fieldValueOf';
import { LoadedField } from './LoadedField';
import { formDataOfContext } from './formDataOfContext';
import { isDecisionRef } from './isDecisionRef';
import type { PickerProps } from './PickerProps';
import { stringOption } from './stringOption';
import { waivableItems } from './waivableItems';

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
    problem =
      'This template does not set ui:options.decisionField (the form field with the decision).';
  } else if (!decision) {
    problem = 'Choose the decision first.';
  }

  return (
    <LoadedField
      problem={problem}
      state={loaded}
      errorTitle="Could not load the decision"
      empty={
        items.length === 0
          ? 'Nothing to waive: the decision has no blocking items left.'
          : undefined
      }
    >
      <TextField
        select
        fullWidth
        sx={{ mt: 1, mb: 1 }}
        label={props.schema.title ?? 'Readiness item'}
        required={required}
        error={(rawErrors?.length ?? 0) > 0}
        value={items.some(i => i.item === formData) ? formData : ''}
        onChange={e => onChange(e.target.value)}
      >
        {items.map(item => (
          <MenuItem key={item.item} value={item.item}>
            <ListItemText
              primary={`${item.title} (${item.status})`}
              secondary={item.reason}
            />
          </MenuItem>
        ))}
      </TextField>
    </LoadedField>
  );
}
