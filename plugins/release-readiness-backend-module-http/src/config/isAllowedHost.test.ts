import { isAllowedHost } from './isAllowedHost';
import { parseAllowedHost } from './parseAllowedHost';

const allowed = (entries: string[]) =>
  entries.map(entry => {
    const host = parseAllowedHost(entry);
    if (!host) {
      throw new Error(`bad entry ${entry}`);
    }
    return host;
  });

describe('isAllowedHost', () => {
  it('matches host and port; an entry without a port allows only the default port', () => {
    const hosts = allowed(['localhost:7011', 'status.test', '[::1]:8080']);
    const yes = [
      'http://localhost:7011/health',
      'http://LocalHost:7011/',
      'http://status.test/health',
      'https://status.test/health',
      'http://status.test:80/',
      'https://status.test:443/',
      'http://[::1]:8080/',
    ];
    const no = [
      'http://localhost/health',
      'http://localhost:7012/health',
      'http://127.0.0.1:7011/',
      'http://status.test:8080/',
      'https://status.test:80/',
      'http://sub.status.test/',
      'http://status.test.evil.test/',
      'http://[::1]:8081/',
    ];
    expect(yes.filter(u => !isAllowedHost(new URL(u), hosts))).toEqual([]);
    expect(no.filter(u => isAllowedHost(new URL(u), hosts))).toEqual([]);
  });

  it('compares addresses as the URL parser normalises them', () => {
    const hosts = allowed(['127.0.0.1:7011']);
    expect(isAllowedHost(new URL('http://127.1:7011/'), hosts)).toBe(true);
    expect(isAllowedHost(new URL('http://0x7f.0.0.1:7011/'), hosts)).toBe(true);
    expect(isAllowedHost(new URL('http://127.0.0.2:7011/'), hosts)).toBe(false);
  });

  it('allows nothing with an empty list', () => {
    expect(isAllowedHost(new URL('http://localhost/'), [])).toBe(false);
  });
});
