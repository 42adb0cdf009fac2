import type { SourceInfo } from '../sources';

/**
 * A person resolved from the software catalog (a `User` entity).
 *
 * @public
 */
export interface Person {
  /** Full, lower-case entity ref, e.g. `user:default/lena.kraus`. */
  entityRef: string;
  /** `spec.profile.displayName`, else `metadata.title`, else `metadata.name`. */
  displayName: string;
  /** `spec.profile.email`, when set. */
  email?: string;
  /** `spec.profile.picture` (an image URL), when set. */
  picture?: string;
}

/**
 * The four RACI letters: who does the work, who answers for it, who is asked and who is told.
 *
 * @public
 */
export type RaciLetter =
  | 'responsible'
  | 'accountable'
  | 'consulted'
  | 'informed';

/**
 * The RACI letters in matrix order.
 *
 * @public
 */
export const RACI_LETTERS: readonly RaciLetter[] = [
  'responsible',
  'accountable',
  'consulted',
  'informed',
];

/**
 * A person in one RACI cell, with the configured roles that put them there.
 *
 * @public
 */
export interface RaciPerson extends Person {
  /** Role ids (e.g. `release-captain`) through which the person holds this letter. */
  roles: string[];
}

/**
 * A configured role (e.g. "Release Captain") and the people it resolves to in one environment.
 *
 * @public
 */
export interface RaciRoleSummary {
  /** The role's key in the configuration, e.g. `release-captain`. */
  id: string;
  /** Display title, e.g. `Release Captain`. */
  title: string;
  /** The configured catalog entities (users or groups), as full entity refs. */
  members: string[];
  /** The people the members resolve to (groups expanded to their users). */
  people: Person[];
}

/**
 * One row of the RACI matrix: an activity and its people per letter.
 *
 * @public
 */
export interface RaciActivity {
  /** The activity's key in the configuration, e.g. `go-no-go`. */
  activity: string;
  /** Display title, e.g. `Go/no-go decision`. */
  title: string;
  /** The configured role ids per letter. */
  roles: Record<RaciLetter, string[]>;
  responsible: RaciPerson[];
  accountable: RaciPerson[];
  consulted: RaciPerson[];
  informed: RaciPerson[];
}

/**
 * Machine-readable kind of a {@link PeopleFinding}.
 *
 * - `ROLE_UNRESOLVED`: a role used by an activity resolves to nobody.
 * - `ENTITY_NOT_FOUND`: a configured user or group is not in the catalog.
 * - `GROUP_EMPTY`: a configured group has no member users (also through its sub-groups).
 * - `PERSON_NOT_IN_CATALOG`: an on-call person has no matching catalog user.
 *
 * @public
 */
export type PeopleFindingCode =
  | 'ROLE_UNRESOLVED'
  | 'ENTITY_NOT_FOUND'
  | 'GROUP_EMPTY'
  | 'PERSON_NOT_IN_CATALOG';

/**
 * Something wrong with the people configuration that the board must show.
 *
 * @public
 */
export interface PeopleFinding {
  /** `error` when an activity has no responsible or accountable person; otherwise `warning`. */
  severity: 'error' | 'warning';
  code: PeopleFindingCode;
  /** A sentence for people, e.g. "Role 'QA' resolves to nobody". */
  message: string;
  /** The role concerned, if any. */
  role?: string;
  /** The entity concerned, if any. */
  entityRef?: string;
  /** The activities concerned, if any. */
  activities?: string[];
}

/**
 * Response of `GET /api/release-readiness/environments/:env/raci`.
 *
 * @remarks
 * When the catalog cannot be read, `source.status` is `unavailable` and every cell is empty: the
 * roles are still listed, but nobody is shown as holding them.
 *
 * @public
 */
export interface RaciResponse {
  /** The environment this matrix is for. */
  environment: string;
  /** The matrix rows in configuration order. */
  activities: RaciActivity[];
  /** Every configured role with its people in this environment. */
  roles: RaciRoleSummary[];
  findings: PeopleFinding[];
  /** The catalog read that produced the people, with its "as of" time. */
  source: SourceInfo;
}
