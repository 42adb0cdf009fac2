/*
 * Tests of the demo app endpoint, against a real server on loopback.
 * Run: node --test examples/demo-git/
 */
const assert = require('node:assert/strict');
const { after, before, describe, it } = require('node:test');
const { createDemoAppHandler } = require('./createDemoAppHandler');
const { listenOnLoopback } = require('./listenOnLoopback');

describe('createDemoAppHandler', () => {
  let healthy;
  let blocked;

  before(async () => {
    healthy = await listenOnLoopback(createDemoAppHandler(), 0);
    blocked = await listenOnLoopback(
      createDemoAppHandler({ dbBlocked: true }),
      0,
    );
  });

  after(async () => {
    await healthy.close();
    await blocked.close();
  });

  const url = (server, path) => `http://127.0.0.1:${server.port}${path}`;

  for (const path of ['/api/health', '/health']) {
    it(`answers ${path} with 200 {"status":"ok"}`, async () => {
      const res = await fetch(url(healthy, path));
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type'), /^application\/json/);
      assert.deepEqual(await res.json(), { status: 'ok' });
    });
  }

  it('answers / with an HTML page', async () => {
    const res = await fetch(url(healthy, '/'));
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^text\/html/);
    assert.match(await res.text(), /<h1>Demo app<\/h1>/);
  });

  it('answers /readiness with 200, or 503 while the database is blocked', async () => {
    const ready = await fetch(url(healthy, '/readiness'));
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { status: 'ready', db: 'ok' });
    const notReady = await fetch(url(blocked, '/readiness'));
    assert.equal(notReady.status, 503);
    assert.deepEqual(await notReady.json(), {
      status: 'not_ready',
      db: 'error',
    });
    assert.equal((await fetch(url(blocked, '/api/health'))).status, 200);
  });

  it('answers 404 for anything else', async () => {
    const res = await fetch(url(healthy, '/api/healthz'));
    assert.equal(res.status, 404);
  });

  it('listens on the IPv6 loopback too, so localhost reaches it either way', async t => {
    let res;
    try {
      res = await fetch(`http://[::1]:${healthy.port}/api/health`);
    } catch {
      t.skip('this machine has no IPv6 loopback');
      return;
    }
    assert.equal(res.status, 200);
  });
});
