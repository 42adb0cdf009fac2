import { LinkButton } from '@backstage/core-components';
import { templateLink } from '../shared/templateLink';

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
  return (
    <LinkButton
      variant="contained"
      to={templateLink('go-no-go-request', {
        environment: { system, ...(environment && { environment }) },
      })}
    >
      Request a decision
    </LinkButton>
  );
}
