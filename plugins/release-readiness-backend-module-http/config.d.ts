/** One probed URL of `gates.http.checks`; its name is the check name gates list. */
interface HttpGateCheckConfig {
  /**
   * The http(s) URL to probe, e.g. `https://servanda.example/health`. Never with credentials
   * (`user:password@`, or query parameters named like `token`, `key`, `secret`): the board shows
   * it. In a team's policy file its host must be in `releaseReadiness.http.allowedHosts`.
   */
  url: string;
  /** `GET` (default) or `HEAD` (no `json` then). Redirects are not followed. */
  method?: 'GET' | 'HEAD';
  /** The status the answer must have. Default 200. */
  expectStatus?: number;
  /** A field of the JSON answer (at most 64 KiB read) that must equal a value. */
  json?: {
    /** Dotted path, array indexes as digits, e.g. `status` or `checks.0.status`. */
    path: string;
    /** The value the field must have, compared strictly (`'ok'` is not `true`). */
    equals: string | number | boolean;
  };
  /**
   * The answer's status line and headers must arrive within this long, e.g. `PT0.5S` or `500`
   * (milliseconds); not longer than `timeout`. Default: no limit.
   */
  maxLatency?: string | number;
  /**
   * No answer within this long is a failed check, e.g. `PT2S` or `2000` (milliseconds).
   * Default 5 s, or 90 % of `releaseReadiness.collector.timeout` when that is shorter; must be
   * shorter than the collector's timeout.
   */
  timeout?: string | number;
  /**
   * A PEM file of CA certificates trusted for this check, in addition to Node's and
   * `releaseReadiness.http.caFile`. Not allowed in a team's policy file.
   */
  caFile?: string;
}

/** An environment's `gates` block for `source: http`. */
interface HttpGatesEnvironmentConfig {
  gates?: {
    /**
     * For `source: http`: health and readiness endpoints probed as gate checks, e.g.
     * `{ checks: { health-200: { url: https://servanda.example/health } } }`.
     */
    http?: {
      /** Check name (letters, digits, `.`, `-`, `_`) → what to probe; 1 to 20 checks. */
      checks: { [name: string]: HttpGateCheckConfig };
    };
  };
}

export interface Config {
  releaseReadiness?: {
    /** Platform settings of the `http` gate source (read at start-up). */
    http?: {
      /**
       * Hosts that team policy files may probe: `host` (only the scheme's default port, 80 or
       * 443) or `host:port`, e.g. `localhost:7011`, `status.servanda.example`. Default none: a
       * team file then cannot use the http gate source. The portal's own configuration may probe
       * any host.
       */
      allowedHosts?: string[];
      /**
       * A PEM file of CA certificates trusted by every probe, in addition to Node's. TLS is always
       * verified.
       */
      caFile?: string;
    };
    environments?: { [name: string]: HttpGatesEnvironmentConfig };
    systems?: {
      [system: string]: {
        environments?: { [name: string]: HttpGatesEnvironmentConfig };
      };
    };
  };
}
