/*
 * Tests of the demo git host's handler, against a real server on loopback.
 * Run: node --test examples/demo-git/
 */
const assert = require('node:assert/strict');
const { request } = require('node:http');
const {
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { after, before, describe, it } = require('node:test');
const { createTeamFilesHandler } = require('./createTeamFilesHandler');
const { listenOnLoopback } = require('./listenOnLoopback');

/** A raw request (no URL normalisation, unlike fetch), so `..` reaches the server as sent. */
function get(port, path, { method = 'GET', headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method, headers },
      res => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', chunk => (body += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode, headers: res.headers, body }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('createTeamFilesHandler', () => {
  let dir;
  let root;
  let server;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'demo-git-'));
    root = join(dir, 'teams');
    mkdirSync(join(root, 'alpha'), { recursive: true });
    writeFileSync(
      join(root, 'alpha', 'release-readiness.yaml'),
      'title: Alpha\n',
    );
    writeFileSync(join(root, 'alpha', 'notes.txt'), 'not served\n');
    writeFileSync(join(dir, 'secret.yaml'), 'outside: true\n');
    symlinkSync(join(dir, 'secret.yaml'), join(root, 'alpha', 'link.yaml'));
    server = await listenOnLoopback(
      await createTeamFilesHandler({
        root,
        baseUrl: () => `http://localhost:${server.port}`,
      }),
      0,
    );
  });

  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a file as it is on disk at each request', async () => {
    const first = await get(server.port, '/alpha/release-readiness.yaml');
    assert.equal(first.status, 200);
    assert.equal(first.body, 'title: Alpha\n');
    assert.match(first.headers['content-type'], /^text\/yaml/);

    writeFileSync(
      join(root, 'alpha', 'release-readiness.yaml'),
      'title: Alpha 2\n',
    );
    const second = await get(server.port, '/alpha/release-readiness.yaml');
    assert.equal(second.body, 'title: Alpha 2\n');
    assert.notEqual(second.headers.etag, first.headers.etag);
  });

  it('answers 304 to If-None-Match with the current ETag, and the new file after an edit', async () => {
    const file = join(root, 'alpha', 'release-readiness.yaml');
    writeFileSync(file, 'title: Tagged\n');
    const { headers } = await get(server.port, '/alpha/release-readiness.yaml');
    const etag = headers.etag;
    assert.match(etag, /^"[0-9a-f]{64}"$/);

    const unchanged = await get(server.port, '/alpha/release-readiness.yaml', {
      headers: { 'if-none-match': etag },
    });
    assert.equal(unchanged.status, 304);
    assert.equal(unchanged.body, '');

    writeFileSync(file, 'title: Edited\n');
    const changed = await get(server.port, '/alpha/release-readiness.yaml', {
      headers: { 'if-none-match': etag },
    });
    assert.equal(changed.status, 200);
    assert.equal(changed.body, 'title: Edited\n');
  });

  it('lists the served files at /', async () => {
    const index = await get(server.port, '/');
    assert.equal(index.status, 200);
    assert.match(
      index.body,
      new RegExp(
        `^http://localhost:${server.port}/alpha/release-readiness\\.yaml$`,
        'm',
      ),
    );
    assert.doesNotMatch(index.body, /notes\.txt|secret\.yaml/);
  });

  for (const path of [
    '/alpha/../../secret.yaml',
    '/alpha/%2e%2e/%2e%2e/secret.yaml',
    '/alpha%2f..%2f..%2fsecret.yaml',
    '/../secret.yaml',
    '/alpha/link.yaml',
    '/alpha/notes.txt',
    '/alpha/.hidden.yaml',
    '/alpha',
    '/alpha/missing.yaml',
    '/alpha/%E0%A4%A.yaml',
  ]) {
    it(`answers 404 for ${path}`, async () => {
      const res = await get(server.port, path);
      assert.equal(res.status, 404);
      assert.doesNotMatch(res.body, /outside|not served/);
    });
  }

  it('refuses writes', async () => {
    const res = await get(server.port, '/alpha/release-readiness.yaml', {
      method: 'PUT',
    });
    assert.equal(res.status, 405);
    assert.equal(res.headers.allow, 'GET, HEAD');
  });
});
