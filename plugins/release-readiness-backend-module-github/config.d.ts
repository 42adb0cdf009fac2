export interface Config {
  releaseReadiness?: {
    environments?: {
      [name: string]: {
        gates?: {
          /**
           * For `source: github`: check runs and commit statuses of a repository. Credentials come
           * from the `integrations.github` entry of `host` (a token or a GitHub App).
           */
          github?: {
            /** `owner/repository`, e.g. `servanda/servanda`. */
            repository: string;
            /** GitHub host, default `github.com`; must have an `integrations.github` entry. */
            host?: string;
            /**
             * The branch, tag or commit checked when a request names no `ref`, e.g. `main` for
             * dev or the release tag for stage. Default `main`.
             */
            ref?: string;
          };
        };
      };
    };
  };
}
