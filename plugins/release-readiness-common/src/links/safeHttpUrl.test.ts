/* eslint-disable no-script-url -- these tests feed script URLs on purpose, to see them refused */
import { safeHttpUrl } from './safeHttpUrl';

describe('safeHttpUrl', () => {
  it.each([
    'https://github.com/servanda/servanda/runs/104',
    'http://jenkins.servanda.example:8080/job/owasp/812/?tab=log#end',
    'HTTPS://Servanda.PagerDuty.com/incidents/Q0RIJJZL24RC6W',
    'https://[::1]:7007/api',
  ])('keeps the http(s) URL %s as it is', url => {
    expect(safeHttpUrl(url)).toBe(url);
  });

  it.each([
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['javascript: in mixed case', 'JaVaScRiPt:alert(1)'],
    ['javascript: with a newline inside', 'java\nscript:alert(1)'],
    ['javascript: with a tab inside', 'java\tscript:alert(1)'],
    [
      'javascript: behind leading control characters',
      '\u0001\u0002javascript:alert(1)',
    ],
    ['javascript: behind leading spaces', '  javascript:alert(1)'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['data: image', 'data:image/svg+xml,<svg onload="alert(1)"/>'],
    ['vbscript:', 'VBScript:MsgBox("x")'],
    ['file:', 'file:///etc/passwd'],
    ['ftp:', 'ftp://files.servanda.example/release.tgz'],
    ['mailto:', 'mailto:lena.kraus@servanda.example'],
    ['blob:', 'blob:https://servanda.example/8c1d'],
    ['an https URL with a leading space', ' https://github.com/servanda'],
    ['an https URL with a trailing newline', 'https://github.com/servanda\n'],
    [
      'an https URL with a space inside',
      'https://github.com/servanda servanda',
    ],
    ['an https URL with a NUL inside', 'https://github.com/\u0000servanda'],
    ['an https URL with a C1 control character', 'https://github.com/\u0085x'],
    ['a relative path', 'runs/104'],
    ['an absolute path', '/catalog/default/user/lena.kraus'],
    ['a protocol-relative URL', '//evil.example/phish'],
    ['a protocol-relative URL with backslashes', '\\\\evil.example/phish'],
    [
      'an https URL with credentials',
      'https://ci:s3cret@jenkins.servanda.example/',
    ],
    ['an https URL with a user name', 'https://github.com@evil.example/'],
    ['a scheme without a host', 'https://'],
    ['the empty string', ''],
    ['plain text', 'not a url'],
  ])('refuses %s', (_name, url) => {
    expect(safeHttpUrl(url)).toBeUndefined();
  });
});
