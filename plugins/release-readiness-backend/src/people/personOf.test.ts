/* eslint-disable no-script-url -- these tests feed script URLs on purpose, to see them refused */
import type { UserEntity } from '@backstage/catalog-model';
import { personOf } from './personOf';

const user = (picture?: string): UserEntity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { namespace: 'default', name: 'lena.kraus' },
  spec: {
    profile: {
      displayName: 'Lena Kraus',
      email: 'lena.kraus@servanda.example',
      ...(picture !== undefined && { picture }),
    },
    memberOf: [],
  },
});

describe('personOf', () => {
  it('takes the display name, e-mail and an http(s) picture', () => {
    expect(personOf(user('https://avatars.example/lena.kraus.png'))).toEqual({
      entityRef: 'user:default/lena.kraus',
      displayName: 'Lena Kraus',
      email: 'lena.kraus@servanda.example',
      picture: 'https://avatars.example/lena.kraus.png',
    });
  });

  it.each([
    'javascript:alert(document.cookie)',
    'data:image/svg+xml,<svg onload="alert(1)"/>',
    '//evil.example/x.png',
    'avatars/lena.png',
  ])('drops the picture %s', picture => {
    const person = personOf(user(picture));
    expect(person).not.toHaveProperty('picture');
    expect(person.displayName).toBe('Lena Kraus');
  });
});
