import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * Every page under `dir`, as paths relative to it. MkDocs' `404.html` is left out: its links are
 * absolute on purpose (it is served at any path), and TechDocs does not use it.
 */
function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path, root);
    const page = relative(root, path);
    return name.endsWith('.html') && page !== '404.html' ? [page] : [];
  });
}

/** The page's own content: MkDocs Material puts it in the one `<article>`. */
function articleOf(html: string): string {
  const match = /<article\b[^>]*>([\s\S]*?)<\/article>/.exec(html);
  return match ? match[1] : '';
}

function idsOf(html: string): Set<string> {
  return new Set(Array.from(html.matchAll(/\sid="([^"]+)"/g), m => m[1]));
}

/**
 * Checks a built MkDocs site (e.g. what TechDocs published) and returns one line per problem,
 * empty when there is none:
 *
 * - a link inside the site (`href` of a page, relative or with a fragment) to a file that does not
 *   exist, or to an anchor the target page does not have;
 * - Markdown that MkDocs did not understand and printed as text: a code fence (three backticks)
 *   or a list marker at the start of a line inside a paragraph (content nested in a list item
 *   that was not indented by four spaces).
 *
 * Links with a scheme (`https:`, `mailto:`) are not followed.
 *
 * @param siteDir - the folder with the built site (`index.html` at its root)
 */
export function findSiteProblems(siteDir: string): string[] {
  const root = resolve(siteDir);
  const problems: string[] = [];
  const cache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let found = cache.get(file);
    if (!found) {
      found = idsOf(readFileSync(file, 'utf8'));
      cache.set(file, found);
    }
    return found;
  };
  for (const page of htmlFiles(root)) {
    const file = join(root, page);
    const html = readFileSync(file, 'utf8');
    for (const [, href] of html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      const [pathPart, fragment] = href.split('#', 2);
      const path = decodeURI(pathPart.split('?')[0]);
      let target = path === '' ? file : resolve(dirname(file), path);
      if (
        path.endsWith('/') ||
        (existsSync(target) && statSync(target).isDirectory())
      ) {
        target = join(target, 'index.html');
      }
      if (target !== root && !target.startsWith(root + sep)) {
        problems.push(`${page}: link ${href} leaves the site`);
      } else if (!existsSync(target)) {
        problems.push(`${page}: link ${href} points to a missing page`);
      } else if (
        fragment &&
        target.endsWith('.html') &&
        !ids(target).has(fragment)
      ) {
        problems.push(`${page}: link ${href} points to a missing anchor`);
      }
    }
    const article = articleOf(html);
    if (article.includes('```')) {
      problems.push(`${page}: a code fence was printed as text`);
    }
    for (const [, paragraph] of article.matchAll(/<p>([\s\S]*?)<\/p>/g)) {
      if (/\n\s*(?:[-*+]|\d+\.) /.test(paragraph)) {
        problems.push(
          `${page}: a list was printed as text: ${paragraph.slice(0, 60)}`,
        );
      }
    }
  }
  return problems;
}
