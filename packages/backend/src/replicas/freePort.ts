import { createServer } from 'node:net';

/** Ports the browser tests and `make start` use; the replicas never take them. */
const RESERVED = new Set([3000, 7007, 6443, 7010, 7011, 9090]);

/** A free TCP port on 127.0.0.1 (asked of the kernel), never one of the reserved ones. */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolvePort, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        const found = typeof address === 'object' && address ? address.port : 0;
        server.close(() => resolvePort(found));
      });
    });
    if (port > 0 && !RESERVED.has(port)) return port;
  }
}
