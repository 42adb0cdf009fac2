import type {
  V1Container,
  V1PodSpec,
  V1PodTemplateSpec,
  V1Probe,
} from '@kubernetes/client-node';
import { RawObject } from './RawObject';

/** A probe is only checked for presence: an empty one stands for it. */
function probe(raw: RawObject | undefined): V1Probe | undefined {
  return raw ? {} : undefined;
}

function container(raw: RawObject): V1Container {
  const resources = raw.object('resources');
  const securityContext = raw.object('securityContext');
  return {
    name: raw.string('name') ?? '',
    image: raw.string('image'),
    resources: resources && {
      requests: resources.strings('requests'),
      limits: resources.strings('limits'),
    },
    readinessProbe: probe(raw.object('readinessProbe')),
    livenessProbe: probe(raw.object('livenessProbe')),
    securityContext: securityContext && {
      runAsNonRoot: securityContext.boolean('runAsNonRoot'),
      readOnlyRootFilesystem: securityContext.boolean('readOnlyRootFilesystem'),
    },
  };
}

function podSpec(raw: RawObject): V1PodSpec {
  const securityContext = raw.object('securityContext');
  return {
    containers: raw.objects('containers')?.map(container) ?? [],
    initContainers: raw.objects('initContainers')?.map(container),
    securityContext: securityContext && {
      runAsNonRoot: securityContext.boolean('runAsNonRoot'),
    },
  };
}

/**
 * The part of a raw pod template the board uses: per container its name, image, resource
 * requests and limits, whether it has readiness and liveness probes, and `runAsNonRoot` /
 * `readOnlyRootFilesystem` (container and pod level). Environment variables, volumes, commands
 * and the template's metadata are dropped.
 */
export function trimPodTemplate(raw: RawObject | undefined): V1PodTemplateSpec {
  const spec = raw?.object('spec');
  return spec ? { spec: podSpec(spec) } : {};
}
