import { parseImageReference } from './parseImageReference';

describe('parseImageReference', () => {
  it.each([
    ['nginx', { repository: 'nginx' }],
    ['nginx:1.25', { repository: 'nginx', tag: '1.25' }],
    [
      'registry.example.com:5000/servanda/api:rc-1.5.0',
      { repository: 'registry.example.com:5000/servanda/api', tag: 'rc-1.5.0' },
    ],
    [
      'registry.example.com:5000/servanda/api',
      { repository: 'registry.example.com:5000/servanda/api' },
    ],
    [
      'ghcr.io/servanda/api:1.4.2@sha256:4f5e6d7c8b9a',
      {
        repository: 'ghcr.io/servanda/api',
        tag: '1.4.2',
        digest: 'sha256:4f5e6d7c8b9a',
      },
    ],
    [
      'quay.io/keycloak/keycloak@sha256:0123abcd',
      { repository: 'quay.io/keycloak/keycloak', digest: 'sha256:0123abcd' },
    ],
  ])('splits %s', (image, expected) => {
    expect(parseImageReference(image)).toEqual(expected);
  });
});
