// Backslash-escapes ASCII Markdown syntax so text renders exactly as printed
// (CommonMark + GFM). Only ASCII is touched: Chinese punctuation such as
// ＊＃【】《》—— never has a Markdown meaning and stays as it is.

/** Characters with a meaning anywhere in a line. */
const INLINE = /[\\`*_[\]<~|]/g;

/**
 * Escapes one line of text for use in a paragraph or heading. A line-start
 * escape is applied too: a printed "1. 坚持" or "# 话题" or "- 一是" would
 * otherwise become a list or heading.
 */
export function escapeMarkdownLine(line: string): string {
  let s = line.replace(/[\t ]+$/, '').replace(/^[\t ]+/, ''); // 4 leading spaces = code block; 2 trailing = hard break
  s = s.replace(INLINE, '\\$&');
  s = s.replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&'); // "&amp;" would render as "&"
  s = s.replace(/!(?=\\\[)/g, '\\!');
  // Line starts: headings, quotes, lists, thematic breaks, setext underlines, ordered lists.
  s = s.replace(/^([#>+=-])/, '\\$1');
  s = s.replace(/^(\d{1,9})([.)])/, '$1\\$2');
  s = s.replace(/(?<!\\)(#+)$/, (m) => '\\#'.repeat(m.length)); // closing sequence of an ATX heading
  return s;
}

/** Escapes text that may contain line breaks; each line is escaped on its own. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').map(escapeMarkdownLine).join('\n');
}
