import Chip from '@mui/material/Chip';
import type { EnvironmentTarget } from '@release-readiness/plugin-release-readiness-common';

/**
 * The "air-gapped" mark of an environment the portal cannot reach (its workloads come from an
 * offline snapshot); nothing otherwise.
 *
 * @public
 */
export function AirGappedChip(props: { target?: EnvironmentTarget }) {
  if (!props.target?.offline) {
    return null;
  }
  return <Chip size="small" color="info" label="air-gapped" />;
}
