// One clipping as a Markdown file: front matter, then the article as printed.
import type { Clipping } from '../db/types';
import { citation } from './citation';
import { frontMatter } from './front-matter';
import { escapeMarkdown, escapeMarkdownLine } from '../markdown/escape';
import { stripBidi } from '../db/validate';

/** The one-line fields without direction controls (validate.ts strips them on the way in; a record from before may still hold them). */
function withoutBidi(c: Clipping): Clipping {
  const strip = (v: string | null) => (v === null || v === undefined ? v : stripBidi(v));
  return { ...c, title: strip(c.title), column: strip(c.column), kicker: strip(c.kicker), subtitle: strip(c.subtitle), byline: strip(c.byline), source: strip(c.source), page: strip(c.page) };
}

const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** Captions usually start 图为…/图①…; others get a 图： label so they read as captions. */
const captionLine = (text: string) => `> ${escapeMarkdown(/^图/u.test(text.trim()) ? text.trim() : `图：${text.trim()}`).replace(/\n/g, '\n> ')}`;

/**
 * The citation as a Markdown line. Its url goes in <…> (a CommonMark autolink)
 * rather than being escaped: a backslash inside a bare url would end up in
 * the link target on renderers that autolink bare urls.
 */
function citationLine(cite: string, url: string | null): string {
  const u = url?.trim();
  if (u && !/[\s<>]/.test(u) && cite.endsWith(` ${u}.`)) {
    return `引用：${escapeMarkdownLine(cite.slice(0, -u.length - 2))} <${u}>.`;
  }
  return `引用：${escapeMarkdownLine(cite)}`;
}

export function clippingToMarkdown(clipping: Clipping): string {
  const c = withoutBidi(clipping);
  const cite = citation(c);
  const head = frontMatter({
    title: c.title,
    column: c.column,
    kicker: c.kicker,
    subtitle: c.subtitle,
    byline: c.byline,
    source: c.source,
    date: c.date,
    page: c.page,
    url: c.url,
    tags: c.tags,
    note: c.note,
    clipped: new Date(c.createdAt).toISOString(),
    citation: cite,
  });

  const parts: string[] = [];
  if (c.kicker?.trim()) parts.push(escapeMarkdown(c.kicker.trim()));
  if (c.title?.trim()) parts.push(`# ${escapeMarkdownLine(oneLine(c.title))}`);
  if (c.subtitle?.trim()) parts.push(escapeMarkdown(c.subtitle.trim()));
  if (c.byline?.trim()) parts.push(escapeMarkdown(c.byline.trim()));
  for (const block of c.blocks) {
    if (!block.text.trim()) continue;
    parts.push(block.type === 'heading' ? `## ${escapeMarkdownLine(oneLine(block.text))}` : escapeMarkdown(block.text.trim()));
  }
  for (const caption of c.captions) if (caption.trim()) parts.push(captionLine(caption));
  parts.push('---', citationLine(cite, c.url));
  return `${head}\n${parts.join('\n\n')}\n`;
}
