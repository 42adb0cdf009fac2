import type { V1Deployment } from '@kubernetes/client-node';
import { RawObject } from './RawObject';
import { trimConditions } from './trimConditions';
import { trimMetadata } from './trimMetadata';
import { trimPodTemplate } from './trimPodTemplate';
import { trimSelector } from './trimSelector';

/** The part of a raw Deployment the board uses (replicas, pause, template, rollout status). */
export function trimDeployment(raw: RawObject): V1Deployment {
  const spec = raw.object('spec');
  const status = raw.object('status');
  return {
    metadata: trimMetadata(raw.object('metadata')),
    spec: spec && {
      replicas: spec.number('replicas'),
      paused: spec.boolean('paused'),
      selector: trimSelector(spec.object('selector')),
      template: trimPodTemplate(spec.object('template')),
    },
    status: status && {
      observedGeneration: status.number('observedGeneration'),
      replicas: status.number('replicas'),
      updatedReplicas: status.number('updatedReplicas'),
      readyReplicas: status.number('readyReplicas'),
      availableReplicas: status.number('availableReplicas'),
      conditions: trimConditions(status),
    },
  };
}
