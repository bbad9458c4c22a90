// Everything a page says about its article besides the adapter's reading:
// structured metadata, the document title, the page's own 《X报》（date 版次）
// line, 来源： lines, the author element, editor credits and the headings.
// Read once from the live document (read-only); lib/extract/reconcile.ts
// weighs it against the adapter's fields.
import { normalizeDate } from './dates';
import { findBylineElement, readPageMeta, type PageMeta } from './meta';
import { parsePrintedIn, type PrintedIn } from './page';
import { editorNames } from './rules/editor-line';
import { squash } from './text';
import { splitSiteSuffix, type SplitTitle } from './title';
import { hiddenReason, visibleText } from './visible';

export interface PageEvidence {
  meta: PageMeta;
  /** <title> with the site suffix cut, and the site it named. */
  docTitle: SplitTitle;
  /** 《光明日报》（2024年05月20日 03版） anywhere in the visible text. */
  printedIn: PrintedIn | null;
  /** The names a 来源： line gives, in order: 来源：光明网－《光明日报》 → ['光明网', '光明日报']. */
  sourceNames: string[];
  /** The text of an author element (.author, [rel=author], …), if short. */
  bylineElement: string | null;
  /** Names credited as editors (责编/责任编辑/编辑): never the author. */
  editors: string[];
  /** The first heading of the highest level (h1, else h2, …) on the page. */
  largestHeading: string | null;
  /** The first date in a short time/date element (span.time, .date, <time>). */
  visibleDate: string | null;
}

// Where pages print the outlet and the time beside the title.
const SOURCE_ELEMENTS = '.source, .media-name, .article-source, .source-name, #source, .ly, .article-meta .name, [itemprop="publisher"] [itemprop="name"]';
const DATE_ELEMENTS = 'time, .time, .date, .pubtime, .pub-time, .publish-time, .post-time, .article-time, #pubtime, #time, .date-source, .info';

function elementSourceNames(doc: Document): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll(SOURCE_ELEMENTS)).slice(0, 5)) {
    if (hiddenReason(el)) continue;
    const t = squash(visibleText(el)).replace(/^(?:来源|來源|稿源)\s*[:：]\s*/u, '');
    if (t && [...t].length <= 20 && !/\d{4}/.test(t)) out.push(...sourceNamesOf(`来源：${t}`));
  }
  return out;
}

/** A date printed just under the headline (within the next 300 characters of visible text). */
function dateUnderHeadline(text: string, headline: string | null): string | null {
  if (!headline) return null;
  const at = text.indexOf(headline);
  if (at < 0) return null;
  const m = /\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}/u.exec(text.slice(at + headline.length, at + headline.length + 300));
  return m ? normalizeDate(m[0]) : null;
}

function visibleDate(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll(DATE_ELEMENTS)).slice(0, 20)) {
    const t = el.getAttribute('datetime') ?? squash(visibleText(el));
    if ([...t].length > 60) continue;
    const d = normalizeDate(t);
    if (d) return d;
  }
  return null;
}

/** Enough of the page's text to find its dateline, source and printed-in lines. */
const TEXT_LIMIT = 200_000;

export function sourceNamesOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<!图片|圖片|图|圖)(?:来源|來源|稿源|出处)\s*[:：]\s*([^\s|｜，,。]{2,40})/gu)) {
    for (const part of m[1].split(/[－—\-–/·]+/u)) {
      const name = part.replace(/[《》“”"]/gu, '').trim();
      if (name.length >= 2 && !out.includes(name)) out.push(name);
    }
    if (out.length >= 4) break;
  }
  return out;
}

function largestHeading(doc: Document): string | null {
  for (const level of ['h1', 'h2', 'h3']) {
    for (const h of Array.from(doc.querySelectorAll(level)).slice(0, 8)) {
      if (h.closest('header nav, nav, footer, aside, [aria-hidden="true"]') || hiddenReason(h)) continue;
      const t = squash(visibleText(h));
      if ([...t].length >= 4 && [...t].length <= 80) return t;
    }
  }
  return null;
}

export function readEvidence(doc: Document): PageEvidence {
  const meta = readPageMeta(doc);
  const text = doc.body ? visibleText(doc.body, TEXT_LIMIT) : '';
  const editors: string[] = [];
  for (const m of text.matchAll(/(?:责任编辑|责编|編輯|責任編輯|責編|(?<![\p{Script=Han}])编辑)\s*[:：]\s*[^）)】\]\n]{1,30}/gu)) {
    for (const n of editorNames(m[0])) if (!editors.includes(n)) editors.push(n);
  }
  const heading = largestHeading(doc);
  return {
    meta,
    docTitle: splitSiteSuffix(doc.title ?? '', meta.siteName ?? meta.publisher),
    printedIn: parsePrintedIn(text),
    sourceNames: [...new Set([...sourceNamesOf(text), ...elementSourceNames(doc)])],
    bylineElement: findBylineElement(doc),
    editors,
    largestHeading: heading,
    visibleDate: visibleDate(doc) ?? dateUnderHeadline(text, heading),
  };
}
