import { rootConfigServiceFactory } from '@backstage/backend-defaults/rootConfig';
import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { parseEntityYaml } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import techdocsPlugin from '@backstage/plugin-techdocs-backend';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import request from 'supertest';
import { findSiteProblems } from './findSiteProblems';

/**
 * The demo's documentation as the demo portal serves it: the real TechDocs backend, with the
 * `techdocs` block of the demo's app-config.yaml (local builder, MkDocs run locally without the
 * techdocs-core plugin, local publisher), builds `docs/` with mkdocs.yml through the
 * `backstage.io/techdocs-ref` annotation of the System in the repository's catalog-info.yaml
 * (read with the catalog's own parser; the catalog service is a mock holding that entity). Needs Debian's mkdocs and mkdocs-material
 * (`make system-deps`); without them the build fails, and so does this test.
 *
 * It works on a copy of the three (the TechDocs generator rewrites mkdocs.yml in place) and
 * publishes into a temporary folder; everything else comes from app-config.yaml.
 */
const REPO = resolve(__dirname, '../../../..');
const SYSTEM = 'default/system/release-readiness';

/** Every Markdown page under `dir`, relative to it. */
function markdownPages(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownPages(path, root);
    return name.endsWith('.md') ? [relative(root, path)] : [];
  });
}

/** Where MkDocs (use_directory_urls) puts a page: `a/b.md` → `a/b/index.html`. */
function builtPath(page: string): string {
  const base = page.replace(/\.md$/, '');
  return base === 'index' || base.endsWith('/index')
    ? `${base}.html`
    : `${base}/index.html`;
}

/**
 * The System of a catalog-info.yaml as the catalog stores it when it reads the file as a `file`
 * location (as the demo does): with the location annotations and a uid.
 */
function systemOf(file: string): Entity {
  const location = { type: 'file', target: file };
  for (const result of parseEntityYaml(readFileSync(file), location)) {
    if (
      result.type === 'entity' &&
      result.entity.kind === 'System' &&
      result.entity.metadata.name === 'release-readiness'
    ) {
      const { entity } = result;
      return {
        ...entity,
        metadata: {
          ...entity.metadata,
          uid: 'a3c2b1d0-0000-4000-8000-000000000001',
          annotations: {
            ...entity.metadata.annotations,
            'backstage.io/managed-by-location': `file:${file}`,
            'backstage.io/managed-by-origin-location': `file:${file}`,
          },
        },
      };
    }
  }
  throw new Error(`${file} has no System release-readiness`);
}

describe('the demo documentation in TechDocs', () => {
  let work: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'rr-techdocs-'));
    for (const path of ['catalog-info.yaml', 'mkdocs.yml', 'docs']) {
      cpSync(join(REPO, path), join(work, 'repo', path), { recursive: true });
    }
    // JSON is YAML: the one key this test changes, on top of the demo's app-config.yaml
    writeFileSync(
      join(work, 'app-config.test.yaml'),
      JSON.stringify({
        techdocs: {
          publisher: { local: { publishDirectory: join(work, 'published') } },
        },
      }),
    );
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('builds every page of docs/ from the System entity and serves it', async () => {
    const backend = await startTestBackend({
      features: [
        rootConfigServiceFactory({
          argv: [
            'node',
            'backend',
            '--config',
            join(REPO, 'app-config.yaml'),
            '--config',
            join(work, 'app-config.test.yaml'),
          ],
          watch: false,
        }),
        catalogServiceMock.factory({
          entities: [systemOf(join(work, 'repo', 'catalog-info.yaml'))],
        }),
        techdocsPlugin,
      ],
    });
    const server = backend.server;
    try {
      const auth = { Authorization: mockCredentials.user.header() };

      // the annotation the Docs tab follows
      expect(
        systemOf(join(work, 'repo', 'catalog-info.yaml')).metadata
          .annotations?.['backstage.io/techdocs-ref'],
      ).toBe('dir:.');

      // what the Docs tab asks first: build (mkdocs, local) and publish
      const sync = await request(server)
        .get(`/api/techdocs/sync/${SYSTEM}`)
        .set(auth)
        .buffer(true)
        .parse((res, done) => {
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
          });
          res.on('end', () => done(null, text));
        });
      const events = String(sync.body);
      expect(events).not.toContain('event: error');
      expect(events).toContain('event: finish\ndata: {"updated":true}');

      const metadata = await request(server)
        .get(`/api/techdocs/metadata/techdocs/${SYSTEM}`)
        .set(auth);
      expect(metadata.status).toBe(200);
      // without the techdocs-core plugin: docs/techdocs_metadata.json with the generator's
      // build time and files added
      const built = JSON.parse(metadata.text);
      expect(built.site_name).toBe('Release readiness');
      expect(built.build_timestamp).toBeGreaterThan(Date.now() - 600_000);
      expect(built.files).toEqual(
        expect.arrayContaining(['index.html', 'user-guide/index.html']),
      );

      const userGuide = await request(server)
        .get(`/api/techdocs/static/docs/${SYSTEM}/user-guide/index.html`)
        .set(auth);
      expect(userGuide.status).toBe(200);
      expect(userGuide.text).toMatch(/<h1 id="user-guide">User guide/);

      // every page of docs/ was built, and every link between them resolves
      const site = join(work, 'published', SYSTEM);
      const missing = markdownPages(join(REPO, 'docs')).filter(
        page => !existsSync(join(site, builtPath(page))),
      );
      expect(missing).toEqual([]);
      expect(findSiteProblems(site)).toEqual([]);

      // the generator rewrote mkdocs.yml in place (as it does in the demo's working tree):
      // the file is written so that this changes nothing
      expect(readFileSync(join(work, 'repo', 'mkdocs.yml'), 'utf8')).toBe(
        readFileSync(join(REPO, 'mkdocs.yml'), 'utf8'),
      );
    } finally {
      await backend.stop();
    }
  }, 180_000);
});
