import type { V1ReplicaSet } from '@kubernetes/client-node';
import { RawObject } from './RawObject';
import { trimMetadata } from './trimMetadata';

/** The part of a raw ReplicaSet the board uses: its metadata (owner and uid) only. */
export function trimReplicaSet(raw: RawObject): V1ReplicaSet {
  return { metadata: trimMetadata(raw.object('metadata')) };
}
