import type { V1Job } from '@kubernetes/client-node';
import { RawObject } from './RawObject';
import { trimConditions } from './trimConditions';
import { trimMetadata } from './trimMetadata';

/** The part of a raw Job the board uses: its metadata (owner) and outcome; no spec. */
export function trimJob(raw: RawObject): V1Job {
  const status = raw.object('status');
  return {
    metadata: trimMetadata(raw.object('metadata')),
    status: status && {
      conditions: trimConditions(status),
      startTime: status.date('startTime'),
      completionTime: status.date('completionTime'),
    },
  };
}
