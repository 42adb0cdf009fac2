/*
 * The DEMO GIT HOST for `make start`: not a git server, but a tiny static HTTP server that plays
 * the teams' repositories. It serves examples/teams/ on http://localhost:7010, so the portal's
 * catalog reads http://localhost:7010/<team>/catalog-info.yaml and the release-readiness backend
 * reads each team's http://localhost:7010/<team>/release-readiness.yaml (both through
 * Backstage's UrlReader, allowed by backend.reading.allow in app-config.yaml). Files are read
 * from disk on every request: edit a team's file and the next read sees it.
 *
 * Next to it, the DEMO APP ENDPOINT on http://localhost:7011 stands in for the teams' deployed
 * applications that the `http` gate source probes: /api/health and / (LifeTimeCircle),
 * /health and /readiness (Wimmelwelt).
 *
 *   node examples/demo-git/serve.js        (the Makefile and Playwright run `yarn demo-git`)
 * Environment: DEMO_GIT_PORT (default 7010), DEMO_APP_PORT (default 7011),
 * DEMO_APP_DB_BLOCKED=1 (the app's /readiness answers 503, as with a deliberately blocked database).
 */
const { resolve } = require('node:path');
const { serveDemoGit } = require('./serveDemoGit');

const root = resolve(__dirname, '../teams');
const gitPort = Number(process.env.DEMO_GIT_PORT ?? 7010);
const appPort = Number(process.env.DEMO_APP_PORT ?? 7011);
const dbBlocked = process.env.DEMO_APP_DB_BLOCKED === '1';

serveDemoGit({ root, gitPort, appPort, dbBlocked }).then(
  server => {
    console.log(
      `demo-git: DEMO git host (static files, not a real git server) on ${server.gitUrl}, serving ${root} (re-read on every request; index at ${server.gitUrl}/)`,
    );
    console.log(
      `demo-git: DEMO app endpoint on ${
        server.appUrl
      }: /api/health, /health, /readiness${
        dbBlocked ? ' (503: database blocked)' : ''
      }, /`,
    );
    const stop = () => server.close().then(() => process.exit(0));
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  },
  error => {
    console.error(
      `demo-git: could not start on ports ${gitPort} and ${appPort}: ${error.message}. Without it the catalog has no team entities and no team policy can be read.`,
    );
    process.exit(1);
  },
);
