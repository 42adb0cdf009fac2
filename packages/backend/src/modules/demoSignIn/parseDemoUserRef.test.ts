import { parseDemoUserRef } from './parseDemoUserRef';

describe('parseDemoUserRef', () => {
  it('accepts a full user ref, in lower case', () => {
    expect(parseDemoUserRef('user:default/lena.kraus')).toBe(
      'user:default/lena.kraus',
    );
    expect(parseDemoUserRef('User:Servanda/Mara_Schulz-2')).toBe(
      'user:servanda/mara_schulz-2',
    );
  });

  it.each([
    undefined,
    '',
    'lena.kraus',
    'user:lena.kraus',
    'group:default/servanda',
    'component:default/servanda-api',
    'user:default/lena kraus',
    'user:default/lena.kraus\n',
    'user:default/a/b',
    `user:default/${'a'.repeat(300)}`,
    ['user:default/lena.kraus'],
  ])('refuses %j, naming the header, not repeating the value', value => {
    expect(() => parseDemoUserRef(value)).toThrow(
      /^Invalid x-demo-user header: expected a user entity ref such as user:default\/<name>$/,
    );
  });
});
