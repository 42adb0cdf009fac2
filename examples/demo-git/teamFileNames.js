/*
 * The names the demo git host serves: plain folder and file names (no `..`, no hidden files),
 * files ending in `.yaml` or `.yml`. DEMO ONLY.
 */

/** A plain name: starts with a letter or digit; letters, digits, `.`, `_`, `-`. */
const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** A YAML file name. */
const YAML_FILE = /\.ya?ml$/;

module.exports = { SEGMENT, YAML_FILE };
