/*
 * The demo git host's request handler: serves the YAML files under one folder (the teams'
 * "repositories", examples/teams/<team>/), read from disk on every request, so that a team's
 * edit is what the next read sees. DEMO ONLY: no authentication, no git.
 */
const { createHash } = require('node:crypto');
const { readFile, realpath } = require('node:fs/promises');
const { listTeamFiles } = require('./listTeamFiles');
const { resolveTeamFile } = require('./resolveTeamFile');

/**
 * Answers a plain-text response.
 *
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} text
 * @param {Record<string, string>} [headers]
 */
function sendText(res, status, text, headers = {}) {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-cache',
    ...headers,
  });
  res.end(text);
}

/**
 * Creates the handler of the demo git host. `GET /` lists the served files; `GET
 * /<team>/<file>.yaml` answers the file as it is on disk now, with an `ETag` of its content
 * (`If-None-Match` with the same tag answers 304, which Backstage's UrlReader understands).
 *
 * @param {{ root: string, baseUrl: () => string }} options - `root`: the folder to serve;
 *   `baseUrl`: how the index names the files, e.g. `http://localhost:7010`
 * @returns {Promise<(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void>}
 */
async function createTeamFilesHandler({ root, baseUrl }) {
  const realRoot = await realpath(root);
  return (req, res) => {
    const handle = async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendText(res, 405, 'method not allowed\n', { allow: 'GET, HEAD' });
        return;
      }
      const { pathname } = new URL(req.url ?? '/', 'http://demo-git');
      if (pathname === '/') {
        const files = await listTeamFiles(realRoot);
        sendText(
          res,
          200,
          `DEMO git host (not a real git server): the teams' files\n${files
            .map(f => `${baseUrl()}/${f}\n`)
            .join('')}`,
        );
        return;
      }
      const file = await resolveTeamFile(realRoot, pathname);
      if (!file) {
        sendText(res, 404, 'not found\n');
        return;
      }
      const content = await readFile(file);
      const etag = `"${createHash('sha256').update(content).digest('hex')}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag, 'cache-control': 'no-cache' });
        res.end();
        return;
      }
      res.writeHead(200, {
        'content-type': 'text/yaml; charset=utf-8',
        'content-length': content.length,
        'cache-control': 'no-cache',
        etag,
      });
      res.end(req.method === 'HEAD' ? undefined : content);
    };
    handle().catch(() => {
      if (!res.headersSent) {
        sendText(res, 500, 'could not read the file\n');
      } else {
        res.destroy();
      }
    });
  };
}

module.exports = { createTeamFilesHandler };
