import { escapeMarkdown } from './escapeMarkdown';

/**
 * A GFM table from literal text: cells are escaped (`|` included), line breaks in a cell become
 * `<br>`, and an empty cell shows `—`.
 *
 * @internal
 */
export function markdownTable(header: string[], rows: string[][]): string {
  const cell = (text: string) =>
    text.trim() === ''
      ? '—'
      : escapeMarkdown(text.trim()).replace(/\r\n|\r|\n/g, '<br>');
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [
    line(header),
    `|${header.map(() => ' --- ').join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}
