/*
 * Tests of the demo git host with the repository's real team folders (examples/teams).
 * Run: node --test examples/demo-git/
 */
const assert = require('node:assert/strict');
const { readdirSync, readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { after, before, describe, it } = require('node:test');
const { serveDemoGit } = require('./serveDemoGit');

const teams = resolve(__dirname, '../teams');

describe('serveDemoGit', () => {
  let server;

  before(async () => {
    server = await serveDemoGit({ root: teams, gitPort: 0, appPort: 0 });
  });

  after(() => server.close());

  it('serves every team folder: its catalog-info.yaml and release-readiness.yaml, byte for byte', async () => {
    const folders = readdirSync(teams);
    assert.ok(folders.length >= 4);
    for (const team of folders) {
      for (const file of ['catalog-info.yaml', 'release-readiness.yaml']) {
        const res = await fetch(`${server.gitUrl}/${team}/${file}`);
        assert.equal(res.status, 200, `${team}/${file}`);
        assert.equal(
          await res.text(),
          readFileSync(join(teams, team, file), 'utf8'),
        );
      }
    }
  });

  it('runs the demo app endpoint next to it', async () => {
    const res = await fetch(`${server.appUrl}/api/health`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'ok' });
  });

  it('names its URLs with localhost, which both loopback addresses answer', async () => {
    assert.match(server.gitUrl, /^http:\/\/localhost:\d+$/);
    assert.match(server.appUrl, /^http:\/\/localhost:\d+$/);
    const res = await fetch(`${server.gitUrl}/`);
    assert.equal(res.status, 200);
  });
});
