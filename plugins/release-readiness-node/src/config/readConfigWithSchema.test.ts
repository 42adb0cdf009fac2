import { ConfigReader } from '@backstage/config';
import { z } from 'zod';
import { readConfigWithSchema } from './readConfigWithSchema';

describe('readConfigWithSchema', () => {
  const schema = z.object({ order: z.number(), title: z.string().optional() });

  it('returns the parsed value', () => {
    const config = new ConfigReader({
      prod: { order: 3, title: 'Production' },
    });
    expect(
      readConfigWithSchema(
        config,
        'prod',
        schema,
        'releaseReadiness.environments',
      ),
    ).toEqual({
      order: 3,
      title: 'Production',
    });
  });

  it('names the full key of every invalid value', () => {
    const config = new ConfigReader({ prod: { order: 'three', title: 7 } });
    expect(() =>
      readConfigWithSchema(
        config,
        'prod',
        schema,
        'releaseReadiness.environments',
      ),
    ).toThrow(
      /Invalid configuration at 'releaseReadiness\.environments\.prod\.order'.*; Invalid configuration at 'releaseReadiness\.environments\.prod\.title'/,
    );
  });

  it('names the key when a required block is missing', () => {
    const config = new ConfigReader({});
    expect(() =>
      readConfigWithSchema(config, 'prod', schema, 'releaseReadiness'),
    ).toThrow("Invalid configuration at 'releaseReadiness.prod'");
  });
});
