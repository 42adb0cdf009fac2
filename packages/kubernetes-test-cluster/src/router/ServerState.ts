import { WorkloadControllers } from '../controllers/WorkloadControllers';
import { ListCache } from '../store/ListCache';
import { ObjectStore } from '../store/ObjectStore';
import { WatchOptions } from '../watch/WatchOptions';

/**
 * What the routes of one test server share: its objects, its rendered LIST bodies and the
 * controllers that act on committed writes.
 */
export interface ServerState {
  store: ObjectStore;
  listCache: ListCache;
  controllers: WorkloadControllers;
  watch: WatchOptions;
}
