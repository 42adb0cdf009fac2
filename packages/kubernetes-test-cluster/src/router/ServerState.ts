import { ListCache } from '../store/ListCache';
import { ObjectStore } from '../store/ObjectStore';

/** What the routes of one test server share: its objects and its rendered LIST bodies. */
export interface ServerState {
  store: ObjectStore;
  listCache: ListCache;
}
