/**
 * Who is Responsible, Accountable, Consulted and Informed for each activity. Roles map to
 * catalog users and groups (a group stands for its member users, sub-groups included);
 * activities map each RACI letter to roles. Environments may give a role other members
 * (`environments.<env>.raci`). A role that resolves to nobody is shown as a finding.
 */
export interface ReleaseReadinessRaciConfig {
  /** The roles, keyed by id (lower-case letters, digits, dashes), e.g. `release-captain`. */
  roles: {
    [roleId: string]: {
      /** Display title, e.g. `Release Captain`. Default: the id in title case. */
      title?: string;
      /**
       * Catalog entity refs of users or groups, e.g. `group:default/servanda-release-captains`
       * or `user:lena.kraus`. The kind (`user:` or `group:`) is required.
       */
      members: string[];
    };
  };
  /** The activities, keyed by id, e.g. `go-no-go`, in the order the matrix shows them. */
  activities: {
    [activityId: string]: {
      /** Display title, e.g. `Go/no-go decision`. */
      title: string;
      /** Role ids that do the work; at least one. */
      responsible: string[];
      /** Role ids that answer for it; at least one. */
      accountable: string[];
      /** Role ids that are asked before. */
      consulted?: string[];
      /** Role ids that are told after. */
      informed?: string[];
    };
  };
}

/** The built-in on-call source: rotations kept in configuration. */
export interface ReleaseReadinessOnCallConfig {
  /**
   * The rotation (a name under `rotations`) of every environment that configures no on-call
   * source of its own (`environments.<env>.onCall`).
   */
  defaultRotation?: string;
  /**
   * Weekly rotations, keyed by name. An environment uses one with
   * `environments.<env>.onCall.rotation: <name>`. Week `k` after the start has primary
   * `primaries[k mod n]` and backup `backups[k mod m]`.
   */
  rotations?: {
    [name: string]: {
      /** The weekly handover; the rota's weeks run from one handover to the next. */
      handover: {
        /** `monday` … `sunday`. */
        weekday: string;
        /** Local time of the handover, `HH:mm` (24 h). */
        time: string;
        /** IANA time zone of that local time, e.g. `Europe/Berlin` (DST is followed). */
        timeZone: string;
      };
      /**
       * Date the rotation begins, `'YYYY-MM-DD'` (quoted). The first shift starts at the first
       * handover on or after it.
       */
      start: string;
      /** Catalog user refs in rotation order; `null` (`~`) leaves that week without primary. */
      primaries: (string | null)[];
      /** Catalog user refs in rotation order; `null` (`~`) leaves that week without backup. */
      backups: (string | null)[];
    };
  };
}
