import {
  VersionMatcher,
  type Workload,
} from '@release-readiness/plugin-release-readiness-common';
import type { Octokit } from '@octokit/rest';
import { compareVersions } from './compareVersions';
import type { GithubVersionsSource } from './GithubActionsConfig';
import { isPrereleaseVersion } from './isPrereleaseVersion';
import type { VersionRevision } from './VersionRevision';

/** At most this many releases or tags are read (10 pages of 100). */
export const MAX_VERSIONS = 1000;

const matcher = new VersionMatcher();

/** A release or tag as listed, before ordering. */
interface Listed {
  tag: string;
  prerelease: boolean;
  createdAt?: string;
  object: string;
}

/**
 * The versions of a repository as revisions, newest first: its releases (drafts left out) or its
 * tags, each with the version its tag carries by the default version patterns (`v1.8.0` →
 * `1.8.0`; tags with no version are left out, a version listed twice is kept once).
 *
 * @remarks
 * Ordered by semantic-version precedence (a hotfix `1.7.3` published after `1.8.0` comes below
 * it), versions that are not semantic versions after them in GitHub's order. Revision numbers
 * count from the oldest listed (1) up, so a new release gets the next number; `current` marks the
 * version the workload runs. Reads at most {@link MAX_VERSIONS} releases or tags.
 *
 * @param options - the client, the repository, where versions come from, the workload and the
 *   abort signal
 */
export async function listVersionRevisions(options: {
  octokit: Octokit;
  owner: string;
  repo: string;
  versions: GithubVersionsSource;
  target: Workload;
  signal: AbortSignal;
}): Promise<VersionRevision[]> {
  const { octokit, owner, repo, signal } = options;
  const base = { owner, repo, per_page: 100, request: { signal } };
  let read = 0;
  const listed: Listed[] =
    options.versions === 'releases'
      ? await octokit.paginate(
          octokit.rest.repos.listReleases,
          base,
          (response, done) => {
            read += response.data.length;
            if (read >= MAX_VERSIONS) {
              done();
            }
            return response.data
              .filter(r => !r.draft)
              .map(r => ({
                tag: r.tag_name,
                prerelease: r.prerelease,
                createdAt: r.published_at ?? r.created_at,
                object: `release ${r.tag_name}`,
              }));
          },
        )
      : await octokit.paginate(
          octokit.rest.repos.listTags,
          base,
          (response, done) => {
            read += response.data.length;
            if (read >= MAX_VERSIONS) {
              done();
            }
            return response.data.map(t => ({
              tag: t.name,
              prerelease: false,
              object: `tag ${t.name}`,
            }));
          },
        );
  const seen = new Set<string>();
  const versioned: (Listed & { version: string })[] = [];
  for (const item of listed) {
    const version = matcher.versionOf(item.tag);
    if (version && !seen.has(version)) {
      seen.add(version);
      versioned.push({ ...item, version });
    }
  }
  versioned.sort((a, b) => {
    const order = compareVersions(b.version, a.version);
    if (order !== undefined) {
      return order;
    }
    // not both semantic versions: semantic ones first, the others in GitHub's order
    const semantic = (v: string) => compareVersions(v, v) !== undefined;
    return Number(semantic(b.version)) - Number(semantic(a.version));
  });
  const { target } = options;
  return versioned.map((item, index) => {
    const current = item.version === target.version;
    return {
      tag: item.tag,
      prerelease: item.prerelease || isPrereleaseVersion(item.version),
      revision: {
        revision: versioned.length - index,
        current,
        version: item.version,
        images: current
          ? target.images.map(i => ({ container: i.container, image: i.image }))
          : [],
        ...(item.createdAt && { createdAt: item.createdAt }),
        object: item.object,
      },
    };
  });
}
