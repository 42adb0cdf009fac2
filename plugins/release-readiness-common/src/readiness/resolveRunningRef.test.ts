import type { Workload } from '../workloads/types';
import { resolveRunningRef } from './resolveRunningRef';

function workload(name: string, images: Workload['images']): Workload {
  return {
    kind: 'Deployment',
    name,
    namespace: 'servanda-prod',
    images,
    rolloutStatus: 'complete',
    restarts: 0,
    managedBy: { tool: 'plain' },
    findings: [],
  } as Workload;
}

const api = (tag: string, version?: string) =>
  workload('servanda-api', [
    {
      container: 'migrate',
      image: `registry/servanda-migrate:${tag}`,
      tag: '0.1.0',
      version: '0.1.0',
      init: true,
    },
    {
      container: 'istio-proxy',
      image: 'istio/proxyv2:1.22.0',
      tag: '1.22.0',
      version: '1.22.0',
    },
    {
      container: 'servanda-api',
      image: `registry/servanda-api:${tag}`,
      tag,
      ...(version && { version }),
    },
  ]);

describe('resolveRunningRef', () => {
  it.each([
    [
      'the parsed version through a template',
      api('1.4.2', '1.4.2'),
      { workload: 'servanda-api', template: 'v{ref}' },
      'v1.4.2',
    ],
    [
      'a named group of a pattern',
      api('dev-3f2a9c1', 'dev-3f2a9c1'),
      { workload: 'servanda-api', pattern: '^dev-(?<ref>[0-9a-f]{7,40})$' },
      '3f2a9c1',
    ],
    [
      'a pattern and a template',
      api('rc-1.5.0', 'rc-1.5.0'),
      {
        workload: 'servanda-api',
        pattern: '^rc-(?<ref>.+)$',
        template: 'v{ref}',
      },
      'v1.5.0',
    ],
    [
      'the whole match of a pattern without a group',
      api('2026.11.3'),
      { workload: 'servanda-api', pattern: '^\\d{4}\\.\\d+\\.\\d+$' },
      '2026.11.3',
    ],
  ])('takes %s', (_what, w, rule, ref) => {
    expect(resolveRunningRef([w], rule)).toMatchObject({
      ref,
      workload: 'servanda-api',
    });
  });

  it('reads the container named like the workload, not a sidecar or init container', () => {
    expect(
      resolveRunningRef([api('1.4.2', '1.4.2')], { workload: 'servanda-api' }),
    ).toEqual({
      ref: '1.4.2',
      workload: 'servanda-api',
      tag: '1.4.2',
    });
  });

  it.each([
    [
      'the workload is missing',
      [],
      { workload: 'servanda-api' },
      'workload servanda-api does not run here',
    ],
    [
      'the tag does not match',
      [api('latest')],
      { workload: 'servanda-api', pattern: '^v(?<ref>.+)$' },
      'image tag latest of servanda-api does not match ^v(?<ref>.+)$',
    ],
    [
      'no version is parsed',
      [api('latest')],
      { workload: 'servanda-api' },
      'no version pattern recognises image tag latest of servanda-api',
    ],
    [
      'the image has no tag',
      [
        workload('servanda-api', [
          {
            container: 'servanda-api',
            image: 'registry/servanda-api@sha256:abc',
            digest: 'sha256:abc',
          },
        ]),
      ],
      { workload: 'servanda-api' },
      'Deployment servanda-api runs an image without a tag',
    ],
  ])('says why there is no ref when %s', (_what, workloads, rule, reason) => {
    expect(resolveRunningRef(workloads as Workload[], rule)).toEqual({
      reason,
    });
  });
});
