import { availableParallelism } from 'node:os';
import { ConfigReader } from '@backstage/config';
import { readListParserOptions } from './readListParserOptions';

const read = (kubernetesParsing?: unknown) =>
  readListParserOptions(
    new ConfigReader(
      kubernetesParsing === undefined
        ? {}
        : { releaseReadiness: { kubernetesParsing } },
    ),
  );

describe('readListParserOptions', () => {
  it('defaults to one thread per core but one, at most 4, for bodies of 256 KiB', () => {
    expect(read()).toEqual({
      threads: Math.min(4, Math.max(0, availableParallelism() - 1)),
      minBytes: 262144,
    });
  });

  it('reads threads and minBytes', () => {
    expect(read({ threads: 0, minBytes: 1024 })).toEqual({
      threads: 0,
      minBytes: 1024,
    });
  });

  it.each([
    [{ threads: -1 }, 'releaseReadiness.kubernetesParsing.threads'],
    [{ threads: 1.5 }, 'releaseReadiness.kubernetesParsing.threads'],
    [{ threads: 65 }, 'releaseReadiness.kubernetesParsing.threads'],
    [{ threads: 'many' }, 'releaseReadiness.kubernetesParsing.threads'],
    [{ minBytes: -5 }, 'releaseReadiness.kubernetesParsing.minBytes'],
  ])('refuses %j naming the key', (value, key) => {
    expect(() => read(value)).toThrow(`Invalid ${key}: must be a whole number`);
  });
});
