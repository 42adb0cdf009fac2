import type { WorkloadRevision } from '@release-readiness/plugin-release-readiness-common';
import { formatTime } from '../../format';

/** A revision as the picker lists it: its title line and its details line. */
export function describeRevision(revision: WorkloadRevision): {
  primary: string;
  secondary: string;
} {
  const images = revision.images.map(i => i.image).join(', ');
  const details = [
    images || 'no images',
    revision.createdAt && `created ${formatTime(revision.createdAt)}`,
    revision.changeCause && `change cause: ${revision.changeCause}`,
  ].filter(Boolean);
  return {
    primary: `${revision.revision} — ${revision.version ?? 'no version'}${
      revision.current ? ' (current)' : ''
    }`,
    secondary: details.join(' · '),
  };
}
