import { execText } from './execText';

/** The keys in Redis matching `pattern` (`redis-cli --scan`), e.g. `rr-replicas:*`. */
export async function redisKeys(
  redisUrl: string,
  pattern: string,
): Promise<string[]> {
  const out = await execText('redis-cli', [
    '-u',
    redisUrl,
    '--scan',
    '--pattern',
    pattern,
  ]);
  return out.split('\n').filter(Boolean);
}
