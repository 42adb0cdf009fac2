/*
 * The demo app endpoint: a stand-in for the teams' deployed applications that the `http` gate
 * source probes in the demo (LifeTimeCircle's `/api/health` and `/`, Wimmelwelt's `/health` and
 * `/readiness`). DEMO ONLY: it runs no application.
 */

const HOME_PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Demo app</title></head>
  <body>
    <h1>Demo app</h1>
    <p>A stand-in for the teams' applications in the release-readiness demo (not a real
    application). Health: <a href="/api/health">/api/health</a>, <a href="/health">/health</a>,
    <a href="/readiness">/readiness</a>.</p>
  </body>
</html>
`;

/**
 * Answers a JSON response.
 *
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 */
function sendJson(res, status, body) {
  const text = `${JSON.stringify(body)}\n`;
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(text);
}

/**
 * Creates the handler of the demo app endpoint: `GET /api/health` and `GET /health` answer 200
 * `{"status":"ok"}`, `GET /readiness` 200 `{"status":"ready","db":"ok"}` (or, with
 * `dbBlocked`, 503 `{"status":"not_ready","db":"error"}`, as Wimmelwelt's readiness answers while
 * its database is deliberately blocked, handbook 002 §2.2), `GET /` a small HTML page; anything
 * else 404.
 *
 * @param {{ dbBlocked?: boolean }} [options]
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
function createDemoAppHandler(options = {}) {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return;
    }
    const { pathname } = new URL(req.url ?? '/', 'http://demo-app');
    switch (pathname) {
      case '/api/health':
      case '/health':
        sendJson(res, 200, { status: 'ok' });
        return;
      case '/readiness':
        if (options.dbBlocked) {
          sendJson(res, 503, { status: 'not_ready', db: 'error' });
        } else {
          sendJson(res, 200, { status: 'ready', db: 'ok' });
        }
        return;
      case '/':
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-store',
        });
        res.end(HOME_PAGE);
        return;
      default:
        sendJson(res, 404, { status: 'not_found' });
    }
  };
}

module.exports = { createDemoAppHandler };
