import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findSiteProblems } from './findSiteProblems';

describe('findSiteProblems', () => {
  let site: string;

  function page(path: string, article: string) {
    const file = join(site, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(
      file,
      `<html><body><nav><a href="index.html">home</a></nav><article class="md-content__inner">${article}</article></body></html>`,
    );
  }

  beforeEach(() => {
    site = mkdtempSync(join(tmpdir(), 'rr-site-'));
  });
  afterEach(() => rmSync(site, { recursive: true, force: true }));

  it('finds nothing in a site whose links and anchors all resolve', () => {
    page(
      'index.html',
      '<h1 id="home">Home</h1><p>See <a href="guide/">the guide</a>, <a href="guide/#setting-a-gate">a gate</a>, <a href="#home">the top</a>, <a href="guide/index.html">the file</a> and <a href="https://example.com/x">elsewhere</a>.</p>',
    );
    page(
      'guide/index.html',
      '<h1 id="guide">Guide</h1><h2 id="setting-a-gate">Setting a gate</h2><p><a href="../">back</a></p><ul>\n<li>a list</li>\n</ul>',
    );
    expect(findSiteProblems(site)).toEqual([]);
  });

  it('names missing pages, missing anchors and links out of the site', () => {
    page(
      'index.html',
      '<h1 id="home">Home</h1><p><a href="gone/">gone</a> <a href="guide/#nope">nope</a> <a href="#also-nope">here</a> <a href="../../etc/passwd">out</a> <a href="/elsewhere/">root</a></p>',
    );
    page('guide/index.html', '<h1 id="guide">Guide</h1>');
    // MkDocs' 404 page links absolutely on purpose; it is not checked
    page('404.html', '<p><a href="/guide/">guide</a></p>');
    expect(findSiteProblems(site).sort()).toEqual(
      [
        'index.html: link #also-nope points to a missing anchor',
        'index.html: link ../../etc/passwd leaves the site',
        'index.html: link /elsewhere/ leaves the site',
        'index.html: link gone/ points to a missing page',
        'index.html: link guide/#nope points to a missing anchor',
      ].sort(),
    );
  });

  it('names Markdown that was printed as text', () => {
    page(
      'index.html',
      '<h1 id="home">Home</h1><p>Install:\n```ts\nbackend.add()\n```</p><p>Sources:\n- kubernetes\n- snapshot</p><p>Steps:\n1. open</p>',
    );
    expect(findSiteProblems(site)).toEqual([
      'index.html: a code fence was printed as text',
      expect.stringMatching(
        /^index\.html: a list was printed as text: Sources:/,
      ),
      expect.stringMatching(/^index\.html: a list was printed as text: Steps:/),
    ]);
  });
});
