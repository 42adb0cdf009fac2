import { ConfigReader } from '@backstage/config';
import { readPagerDutyClientOptions } from './readPagerDutyClientOptions';

describe('readPagerDutyClientOptions', () => {
  it('is undefined without a pagerduty block', () => {
    expect(
      readPagerDutyClientOptions(new ConfigReader({ releaseReadiness: {} })),
    ).toBeUndefined();
  });

  it('reads token, base URL and backoff', () => {
    expect(
      readPagerDutyClientOptions(
        new ConfigReader({
          releaseReadiness: {
            pagerduty: {
              token: 'secret',
              baseUrl: 'https://api.eu.pagerduty.com',
              rateLimitBackoff: '45s',
            },
          },
        }),
      ),
    ).toEqual({
      token: 'secret',
      baseUrl: 'https://api.eu.pagerduty.com',
      defaultRateLimitBackoffMs: 45_000,
    });
  });

  it('names the key of a missing token and a bad URL', () => {
    expect(() =>
      readPagerDutyClientOptions(
        new ConfigReader({
          releaseReadiness: { pagerduty: { baseUrl: 'not a url' } },
        }),
      ),
    ).toThrow(
      /Invalid configuration at 'releaseReadiness\.pagerduty\.token'.*Invalid configuration at 'releaseReadiness\.pagerduty\.baseUrl'/,
    );
  });
});
