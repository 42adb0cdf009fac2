/** Characters with a meaning in CommonMark/GFM inline text (emphasis, code, links, HTML, tables). */
const SPECIAL = /[\\`*_[\]<>|#~&!]/g;

/**
 * Text from records or upstreams as literal Markdown: every character that could start
 * emphasis, code, a link, an image, raw HTML, a heading or a table cell is backslash-escaped,
 * so no link or markup is made from it.
 *
 * @internal
 */
export function escapeMarkdown(text: string): string {
  return text.replace(SPECIAL, ch => `\\${ch}`);
}
