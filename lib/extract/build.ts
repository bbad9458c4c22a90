// Assembles a ClipArticle from what an adapter read: tidies the metadata,
// drops page furniture from the body and runs the body through the shared
// cleaning (cleanArticleBlocks), which owns justification spaces, jump
// markers, bylines in the text and captions written into paragraphs.
import { cleanArticleBlocks } from '../parse/index';
import type { Block } from '../parse/types';
import type { PageEvidence } from './evidence';
import { normalizeDate } from './dates';
import { isPrintedInLine, parsePrintedIn, type PrintedIn } from './page';
import { chooseByline, chooseDate, chooseSource, chooseTitle, papersAsAuthors } from './reconcile';
import { lineRuleFor, recordLine, type Removal } from './rules';
import { editorLine, editorNames } from './rules/editor-line';
import { infoLine } from './rules/info-line';
import { squash, tidyByline, tidyLine } from './text';
import type { BodyItem, ClipArticle, RawArticle } from './types';

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

/** What buildArticle needs beyond the adapter's reading; all optional. */
export interface BuildContext {
  /** What the page says elsewhere (metadata, printed-in line, 来源, editors). */
  evidence?: PageEvidence | null;
  /** Where the boilerplate rules record what they removed. */
  removals?: Removal[];
}

/** 来源：光明日报 standing alone above or below the text. */
const SOURCE_LINE = /^(?:来源|來源|稿源)\s*[:：]\s*(\S{2,30})$/u;

export function buildArticle(raw: RawArticle, url: string, context: BuildContext = {}): ClipArticle | null {
  const ev = context.evidence ?? null;
  const removals = context.removals ?? [];
  const editors = [...(ev?.editors ?? [])];
  const kicker = tidyLine(raw.kicker);
  const title = chooseTitle(raw.title, ev);
  const subtitle = tidyLine(raw.subtitle);
  let byline = chooseByline([raw.byline], editors);
  let page = raw.page ? squash(raw.page) : null;
  let printed: PrintedIn | null = null;
  const sourceLines: string[] = [];
  let infoDate: string | null = null;

  // Lines that repeat the header (Readability keeps the <h1>) are not body.
  const header = new Set([title, kicker, subtitle, byline].filter(Boolean).map(key));
  const items: BodyItem[] = [];
  for (const item of raw.body) {
    if (items.every((i) => i.kind !== 'paragraph') && isHeaderLine(item.text, header, byline)) continue;
    const rule = lineRuleFor(item.text);
    if (rule) {
      if (rule === editorLine) for (const n of editorNames(item.text)) if (!editors.includes(n)) editors.push(n);
      if (rule === infoLine) infoDate ??= normalizeDate(item.text);
      recordLine(rule, item.text, removals);
      continue;
    }
    const t = squash(item.text);
    // 《 人民日报 》（ 2025年07月01日 04 版）: where the text was printed.
    if (isPrintedInLine(item.text)) {
      printed ??= parsePrintedIn(t);
      continue;
    }
    const from = SOURCE_LINE.exec(t);
    if (from && item.kind !== 'caption') {
      sourceLines.push(from[1]);
      continue;
    }
    items.push(item);
  }
  printed ??= ev?.printedIn ?? null;
  page ??= printed?.page ?? null;

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

  byline ??= chooseByline([ev?.bylineElement, ev?.meta.author, cleaned.byline], editors);
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
    source: chooseSource(printed, [...sourceLines, raw.source, ...papersAsAuthors([raw.byline, ev?.bylineElement, ev?.meta.author]), ...(ev?.sourceNames ?? []), ev?.meta.publisher, ev?.meta.siteName, ev?.docTitle.site]),
    date: chooseDate(raw.date ?? infoDate, printed, ev, url),
    page,
  };
}
