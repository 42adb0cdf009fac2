import type { Dispatcher } from 'undici';

/**
 * Reads an answer's body as UTF-8 text, at most `limitBytes`; undefined (and the body destroyed)
 * when it is longer. Rejects like the body does (e.g. with the request's abort reason).
 */
export async function readLimitedBody(
  body: Dispatcher.ResponseData['body'],
  limitBytes: number,
): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += buffer.length;
    if (size > limitBytes) {
      body.destroy();
      return undefined;
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
