#!/usr/bin/env node
/**
 * Applies portal-changes.json to a portal fresh from @backstage/create-app, as an adopter would:
 * the packages as dependencies of packages/backend and packages/app (the range `yarn add` writes),
 * the `backend.add(...)` lines in packages/backend/src/index.ts, and, because the packages are not
 * on a registry, root `resolutions` that point each of them at its tarball (so the tarballs'
 * own `^0.1.0` dependencies on each other resolve to the tarballs too), next to this repository's
 * registry pins (the toolchain README's mirror pins).
 *
 * Refuses (exit 1) when a packed backend plugin/module or frontend plugin is missing from
 * portal-changes.json, so a new package cannot slip past the install test.
 * Usage: node applyPortalChanges.js <portalDir> <tarballDir/manifest.json> <repoRoot>
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const [portalArg, manifestArg, repoArg] = process.argv.slice(2);
if (!portalArg || !manifestArg || !repoArg) {
  console.error(
    'usage: applyPortalChanges.js <portalDir> <manifest.json> <repoRoot>',
  );
  process.exit(2);
}
const portal = path.resolve(portalArg);
const manifest = JSON.parse(fs.readFileSync(manifestArg, 'utf8'));
const repoPkg = JSON.parse(
  fs.readFileSync(path.join(repoArg, 'package.json'), 'utf8'),
);
const changes = JSON.parse(
  fs.readFileSync(path.join(__dirname, 'portal-changes.json'), 'utf8'),
);
const speedups = JSON.parse(
  fs.readFileSync(path.join(__dirname, 'install-speedups.json'), 'utf8'),
);

function fail(message) {
  console.error(`install-test: ${message}`);
  process.exit(1);
}

function editJson(file, edit) {
  const full = path.join(portal, file);
  const json = JSON.parse(fs.readFileSync(full, 'utf8'));
  edit(json);
  fs.writeFileSync(full, `${JSON.stringify(json, null, 2)}\n`);
}

const byName = new Map(manifest.map(p => [p.name, p]));
const wanted = {
  backend: new Set(changes.backend.dependencies),
  app: new Set(changes.app.dependencies),
};
for (const p of manifest) {
  const target = ['backend-plugin', 'backend-plugin-module'].includes(p.role)
    ? 'backend'
    : p.role === 'frontend-plugin'
    ? 'app'
    : undefined;
  if (target && !wanted[target].has(p.name)) {
    fail(
      `${p.name} (${p.role}) is packed but not in portal-changes.json ${target}.dependencies`,
    );
  }
}
for (const name of [...wanted.backend, ...wanted.app]) {
  if (!byName.has(name))
    fail(`portal-changes.json names ${name}, which was not packed`);
}

editJson('package.json', pkg => {
  pkg.resolutions = { ...pkg.resolutions, ...repoPkg.resolutions };
  for (const p of manifest) pkg.resolutions[p.name] = `file:${p.file}`;
  pkg.dependenciesMeta = {
    ...pkg.dependenciesMeta,
    ...speedups.dependenciesMeta,
  };
});

// A lockfile kept from the last run (run.sh's warm install) still pins the previous tarballs:
// forget their entries so that this run's tarballs are resolved and installed.
const lockfile = path.join(portal, 'yarn.lock');
if (fs.existsSync(lockfile)) {
  const blocks = fs.readFileSync(lockfile, 'utf8').split(/\n\n/);
  const kept = blocks.filter(b => !/^"?@release-readiness\//m.test(b));
  fs.writeFileSync(lockfile, kept.join('\n\n'));
  if (kept.length < blocks.length) {
    console.log(
      `install-test: forgot ${
        blocks.length - kept.length
      } packed packages in the kept yarn.lock`,
    );
  }
}
for (const [target, dir] of [
  ['backend', 'packages/backend'],
  ['app', 'packages/app'],
]) {
  editJson(`${dir}/package.json`, pkg => {
    for (const name of wanted[target]) {
      pkg.dependencies[name] = `^${byName.get(name).version}`;
    }
  });
}

const indexFile = path.join(portal, changes.backend.file);
const source = fs.readFileSync(indexFile, 'utf8');
const lastImport = [...source.matchAll(/^import .*;$/gm)].pop();
if (!lastImport) fail(`no import statement in ${changes.backend.file}`);
if (!source.includes(changes.backend.before)) {
  fail(`"${changes.backend.before}" not found in ${changes.backend.file}`);
}
const afterImports = lastImport.index + lastImport[0].length;
const edited = `${source.slice(
  0,
  afterImports,
)}\n${changes.backend.imports.join('\n')}${source.slice(afterImports)}`.replace(
  changes.backend.before,
  `// release-readiness\n${changes.backend.lines.join('\n')}\n\n${
    changes.backend.before
  }`,
);
fs.writeFileSync(indexFile, edited);
console.log(
  `install-test: portal changed: ${wanted.backend.size} backend packages (${changes.backend.lines.length} lines), ${wanted.app.size} frontend package, ${manifest.length} tarball resolutions`,
);
