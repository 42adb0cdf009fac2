import { ConfigReader } from '@backstage/config';
import { readDemoSignInConfig } from './readDemoSignInConfig';

function read(demo: unknown, nodeEnv: string | undefined) {
  return readDemoSignInConfig(
    new ConfigReader({
      auth: { providers: demo === undefined ? {} : { demo } },
    }),
    nodeEnv,
  );
}

describe('readDemoSignInConfig', () => {
  it('is enabled in development when the block exists', () => {
    expect(read({}, 'development')).toEqual({ enabled: true });
    expect(read({ enabled: true }, 'development')).toEqual({ enabled: true });
  });

  it('is disabled without the block, with enabled: false, and outside development', () => {
    expect(read(undefined, 'development')).toEqual({ enabled: false });
    expect(read({ enabled: false }, 'development')).toEqual({
      enabled: false,
    });
    for (const nodeEnv of ['test', 'production', undefined]) {
      expect(read({ enabled: true }, nodeEnv)).toEqual({ enabled: false });
    }
  });

  it('is enabled outside development only with dangerouslyAllowOutsideDevelopment', () => {
    expect(read({ dangerouslyAllowOutsideDevelopment: true }, 'test')).toEqual({
      enabled: true,
    });
    expect(
      read(
        { enabled: false, dangerouslyAllowOutsideDevelopment: true },
        'production',
      ),
    ).toEqual({ enabled: false });
  });

  it('names the key of an invalid or unknown value', () => {
    expect(() => read({ enabled: 'yes' }, 'development')).toThrow(
      "Invalid configuration at 'auth.providers.demo.enabled': Invalid input: expected boolean, received string",
    );
    expect(() => read({ users: [] }, 'development')).toThrow(
      "Invalid configuration at 'auth.providers.demo.users': unknown key",
    );
    expect(() => read('on', 'development')).toThrow(
      "Invalid configuration at 'auth.providers.demo': Invalid input: expected object, received string",
    );
  });
});
