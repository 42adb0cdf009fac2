import { LinkButton } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { templateLink } from '../shared/templateLink';
import { releaseReadinessTranslationRef } from '../../translations';

/**
 * "Request a decision": opens the scaffolder template "Request a go/no-go decision"
 * (`template:default/go-no-go-request`) prefilled with the system and, when chosen, the
 * environment (the template's `environment` field).
 *
 * @public
 */
export function RequestDecisionButton(props: {
  system: string;
  environment?: string;
}) {
  const { system, environment } = props;
  const { t } = useTranslationRef(releaseReadinessTranslationRef);
  return (
    <LinkButton
      variant="contained"
      to={templateLink('go-no-go-request', {
        environment: { system, ...(environment && { environment }) },
      })}
    >
      {t('decisions.history.request')}
    </LinkButton>
  );
}
