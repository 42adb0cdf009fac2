import Typography from '@mui/material/Typography';
import type { SourceInfo } from '@release-readiness/plugin-release-readiness-common';
import { SourceLine } from './SourceLine';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { releaseReadinessTranslationRef } from '../../translations';

/**
 * For a view over several environments: each environment whose source is stale or unavailable,
 * with its title and the reason (nothing for sources that are ok).
 *
 * @public
 */
export function EnvironmentSourceIssues(props: {
  environments: { name: string; title: string; source: SourceInfo }[];
}) {
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  return (
    <>
      {props.environments
        .filter(e => e.source.status !== 'ok')
        .map(e => (
          <div
            key={e.name}
            aria-label={t('board.source.ofEnvironment', { title: e.title })}
          >
            <Typography variant="subtitle2">{e.title}</Typography>
            <SourceLine source={e.source} />
          </div>
        ))}
    </>
  );
}
