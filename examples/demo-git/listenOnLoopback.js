/*
 * Listening for the demo git host and the demo app endpoint: loopback only, on IPv4 and (where
 * the machine has it) IPv6, so that `localhost` works whichever address it resolves to first.
 */
const { createServer } = require('node:http');

/**
 * Listens with `handler` on 127.0.0.1 and, on the same port, on ::1 (skipped when the machine
 * has no IPv6 loopback). Port 0 picks a free port.
 *
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} handler
 * @param {number} port
 * @returns {Promise<{ port: number, close: () => Promise<void> }>}
 */
async function listenOnLoopback(handler, port) {
  const listen = (server, host, p) =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(p, host, () => {
        server.off('error', reject);
        resolve(server.address().port);
      });
    });
  const servers = [createServer(handler)];
  const actual = await listen(servers[0], '127.0.0.1', port);
  const v6 = createServer(handler);
  try {
    await listen(v6, '::1', actual);
    servers.push(v6);
  } catch (error) {
    if (error.code !== 'EADDRNOTAVAIL' && error.code !== 'EAFNOSUPPORT') {
      await new Promise(resolve => servers[0].close(resolve));
      throw error;
    }
  }
  return {
    port: actual,
    close: () =>
      Promise.all(
        servers.map(
          server =>
            new Promise(resolve => {
              server.close(() => resolve());
              server.closeAllConnections();
            }),
        ),
      ).then(() => undefined),
  };
}

module.exports = { listenOnLoopback };
