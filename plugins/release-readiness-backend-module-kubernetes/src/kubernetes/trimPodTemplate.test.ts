import { RawObject } from './RawObject';
import { trimPodTemplate } from './trimPodTemplate';

describe('trimPodTemplate', () => {
  const template = {
    metadata: { labels: { app: 'api' } },
    spec: {
      securityContext: { runAsNonRoot: true, fsGroup: 1000 },
      volumes: [{ name: 'data', emptyDir: {} }],
      initContainers: [{ name: 'migrate', image: 'api:1.2.3' }],
      containers: [
        {
          name: 'api',
          image: 'api:1.2.3',
          env: [{ name: 'DB_PASSWORD', value: 'hunter2-secret' }],
          command: ['/bin/api', '--serve'],
          resources: { requests: { cpu: '250m' }, limits: { memory: '1Gi' } },
          readinessProbe: { httpGet: { path: '/ready', port: 8080 } },
          securityContext: {
            readOnlyRootFilesystem: false,
            capabilities: { drop: ['ALL'] },
          },
        },
      ],
    },
  };

  it('keeps images, resources, probe presence and the security settings the findings read, nothing else', () => {
    const trimmed = trimPodTemplate(RawObject.of(template));
    expect(trimmed).toEqual({
      spec: {
        securityContext: { runAsNonRoot: true },
        initContainers: [{ name: 'migrate', image: 'api:1.2.3' }],
        containers: [
          {
            name: 'api',
            image: 'api:1.2.3',
            resources: { requests: { cpu: '250m' }, limits: { memory: '1Gi' } },
            readinessProbe: {},
            securityContext: { readOnlyRootFilesystem: false },
          },
        ],
      },
    });
    expect(JSON.stringify(trimmed)).not.toContain('hunter2-secret');
  });

  it('gives an empty template for a missing one', () => {
    expect(trimPodTemplate(undefined)).toEqual({});
    expect(trimPodTemplate(RawObject.of({ metadata: {} }))).toEqual({});
  });
});
