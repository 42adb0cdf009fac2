import type { DecisionPolicy } from './types';

/**
 * The go/no-go policy of an environment whose policy has no `decisions` block: a go needs the
 * Release Captain (Responsible of `go-no-go`) and the Product Owner (Accountable of `go-no-go`);
 * the Responsible, Accountable and Consulted may vote; the Accountable waives; the Responsible
 * and Accountable request; four-eyes on; a request expires after 24 hours; the Informed of
 * `go-no-go` hear the outcome.
 *
 * @remarks
 * Shared by every caller: copy it before changing anything (`{ ...DEFAULT_DECISION_POLICY }`).
 *
 * @public
 */
export const DEFAULT_DECISION_POLICY: DecisionPolicy = {
  approvals: [
    {
      id: 'release-captain',
      title: 'Release Captain',
      who: { activity: 'go-no-go', as: ['responsible'] },
    },
    {
      id: 'product-owner',
      title: 'Product Owner',
      who: { activity: 'go-no-go', as: ['accountable'] },
    },
  ],
  voters: {
    activity: 'go-no-go',
    as: ['responsible', 'accountable', 'consulted'],
  },
  waivers: { activity: 'go-no-go', as: ['accountable'] },
  requesters: { activity: 'go-no-go', as: ['responsible', 'accountable'] },
  fourEyes: true,
  expiresAfter: 'PT24H',
  informActivity: 'go-no-go',
};
