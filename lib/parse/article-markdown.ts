// One article as Markdown: the short form the command line and the popup's
// "copy" use. (lib/export writes the full file with front matter.)

import { escapeMarkdown } from '../markdown/escape';
import type { Article } from './types';

export function articleToMarkdown(a: Article): string {
  const out: string[] = [];
  if (a.column) out.push(`〔${escapeMarkdown(a.column)}〕`);
  if (a.kicker) out.push(escapeMarkdown(a.kicker));
  out.push(`# ${escapeMarkdown(a.title ?? '（无标题）')}`);
  if (a.subtitle) out.push(escapeMarkdown(a.subtitle));
  if (a.byline) out.push(`*${escapeMarkdown(a.byline)}*`);
  if (a.continuation) out.push(`（${escapeMarkdown(a.continuation)}）`);
  for (const b of a.blocks) {
    if (b.type === 'heading') out.push(`## ${escapeMarkdown(b.text)}`);
    else out.push(escapeMarkdown(b.text));
  }
  for (const c of a.captions) out.push(`> 图：${escapeMarkdown(c)}`);
  return out.join('\n\n') + '\n';
}
