import { githubError, TestAnswer } from './githubError';
import { isoSeconds } from '../rollback/isoSeconds';
import { paginate } from './paginate';
import type { TestRepository } from './TestRepository';
import type { GithubRecordedRequest } from './types';

const PATH = /^\/repos\/([^/]+)\/([^/]+)\/(releases|tags|commits\/(.+))$/;
const SHA = 'f3a9c2d81b7e4a6f90c1d2e3b4a5968778695a4b';

/**
 * The repository endpoints of the test server: `GET …/releases` and `GET …/tags` (paged, newest
 * first as given) and `GET …/commits/{ref}` (422 for a ref that does not exist, as GitHub
 * answers). Answers `undefined` for any other request.
 *
 * @param repo - the repository
 * @param req - the request
 */
export function contentRoute(
  repo: TestRepository,
  req: GithubRecordedRequest,
): TestAnswer | undefined {
  const m = PATH.exec(req.path);
  if (!m || req.method !== 'GET' || !repo.is(m[1], m[2])) {
    return undefined;
  }
  const releases = repo.options.releases ?? [];
  if (m[3] === 'releases') {
    const all = releases.map((r, i) => {
      const day = isoSeconds(
        new Date(Date.UTC(2026, 0, 1 + releases.length - i)),
      );
      return {
        id: 190_000_000 + (releases.length - i),
        tag_name: r.tag,
        target_commitish: 'main',
        name: r.name ?? r.tag,
        draft: r.draft ?? false,
        prerelease: r.prerelease ?? false,
        created_at: r.publishedAt ?? day,
        published_at: r.draft ? null : r.publishedAt ?? day,
        html_url: `https://github.com/${repo.name}/releases/tag/${r.tag}`,
        author: { login: 'release-bot', id: 4711, type: 'Bot' },
      };
    });
    const [items, headers] = paginate(all, req, repo.apiUrl);
    return [200, items, headers];
  }
  if (m[3] === 'tags') {
    const names = repo.options.tags ?? releases.map(r => r.tag);
    const all = names.map(name => ({
      name,
      commit: {
        sha: SHA,
        url: `${repo.apiUrl}/repos/${repo.name}/commits/${SHA}`,
      },
      zipball_url: `${repo.apiUrl}/repos/${repo.name}/zipball/refs/tags/${name}`,
      tarball_url: `${repo.apiUrl}/repos/${repo.name}/tarball/refs/tags/${name}`,
      node_id: `REF_${name}`,
    }));
    const [items, headers] = paginate(all, req, repo.apiUrl);
    return [200, items, headers];
  }
  const ref = m[4];
  if (!repo.refs().includes(ref)) {
    return githubError(
      422,
      `No commit found for SHA: ${ref}`,
      'commits/commits#get-a-commit',
    );
  }
  return [200, { sha: SHA, commit: { message: `head of ${ref}` } }];
}
