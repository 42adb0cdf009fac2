import type { V1ContainerStatus, V1Pod } from '@kubernetes/client-node';
import { RawObject } from './RawObject';
import { trimMetadata } from './trimMetadata';

function containerStatus(raw: RawObject): V1ContainerStatus {
  return {
    name: raw.string('name') ?? '',
    image: raw.string('image') ?? '',
    imageID: raw.string('imageID') ?? '',
    ready: raw.boolean('ready') ?? false,
    restartCount: raw.number('restartCount') ?? 0,
  };
}

/** The part of a raw Pod the board uses: its metadata (owner) and its containers' restarts. */
export function trimPod(raw: RawObject): V1Pod {
  const status = raw.object('status');
  return {
    metadata: trimMetadata(raw.object('metadata')),
    status: status && {
      containerStatuses: status
        .objects('containerStatuses')
        ?.map(containerStatus),
      initContainerStatuses: status
        .objects('initContainerStatuses')
        ?.map(containerStatus),
    },
  };
}
