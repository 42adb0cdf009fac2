import { matchLabelSelector } from '../labels/matchLabelSelector';
import { ObjectStore } from '../store/ObjectStore';
import { paginate } from '../store/paginate';
import { ResourcePath } from '../store/parseResourcePath';
import { findResourceType } from '../store/findResourceType';

/**
 * The JSON body of a LIST answer as the API server writes it: `<Kind>List` with the store's
 * resource version, the objects of that type (and namespace) that the `labelSelector` selects,
 * paged by `limit` and `continue`, and list items without `apiVersion` and `kind` (custom
 * resources, e.g. Velero's, keep them). A resource the server does not know gives an empty
 * `List`.
 *
 * @throws `Error` for a label selector the API server would reject
 */
export function renderList(
  path: ResourcePath,
  params: URLSearchParams,
  store: ObjectStore,
): string {
  const { apiVersion, namespace, resource } = path;
  const type = findResourceType(apiVersion, resource);
  const matches = matchLabelSelector(params.get('labelSelector') ?? undefined);
  const all = type
    ? store.list({ apiVersion, kind: type.kind, namespace, matches })
    : [];
  const page = paginate(all, params.get('limit'), params.get('continue'));
  // A real API server leaves apiVersion and kind out of the items of built-in types; custom
  // objects are served as stored, with both.
  const items = type?.custom
    ? page.items
    : page.items.map(({ apiVersion: _a, kind: _k, ...rest }) => rest);
  return JSON.stringify({
    kind: type ? `${type.kind}List` : 'List',
    apiVersion,
    metadata: {
      resourceVersion: String(store.resourceVersion),
      ...page.next,
    },
    items,
  });
}
