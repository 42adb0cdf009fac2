import { IncomingMessage } from 'node:http';

/** At most this much of a body is read (the benchmark's writes are far smaller). */
const MAX_BYTES = 16 * 1024 * 1024;

/**
 * The request body as UTF-8 text; empty for a request without one. Resolves with what arrived
 * when the client goes away early, and refuses bodies over 16 MB.
 */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
