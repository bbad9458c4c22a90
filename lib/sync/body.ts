// The article body as Markdown, both ways. Writing escapes every Markdown
// character (lib/markdown/escape.ts), so reading undoes exactly that: a
// backslash before ASCII punctuation is dropped. Blocks are separated by a
// blank line; `## ` starts a heading, `> ` a note (an end note such as
// 本文来源：…), anything else is a paragraph. Edits made by hand in a notes app
// read back the same way.
import { escapeMarkdown, escapeMarkdownLine } from '../markdown/escape';
import type { Block } from '../parse/types';

export function blocksToMarkdown(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      if (b.type === 'heading') return `## ${escapeMarkdownLine(b.text)}`;
      if (b.type === 'note') return escapeMarkdown(b.text).split('\n').map((l) => `> ${l}`).join('\n');
      return escapeMarkdown(b.text);
    })
    .join('\n\n');
}

const unescape = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

export function markdownToBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const chunks = markdown.replace(/\r\n?/g, '\n').split(/\n[\t ]*\n/);
  for (const chunk of chunks) {
    // Only ASCII blanks are trimmed, as the writer does: a leading 　 (U+3000) is the text's own indent.
    const lines = chunk.split('\n').map((l) => l.replace(/^[\t ]+|[\t ]+$/g, '')).filter(Boolean);
    if (lines.length === 0) continue;
    const heading = /^#{1,6}[\t ]+(.*?)(?:[\t ]+#+)?$/.exec(lines[0]);
    if (heading && lines.length === 1) {
      blocks.push({ type: 'heading', text: unescape(heading[1]) });
    } else if (lines.every((l) => l.startsWith('>'))) {
      blocks.push({ type: 'note', text: lines.map((l) => unescape(l.replace(/^>[\t ]?/, ''))).join('\n') });
    } else {
      blocks.push({ type: 'paragraph', text: lines.map(unescape).join('\n') });
    }
  }
  return blocks;
}
