import { isGitRefName } from './isGitRefName';

describe('isGitRefName', () => {
  it('accepts branch, tag and commit names', () => {
    for (const ref of [
      'main',
      'release/1.9',
      'v1.9.0-rc.1',
      'feature/ABC-123_fix',
      '9f3c2b7a1d4e5f60718293a4b5c6d7e8f9012345',
      'user@example',
    ]) {
      expect([ref, isGitRefName(ref)]).toEqual([ref, true]);
    }
  });

  it('refuses what git check-ref-format refuses, and so anything URL- or credential-shaped', () => {
    for (const ref of [
      '',
      '@',
      'https://token@github.com/o/r',
      'user:token',
      'main v2',
      'main\n',
      'a..b',
      'main@{1}',
      'main~1',
      'main^',
      'ma?n',
      'ma*n',
      'ma[n',
      'back\\slash',
      '/main',
      'main/',
      'a//b',
      '.hidden',
      'a/.hidden',
      'main.lock',
      'main.',
      'x'.repeat(256),
    ]) {
      expect([ref, isGitRefName(ref)]).toEqual([ref, false]);
    }
  });
});
