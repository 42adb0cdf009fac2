import type { V1PodSpec } from '@kubernetes/client-node';
import { containerFindings } from './containerFindings';

const hardened = {
  name: 'api',
  image: 'ghcr.io/servanda/servanda-api:1.4.2',
  resources: {
    requests: { cpu: '250m', memory: '512Mi' },
    limits: { cpu: '1', memory: '1Gi' },
  },
  readinessProbe: { httpGet: { path: '/readiness', port: 8080 } },
  livenessProbe: { httpGet: { path: '/health', port: 8080 } },
  securityContext: { runAsNonRoot: true, readOnlyRootFilesystem: true },
};

describe('containerFindings', () => {
  it('finds nothing for a hardened container', () => {
    expect(
      containerFindings({ containers: [hardened] }, { probes: true }),
    ).toEqual([]);
  });

  it('finds every missing request, limit, probe and security setting', () => {
    const spec: V1PodSpec = { containers: [{ name: 'minio', image: 'minio' }] };
    expect(containerFindings(spec, { probes: true }).map(f => f.type)).toEqual([
      'missing-cpu-request',
      'missing-memory-request',
      'missing-cpu-limit',
      'missing-memory-limit',
      'missing-readiness-probe',
      'missing-liveness-probe',
      'run-as-non-root-not-set',
      'read-only-root-filesystem-not-set',
    ]);
  });

  it('takes runAsNonRoot from the pod when the container does not set it, container wins', () => {
    const { securityContext: _unused, ...bare } = hardened;
    const pod: V1PodSpec = {
      securityContext: { runAsNonRoot: true },
      containers: [
        { ...bare, securityContext: { readOnlyRootFilesystem: true } },
        {
          ...bare,
          name: 'sidecar',
          securityContext: {
            runAsNonRoot: false,
            readOnlyRootFilesystem: true,
          },
        },
      ],
    };
    expect(containerFindings(pod, { probes: true })).toEqual([
      {
        type: 'run-as-non-root-not-set',
        container: 'sidecar',
        message: 'Container sidecar sets runAsNonRoot to false',
      },
    ]);
  });

  it('skips probes where they make no sense (Jobs) and never checks init containers', () => {
    const spec: V1PodSpec = {
      initContainers: [{ name: 'migrate', image: 'migrate' }],
      containers: [
        { ...hardened, readinessProbe: undefined, livenessProbe: undefined },
      ],
    };
    expect(containerFindings(spec, { probes: false })).toEqual([]);
    expect(containerFindings(spec, { probes: true }).map(f => f.type)).toEqual([
      'missing-readiness-probe',
      'missing-liveness-probe',
    ]);
  });

  it('reports an explicitly writable root filesystem', () => {
    const spec: V1PodSpec = {
      containers: [
        {
          ...hardened,
          securityContext: {
            runAsNonRoot: true,
            readOnlyRootFilesystem: false,
          },
        },
      ],
    };
    expect(containerFindings(spec, { probes: true })).toEqual([
      {
        type: 'read-only-root-filesystem-not-set',
        container: 'api',
        message: 'Container api sets readOnlyRootFilesystem to false',
      },
    ]);
  });
});
