#!/usr/bin/env node
/**
 * Checks the packed plugin tarballs the way a registry would serve them, before any install:
 * every entry point (`main`, `module`, `types`, `exports`, `typesVersions`, `configSchema`) names
 * a file inside the tarball, nothing under `src/` is shipped, no `workspace:` range is left, and
 * every package the built code imports is declared in `dependencies` or `peerDependencies`
 * (a portal's hoisted node_modules would otherwise hide a missing one).
 *
 * Renames each tarball to `<name>-<sha256 prefix>.tgz`: the portal's `file:` resolutions then
 * name a new path whenever the content changes, so yarn's cache can never serve an older one.
 * Writes `<tarballDir>/manifest.json`: `[{ name, version, role, file }]`.
 * Usage: node checkTarballs.js <tarballDir>
 */
'use strict';

const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { builtinModules } = require('node:module');
const os = require('node:os');

const tarballDir = path.resolve(process.argv[2] || '');
if (!process.argv[2] || !fs.existsSync(tarballDir)) {
  console.error('usage: checkTarballs.js <tarballDir>');
  process.exit(2);
}

const builtins = new Set(builtinModules);
/** Import specifiers in built JavaScript: require('x'), import('x'), from 'x', import 'x'. */
const importPattern =
  /(?:(?<![.\w$#])require\s*\(\s*|(?<![.\w$#])import\s*\(\s*|\bfrom\s+|(?<![.\w$#])import\s+)(['"])([^'"\n]+)\1/g;

function packageNameOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function stringsIn(value) {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') {
    return Object.values(value).flatMap(stringsIn);
  }
  return [];
}

/** Unpacks a tarball once into a fresh temporary folder; returns the folder of `package/`. */
function unpack(tarball) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'install-test-tgz-'));
  execFileSync('tar', ['-xzf', tarball, '-C', dir]);
  return dir;
}

const problems = [];
const manifest = [];
const tarballs = fs
  .readdirSync(tarballDir)
  .filter(f => f.endsWith('.tgz'))
  .sort();
if (tarballs.length === 0) {
  console.error(`checkTarballs: no .tgz files in ${tarballDir}`);
  process.exit(1);
}

for (const file of tarballs) {
  const tarball = path.join(tarballDir, file);
  const files = new Set(
    execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(f => f.replace(/^package\//, '')),
  );
  const unpacked = unpack(tarball);
  const read = f => fs.readFileSync(path.join(unpacked, 'package', f), 'utf8');
  const pkg = JSON.parse(read('package.json'));
  const where = `${pkg.name} (${file})`;
  const fail = message => problems.push(`${where}: ${message}`);

  const entryPoints = [
    ...['main', 'module', 'types', 'configSchema']
      .filter(key => typeof pkg[key] === 'string')
      .map(key => [key, pkg[key]]),
    ...stringsIn(pkg.exports).map(target => ['exports', target]),
    ...stringsIn(pkg.typesVersions).map(target => ['typesVersions', target]),
  ];
  if (!pkg.main) fail('no "main" entry point');
  for (const [key, target] of entryPoints) {
    // `exports` conditions may carry feature names (e.g. "backstage": "@backstage/BackendFeature").
    if (key === 'exports' && target.startsWith('@backstage/')) continue;
    const normalized = target.replace(/^\.\//, '');
    if (!files.has(normalized)) {
      fail(`"${key}" points at ${target}, which is not in the tarball`);
    }
  }
  for (const f of files) {
    if (f.startsWith('src/') && !f.endsWith('/'))
      fail(`ships source file ${f}`);
  }
  const declared = new Set([
    pkg.name,
    ...Object.keys(pkg.dependencies || {}),
    ...Object.keys(pkg.peerDependencies || {}),
  ]);
  for (const field of [
    'dependencies',
    'peerDependencies',
    'optionalDependencies',
  ]) {
    for (const [dep, range] of Object.entries(pkg[field] || {})) {
      if (String(range).startsWith('workspace:')) {
        fail(`${field}.${dep} is still "${range}"`);
      }
    }
  }
  const undeclared = new Map();
  for (const f of files) {
    if (!/\.(c|m)?js$/.test(f)) continue;
    const code = read(f);
    for (const match of code.matchAll(importPattern)) {
      const specifier = match[2];
      if (specifier.startsWith('.') || specifier.startsWith('node:')) continue;
      const name = packageNameOf(specifier);
      if (builtins.has(name) || declared.has(name)) continue;
      if (!undeclared.has(name)) undeclared.set(name, f);
    }
  }
  for (const [name, f] of undeclared) {
    fail(`imports "${name}" (in ${f}) without declaring it in dependencies`);
  }
  fs.rmSync(unpacked, { recursive: true, force: true });
  const sha = crypto
    .createHash('sha256')
    .update(fs.readFileSync(tarball))
    .digest('hex')
    .slice(0, 12);
  const named = path.join(
    tarballDir,
    `${file.replace(/(-[0-9a-f]{12})?\.tgz$/, '')}-${sha}.tgz`,
  );
  fs.renameSync(tarball, named);
  manifest.push({
    name: pkg.name,
    version: pkg.version,
    role: pkg.backstage && pkg.backstage.role,
    file: named,
  });
}

fs.writeFileSync(
  path.join(tarballDir, 'manifest.json'),
  `${JSON.stringify(manifest, null, 2)}\n`,
);
if (problems.length > 0) {
  console.error(
    `install-test: packaging problems in the tarballs:\n  ${problems.join(
      '\n  ',
    )}`,
  );
  process.exit(1);
}
console.log(
  `install-test: ${manifest.length} tarballs checked (entry points, no src/, no workspace: ranges, imports declared)`,
);
