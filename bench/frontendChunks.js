/*
 * What the production build of the app ships (`scripts/toolchain.sh node bench/frontendChunks.js
 * [packages/app/dist]`, also part of `bench/frontend.js`): every JavaScript chunk of
 * packages/app/dist/static with its size minified and gzip-compressed, the chunks index.html loads
 * up front, and, from each chunk's source map, what it is made of: the release-readiness plugin's
 * own code (plugins/release-readiness/src), its -common package, the app, and every npm package.
 *
 * A group's gzip size inside a chunk is the gzip size of that group's generated code cut out of
 * the chunk and compressed on its own: an estimate (slightly above its share of the compressed
 * chunk, since it compresses with less context).
 */
const { readFileSync, readdirSync, existsSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { gzipSync } = require('node:zlib');
const { SourceMapConsumer } = require('source-map-js');

const PLUGIN = 'plugins/release-readiness/src/';
const COMMON = 'plugins/release-readiness-common/src/';

/** The group a source file of a source map belongs to. */
function groupOf(source) {
  const path = source.replace(/^webpack:\/\/[^/]*\//, '').replace(/\\/g, '/');
  if (path.includes(PLUGIN)) return 'release-readiness plugin (own code)';
  if (path.includes(COMMON)) return 'release-readiness-common';
  const npm = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g);
  if (npm) return npm[npm.length - 1].replace('node_modules/', '');
  if (path.includes('packages/app/')) return 'app (packages/app)';
  return `other: ${path.split('/').slice(0, 3).join('/')}`;
}

const gzip = text => gzipSync(Buffer.from(text), { level: 6 }).length;

/** Per group: the generated text of one chunk that its source map attributes to the group. */
function composition(code, map) {
  const UNMAPPED = 'unmapped (runtime, glue)';
  const lines = code.split('\n');
  const slices = new Map();
  const add = (group, text) => {
    if (text) slices.set(group, (slices.get(group) ?? '') + text);
  };
  const byLine = lines.map(() => []);
  new SourceMapConsumer(map).eachMapping(m => {
    byLine[m.generatedLine - 1]?.push(m);
  });
  lines.forEach((line, index) => {
    const mappings = byLine[index].sort(
      (a, b) => a.generatedColumn - b.generatedColumn,
    );
    add(UNMAPPED, line.slice(0, mappings[0]?.generatedColumn ?? line.length));
    mappings.forEach((m, i) => {
      const end = mappings[i + 1]?.generatedColumn ?? line.length;
      add(
        m.source ? groupOf(m.source) : UNMAPPED,
        line.slice(m.generatedColumn, end),
      );
    });
  });
  return [...slices.entries()]
    .map(([group, text]) => ({
      group,
      bytes: Buffer.byteLength(text),
      gzipBytes: gzip(text),
    }))
    .sort((a, b) => b.bytes - a.bytes);
}

/** The scripts index.html loads before anything else (the initial chunks). */
function initialScripts(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map(m =>
    m[1].replace(/^.*\/static\//, ''),
  );
}

/**
 * Analyses a built app folder (default packages/app/dist).
 *
 * @param {string} dist - the app's dist folder
 */
function analyseChunks(dist = resolve(__dirname, '../packages/app/dist')) {
  const staticDir = join(dist, 'static');
  if (!existsSync(staticDir)) {
    throw new Error(
      `${staticDir} does not exist: build the app first (make build-prod)`,
    );
  }
  const initial = new Set(initialScripts(dist));
  const chunks = readdirSync(staticDir)
    .filter(f => f.endsWith('.js'))
    .map(file => {
      const code = readFileSync(join(staticDir, file), 'utf8');
      const mapFile = join(staticDir, `${file}.map`);
      const groups = existsSync(mapFile)
        ? composition(code, JSON.parse(readFileSync(mapFile, 'utf8')))
        : [];
      const plugin = groups.filter(g =>
        g.group.startsWith('release-readiness'),
      );
      return {
        file,
        initial: initial.has(file),
        bytes: Buffer.byteLength(code),
        gzipBytes: gzip(code),
        pluginBytes: plugin.reduce((s, g) => s + g.bytes, 0),
        pluginGzipBytes: plugin.reduce((s, g) => s + g.gzipBytes, 0),
        groups,
      };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const sum = (list, key) => list.reduce((s, c) => s + c[key], 0);
  const pluginChunks = chunks.filter(c => c.pluginBytes > 0);
  return {
    dist,
    totals: {
      chunks: chunks.length,
      bytes: sum(chunks, 'bytes'),
      gzipBytes: sum(chunks, 'gzipBytes'),
      initialChunks: chunks.filter(c => c.initial).length,
      initialBytes: sum(
        chunks.filter(c => c.initial),
        'bytes',
      ),
      initialGzipBytes: sum(
        chunks.filter(c => c.initial),
        'gzipBytes',
      ),
    },
    plugin: {
      budgetGzipBytes: 250 * 1024,
      ownCodeBytes: sum(pluginChunks, 'pluginBytes'),
      ownCodeGzipBytes: sum(pluginChunks, 'pluginGzipBytes'),
      chunks: pluginChunks.map(c => ({
        file: c.file,
        initial: c.initial,
        bytes: c.bytes,
        gzipBytes: c.gzipBytes,
        pluginBytes: c.pluginBytes,
        pluginGzipBytes: c.pluginGzipBytes,
        top: c.groups.slice(0, 12),
      })),
    },
    chunks: chunks.map(({ groups, ...c }) => ({
      ...c,
      top: groups.slice(0, 5).map(g => `${g.group} ${g.bytes}`),
    })),
  };
}

module.exports = { analyseChunks, groupOf };

if (require.main === module) {
  const report = analyseChunks(process.argv[2] && resolve(process.argv[2]));
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}
