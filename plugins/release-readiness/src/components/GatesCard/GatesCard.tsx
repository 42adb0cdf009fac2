import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReadinessItem } from '@release-readiness/plugin-release-readiness-common';
import { useState } from 'react';
import { useGateEligibility } from '../../hooks/useGateEligibility';
import { SafeLink, SourceLine, StatusChip } from '../shared';
import { GateChecksTable } from './GateChecksTable';
import { ManualResultDialog } from './ManualResultDialog';
import { useFormatters } from '../shared/useFormatters';

function RefLine(props: { gate: NonNullable<ReadinessItem['gate']> }) {
  const ref = props.gate.ref;
  const { t } = useFormatters();
  if (!ref) {
    return null;
  }
  const text = `${ref.name ?? ''}${ref.sha ? ` @ ${ref.sha.slice(0, 7)}` : ''}`;
  return (
    <Typography variant="caption" color="text.secondary">
      {t('environment.gates.checked')}
      <SafeLink to={ref.url}>{text}</SafeLink>
    </Typography>
  );
}

function Gate(props: {
  item: ReadinessItem;
  system: string;
  environment: string;
  onChanged(): void;
}) {
  const { item, system, environment, onChanged } = props;
  const [editing, setEditing] = useState<string>();
  const { t } = useFormatters();
  const gate = item.gate;
  const manual = gate?.source === 'manual';
  const eligibility = useGateEligibility(system, environment, item.id, manual);
  const allowed = eligibility.value?.allowed === true;
  let refusal: string | undefined;
  if (manual && !eligibility.loading && !allowed) {
    refusal = eligibility.error
      ? t('environment.gates.cannotTell', {
          message: eligibility.error.message,
        })
      : t('environment.gates.cannotSet', {
          reason:
            eligibility.value?.reason ?? t('environment.gates.unknownReason'),
        });
  }
  const reasonId = `gate-${item.id}-set-refusal`;
  return (
    <Stack spacing={1} component="section" aria-label={item.title}>
      <Stack direction="row" spacing={1} alignItems="center">
        <StatusChip status={item.status} />
        <Typography variant="subtitle1" component="h3">
          {item.title}
        </Typography>
        {gate && (
          <Typography
            variant="body2"
            aria-label={t('environment.gates.checksPassed')}
          >
            {t('environment.gates.passed', {
              passed: String(gate.passed),
              total: String(gate.total),
              required: String(gate.required),
            })}
          </Typography>
        )}
      </Stack>
      <Typography variant="body2">{item.reason}</Typography>
      {gate && <RefLine gate={gate} />}
      {item.evidence.length > 0 && (
        <GateChecksTable
          checks={item.evidence}
          onSet={manual ? setEditing : undefined}
          setDisabled={manual && !allowed}
          setDescribedBy={refusal ? reasonId : undefined}
        />
      )}
      {refusal && (
        <Typography variant="caption" color="text.secondary" id={reasonId}>
          {refusal}
        </Typography>
      )}
      <SourceLine source={item.source} />
      {editing && (
        <ManualResultDialog
          open
          system={system}
          environment={environment}
          gate={item.id}
          check={editing}
          release={gate?.ref?.name}
          onClose={saved => {
            setEditing(undefined);
            if (saved) {
              onChanged();
            }
          }}
        />
      )}
    </Stack>
  );
}

/**
 * The environment's gates: N/M checks passed per gate, each check with its state and link;
 * manual gates can be set from here by people whom the permission policy and the RACI allow
 * (others see the button disabled, with the reason).
 *
 * @public
 */
export function GatesCard(props: {
  system: string;
  environment: string;
  items: ReadinessItem[];
  onChanged(): void;
}) {
  const gates = props.items.filter(i => i.kind === 'gate');
  const { t } = useFormatters();
  return (
    <Card
      variant="outlined"
      component="section"
      aria-label={t('environment.gates.label')}
    >
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {t('environment.gates.title')}
        </Typography>
        {gates.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('environment.gates.none')}
          </Typography>
        ) : (
          <Stack spacing={2} divider={<Divider flexItem />}>
            {gates.map(item => (
              <Gate
                key={item.id}
                item={item}
                system={props.system}
                environment={props.environment}
                onChanged={props.onChanged}
              />
            ))}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
