import type { WorkloadRevision } from '@release-readiness/plugin-release-readiness-common';
import { formatTime } from '../../format';
import type { ReleaseReadinessTranslate } from '../../translations';

/** A revision as the picker lists it: its title line and its details line, in `language`. */
export function describeRevision(
  revision: WorkloadRevision,
  t: ReleaseReadinessTranslate,
  language: string,
): {
  primary: string;
  secondary: string;
} {
  const images = revision.images.map(i => i.image).join(', ');
  const details = [
    images || t('fields.revision.noImages'),
    revision.createdAt &&
      t('fields.revision.created', {
        time: formatTime(revision.createdAt, undefined, language),
      }),
    revision.changeCause &&
      t('fields.revision.changeCause', { cause: revision.changeCause }),
  ].filter(Boolean);
  const title = {
    revision: String(revision.revision),
    version: revision.version ?? t('fields.common.noVersion'),
  };
  return {
    primary: revision.current
      ? t('fields.revision.current', title)
      : t('fields.revision.option', title),
    secondary: details.join(' · '),
  };
}
