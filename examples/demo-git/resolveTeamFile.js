/*
 * Which file a request to the demo git host names (see createTeamFilesHandler.js). DEMO ONLY.
 */
const { realpath, stat } = require('node:fs/promises');
const { join, relative, sep } = require('node:path');
const { SEGMENT, YAML_FILE } = require('./teamFileNames');

/**
 * The file a request path names under `root`, or undefined when it names none: only
 * `/<folder>/<file>.yaml` (or `.yml`) with plain names (no `..`, no hidden files), and only a
 * regular file that really lies inside `root` (a symbolic link out of it is not followed).
 *
 * @param {string} root - the real path of the served folder
 * @param {string} pathname - the request's path, still URL-encoded
 * @returns {Promise<string | undefined>}
 */
async function resolveTeamFile(root, pathname) {
  let segments;
  try {
    segments = pathname.split('/').slice(1).map(decodeURIComponent);
  } catch {
    return undefined;
  }
  if (
    segments.length !== 2 ||
    !segments.every(s => SEGMENT.test(s)) ||
    !YAML_FILE.test(segments[1])
  ) {
    return undefined;
  }
  try {
    const file = await realpath(join(root, ...segments));
    const inside = relative(root, file);
    if (inside.startsWith(`..${sep}`) || inside === '..' || inside === '') {
      return undefined;
    }
    return (await stat(file)).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

module.exports = { resolveTeamFile };
