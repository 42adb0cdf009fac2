import type {
  V2HorizontalPodAutoscaler,
  V2MetricSpec,
  V2MetricStatus,
} from '@kubernetes/client-node';
import { RawObject } from './RawObject';
import { trimMetadata } from './trimMetadata';

function metric(raw: RawObject): V2MetricSpec {
  const resource = raw.object('resource');
  const target = resource?.object('target');
  return {
    type: raw.string('type') ?? '',
    resource: resource && {
      name: resource.string('name') ?? '',
      target: {
        type: target?.string('type') ?? '',
        averageUtilization: target?.number('averageUtilization'),
      },
    },
  };
}

function currentMetric(raw: RawObject): V2MetricStatus {
  const resource = raw.object('resource');
  return {
    type: raw.string('type') ?? '',
    resource: resource && {
      name: resource.string('name') ?? '',
      current: {
        averageUtilization: resource
          .object('current')
          ?.number('averageUtilization'),
      },
    },
  };
}

/**
 * The part of a raw `autoscaling/v2` HorizontalPodAutoscaler the board uses: its target, replica
 * bounds and counts, and the CPU metric (target and current utilisation).
 */
export function trimAutoscaler(raw: RawObject): V2HorizontalPodAutoscaler {
  const spec = raw.object('spec');
  const status = raw.object('status');
  const target = spec?.object('scaleTargetRef');
  return {
    apiVersion: raw.string('apiVersion'),
    metadata: trimMetadata(raw.object('metadata')),
    // The model requires a spec; a missing one targets nothing, as the board read it before.
    spec: {
      scaleTargetRef: {
        kind: target?.string('kind') ?? '',
        name: target?.string('name') ?? '',
      },
      minReplicas: spec?.number('minReplicas'),
      maxReplicas: spec?.number('maxReplicas') ?? 0,
      metrics: spec?.objects('metrics')?.map(metric),
    },
    status: status && {
      currentReplicas: status.number('currentReplicas'),
      desiredReplicas: status.number('desiredReplicas') ?? 0,
      currentMetrics: status.objects('currentMetrics')?.map(currentMetric),
    },
  };
}
