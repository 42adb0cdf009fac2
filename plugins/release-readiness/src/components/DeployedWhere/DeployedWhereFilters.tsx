import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useFormatters } from '../shared/useFormatters';

/** The search box (by workload name) and the "only what needs attention" switch. */
export function DeployedWhereFilters(props: {
  search: string;
  onSearch: (value: string) => void;
  attention: boolean;
  onAttention: (value: boolean) => void;
}) {
  const { search, onSearch, attention, onAttention } = props;
  const { t } = useFormatters();
  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      spacing={2}
      alignItems={{ sm: 'center' }}
    >
      <TextField
        size="small"
        type="search"
        label={t('environment.deployed.searchLabel')}
        value={search}
        onChange={event => onSearch(event.target.value)}
        inputProps={{ maxLength: 253 }}
      />
      <FormControlLabel
        control={
          <Switch
            checked={attention}
            onChange={event => onAttention(event.target.checked)}
          />
        }
        label={t('environment.deployed.attentionOnly')}
      />
    </Stack>
  );
}
