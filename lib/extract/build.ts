// Assembles a ClipArticle from what an adapter read: tidies the metadata,
// drops page furniture from the body and runs the body through the shared
// cleaning (cleanArticleBlocks), which owns justification spaces, jump
// markers, bylines in the text and captions written into paragraphs.
import { cleanArticleBlocks } from '../parse/index';
import type { Block } from '../parse/types';
import { normalizeDate } from './dates';
import { isPrintedInLine, parsePrintedIn } from './page';
import { squash, tidyByline, tidyLine } from './text';
import type { BodyItem, ClipArticle, RawArticle } from './types';

// Web furniture that sites write as body paragraphs: editor credits, 【纠错】.
const FURNITURE_LINE = /^(?:[（(【\[]\s*)?(?:责任编辑|责编|編輯|编辑|責任編輯|責編|纠错|糾錯)\s*(?:[:：]|[）)】\]])/u;

/** A dateline above the text: 2025年7月1日 星期二 / 2025-07-01 08:30 来源：江城晚报. */
function isDateLine(text: string): boolean {
  const t = squash(text);
  if ([...t].length > 50 || !normalizeDate(t)) return false;
  const rest = t
    .replace(/(?:来源|來源|发布|發佈|发布时间|發佈時間|更新|Published|Updated)\s*[:：]?\s*\S*/giu, '')
    .replace(/星期[一二三四五六日天]|週[一二三四五六日]|周[一二三四五六日]|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?/gu, '')
    .replace(/[\d\s年月日时時分秒:：\-/.|,，·]+/gu, '')
    .replace(/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|\b(?:am|pm|GMT|BST|UTC|HKT|CST)\b/giu, '');
  return rest.trim() === '';
}

const key = (s: string | null | undefined): string => (s ?? '').replace(/[\s\u3000\u00a0]+/gu, '');

/** Above the text: a repeat of the title/kicker/subtitle, a dateline, or a
 *  short author line (记者 周洁 2025-07-01 08:30) naming the known byline. */
function isHeaderLine(text: string, header: Set<string>, byline: string | null): boolean {
  if (header.has(key(text)) || isDateLine(text)) return true;
  return !!byline && [...text].length <= 50 && key(text).includes(key(byline));
}

/** One caption, heading-free and tidied the way the shared cleaning tidies text. */
function cleanCaption(text: string): string | null {
  const r = cleanArticleBlocks([text]);
  return r.captions[0] ?? r.blocks[0]?.text ?? r.byline ?? tidyLine(text);
}

export function buildArticle(raw: RawArticle, url: string): ClipArticle | null {
  const kicker = tidyLine(raw.kicker);
  const title = tidyLine(raw.title);
  const subtitle = tidyLine(raw.subtitle);
  let byline = tidyByline(raw.byline);
  let source = tidyLine(raw.source);
  let date = normalizeDate(raw.date);
  let page = raw.page ? squash(raw.page) : null;

  // Lines that repeat the header (Readability keeps the <h1>) are not body.
  const header = new Set([title, kicker, subtitle, byline].filter(Boolean).map(key));
  const items: BodyItem[] = [];
  for (const item of raw.body) {
    if (items.every((i) => i.kind !== 'paragraph') && isHeaderLine(item.text, header, byline)) continue;
    if (FURNITURE_LINE.test(squash(item.text))) continue;
    // 《 人民日报 》（ 2025年07月01日 04 版）: where the text was printed.
    if (isPrintedInLine(item.text)) {
      const p = parsePrintedIn(squash(item.text));
      source ??= p?.source ?? null;
      date ??= p?.date ?? null;
      page ??= p?.page ?? null;
      continue;
    }
    items.push(item);
  }

  const input: (string | Block)[] = [];
  const captions: string[] = [];
  for (const item of items) {
    if (item.kind === 'caption') {
      const c = cleanCaption(item.text);
      if (c) captions.push(c);
    } else if (item.kind === 'heading') input.push({ type: 'heading', text: item.text });
    else input.push(item.text);
  }
  const cleaned = cleanArticleBlocks(input);
  // A heading left dangling at the end (a "related reading" label) is not content.
  const blocks = cleaned.blocks.slice();
  while (blocks.length && blocks[blocks.length - 1].type === 'heading') blocks.pop();
  if (!blocks.some((b) => b.type === 'paragraph')) return null;

  byline ??= cleaned.byline ? tidyByline(cleaned.byline) : null;
  for (const c of cleaned.captions) if (!captions.includes(c)) captions.push(c);

  return {
    column: tidyLine(raw.column),
    kicker,
    title,
    subtitle,
    byline,
    continuation: cleaned.continuation,
    blocks,
    captions,
    url,
    source,
    date,
    page,
  };
}
