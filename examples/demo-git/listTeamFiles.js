/*
 * The files the demo git host serves (see createTeamFilesHandler.js). DEMO ONLY.
 */
const { readdir } = require('node:fs/promises');
const { join } = require('node:path');
const { SEGMENT, YAML_FILE } = require('./teamFileNames');

/**
 * The YAML files directly inside each sub-folder of `root`, as `<folder>/<file>` paths, sorted.
 *
 * @param {string} root
 * @returns {Promise<string[]>}
 */
async function listTeamFiles(root) {
  const files = [];
  for (const folder of await readdir(root, { withFileTypes: true })) {
    if (!folder.isDirectory() || !SEGMENT.test(folder.name)) {
      continue;
    }
    for (const file of await readdir(join(root, folder.name))) {
      if (SEGMENT.test(file) && YAML_FILE.test(file)) {
        files.push(`${folder.name}/${file}`);
      }
    }
  }
  return files.sort();
}

module.exports = { listTeamFiles };
