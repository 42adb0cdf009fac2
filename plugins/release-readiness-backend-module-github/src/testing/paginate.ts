import type { GithubRecordedRequest } from './types';

/**
 * One page of a list as GitHub pages it (`per_page` default 30, at most 100; `page` from 1) and
 * the `link` header with `next`, `last`, `first` and `prev`.
 *
 * @param items - the whole list
 * @param req - the request (its `per_page` and `page`)
 * @param baseUrl - the server's URL, for the links
 */
export function paginate<T>(
  items: T[],
  req: GithubRecordedRequest,
  baseUrl: string,
): [T[], Record<string, string>] {
  const perPage = Math.min(Number(req.query.get('per_page') ?? 30) || 30, 100);
  const page = Math.max(Number(req.query.get('page') ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (p: number, rel: string) => {
    const q = new URLSearchParams(req.query);
    q.set('per_page', String(perPage));
    q.set('page', String(p));
    return `<${baseUrl}${req.path}?${q}>; rel="${rel}"`;
  };
  const links = [
    ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
    ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : []),
  ];
  return [
    items.slice((page - 1) * perPage, page * perPage),
    links.length > 0 ? { link: links.join(', ') } : {},
  ];
}
