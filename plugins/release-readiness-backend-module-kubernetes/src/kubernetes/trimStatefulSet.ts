import type { V1StatefulSet } from '@kubernetes/client-node';
import { RawObject } from './RawObject';
import { trimMetadata } from './trimMetadata';
import { trimPodTemplate } from './trimPodTemplate';
import { trimSelector } from './trimSelector';

/** The part of a raw StatefulSet the board uses (replicas, update strategy, template, status). */
export function trimStatefulSet(raw: RawObject): V1StatefulSet {
  const spec = raw.object('spec');
  const status = raw.object('status');
  const strategy = spec?.object('updateStrategy');
  const rollingUpdate = strategy?.object('rollingUpdate');
  return {
    metadata: trimMetadata(raw.object('metadata')),
    spec: spec && {
      replicas: spec.number('replicas'),
      selector: trimSelector(spec.object('selector')),
      template: trimPodTemplate(spec.object('template')),
      updateStrategy: strategy && {
        type: strategy.string('type'),
        rollingUpdate: rollingUpdate && {
          partition: rollingUpdate.number('partition'),
        },
      },
    },
    status: status && {
      replicas: status.number('replicas') ?? 0,
      observedGeneration: status.number('observedGeneration'),
      readyReplicas: status.number('readyReplicas'),
      availableReplicas: status.number('availableReplicas'),
      updatedReplicas: status.number('updatedReplicas'),
      currentReplicas: status.number('currentReplicas'),
      currentRevision: status.string('currentRevision'),
      updateRevision: status.string('updateRevision'),
    },
  };
}
