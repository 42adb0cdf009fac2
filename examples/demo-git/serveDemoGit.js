/*
 * Starts the demo git host and the demo app endpoint (see serve.js). DEMO ONLY.
 */
const { createDemoAppHandler } = require('./createDemoAppHandler');
const { createTeamFilesHandler } = require('./createTeamFilesHandler');
const { listenOnLoopback } = require('./listenOnLoopback');

/**
 * Serves the teams' folders of `root` on `gitPort` and the demo app endpoint on `appPort`
 * (loopback only; 0 picks free ports). The app endpoint listens first, so once the git host
 * answers, both do.
 *
 * @param {{ root: string, gitPort: number, appPort: number, dbBlocked?: boolean }} options
 * @returns {Promise<{ gitUrl: string, appUrl: string, close: () => Promise<void> }>}
 */
async function serveDemoGit({ root, gitPort, appPort, dbBlocked }) {
  const app = await listenOnLoopback(
    createDemoAppHandler({ dbBlocked }),
    appPort,
  );
  let gitUrl = '';
  try {
    const git = await listenOnLoopback(
      await createTeamFilesHandler({ root, baseUrl: () => gitUrl }),
      gitPort,
    );
    gitUrl = `http://localhost:${git.port}`;
    return {
      gitUrl,
      appUrl: `http://localhost:${app.port}`,
      close: () =>
        Promise.all([git.close(), app.close()]).then(() => undefined),
    };
  } catch (error) {
    await app.close();
    throw error;
  }
}

module.exports = { serveDemoGit };
