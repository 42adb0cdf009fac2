import type { V1DaemonSet } from '@kubernetes/client-node';
import { RawObject } from './RawObject';
import { trimMetadata } from './trimMetadata';
import { trimPodTemplate } from './trimPodTemplate';
import { trimSelector } from './trimSelector';

/** The part of a raw DaemonSet the board uses (update strategy, template, scheduled pods). */
export function trimDaemonSet(raw: RawObject): V1DaemonSet {
  const spec = raw.object('spec');
  const status = raw.object('status');
  const strategy = spec?.object('updateStrategy');
  return {
    metadata: trimMetadata(raw.object('metadata')),
    spec: spec && {
      selector: trimSelector(spec.object('selector')),
      template: trimPodTemplate(spec.object('template')),
      updateStrategy: strategy && { type: strategy.string('type') },
    },
    status: status && {
      observedGeneration: status.number('observedGeneration'),
      currentNumberScheduled: status.number('currentNumberScheduled') ?? 0,
      desiredNumberScheduled: status.number('desiredNumberScheduled') ?? 0,
      numberMisscheduled: status.number('numberMisscheduled') ?? 0,
      numberReady: status.number('numberReady') ?? 0,
      numberAvailable: status.number('numberAvailable'),
      updatedNumberScheduled: status.number('updatedNumberScheduled'),
    },
  };
}
