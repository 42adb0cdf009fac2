import {
  DECISION_PEOPLE,
  DECISION_RACI,
  DENIZ,
  GUEST,
  JONAS,
  LENA,
  MARA,
  PAULA,
  SVEN,
} from '../../decisions/__testUtils__/decisionPeople';

export { DECISION_PEOPLE as ROLLBACK_PEOPLE };
export { DENIZ, GUEST, JONAS, LENA, MARA, PAULA, SVEN };

/**
 * The handbooks' RACI with "trigger rollback" added: On-Call (R: Mara Schulz, Deniz Yilmaz),
 * Product Owner (A: Jonas Weber), Release Captain (C: Lena Kraus), Stakeholders (I: Sven
 * Becker); go/no-go as in the decision tests (Support, Paula Roth, is Informed of that only).
 */
export const ROLLBACK_RACI = {
  roles: DECISION_RACI.roles,
  activities: {
    ...DECISION_RACI.activities,
    rollback: {
      title: 'Trigger rollback',
      responsible: ['on-call'],
      accountable: ['product-owner'],
      consulted: ['release-captain'],
      informed: ['stakeholders'],
    },
  },
};
