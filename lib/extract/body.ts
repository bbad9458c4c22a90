// Turns an article body element into plain-text items: paragraphs, headings
// and photo captions. Reads only; never changes the DOM it is given.
import type { BodyItem } from './types';
import { hiddenReason } from './visible';

const ELEMENT = 1;
const TEXT = 3;

// Block boundaries: text on either side belongs to different paragraphs.
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const HEADING = /^H[1-6]$/;

// Never text: code, media, form controls, navigation.
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FORM', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA',
  'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED', 'NAV', 'ASIDE', 'MAP', 'LINK', 'META', 'HEAD',
]);

// Class/id words (split at -, _ and camelCase) of page furniture that sites put inside the article body:
// share bars, ads, editor lines (people.com.cn .edit, news.cn #articleEdit), QR codes.
// Not 'editor': many CMS bodies are div.TRS_Editor.
const NOISE_WORDS = new Set([
  'ad', 'ads', 'adsbygoogle', 'advert', 'advertisement', 'sponsor', 'sponsored', 'promo', 'share', 'sharing',
  'bdshare', 'social', 'recommend', 'related', 'comment', 'comments', 'toolbar', 'tools', 'print', 'qrcode',
  'ewm', 'edit', 'zbj', 'copyright', 'newsletter', 'subscribe', 'hidden', 'breadcrumb', 'pagination',
]);
const CAPTION_WORDS = new Set(['caption', 'pictext', 'imgtext', 'picinfo', 'imginfo', 'photodesc']);

/** Marks the extractor puts on a cloned document before Readability strips styles. */
export const CENTER_MARK = 'jb-center';
export const CAPTION_MARK = 'jb-caption';

const MAX_HEADING = 60;
const MAX_CAPTION = 150;
/** A caption beside a photo is one short statement; text longer than this, or of several sentences, is a paragraph. */
const MAX_PHOTO_CAPTION = 100;
// Captions read like captions: 图为…, （图片来源…）, …摄, 资料图片.
const CAPTION_WORDING = /^(?:图[为：:]|[（(]?图|图片|左图|右图|上图|下图|资料图)|摄(?:影)?\s*[）)]?\s*$|供图\s*[）)]?$|图片来源|视觉中国|新华社发/u;
// A work's title standing alone (a poem's 《春望》): a heading of the text, never a caption.
const WORK_TITLE = /^《[^》]{1,30}》$/u;

function isCaptionText(text: string): boolean {
  if (len(text) > MAX_PHOTO_CAPTION || WORK_TITLE.test(text)) return false;
  const sentences = text.split(/[。！？!?]/u).filter((s) => s.trim()).length;
  return sentences <= 1 || CAPTION_WORDING.test(text);
}

// A line that ends here ends its sentence or clause; one that stops in the
// middle of a word was wrapped by a <br> the layout put in (mid-word breaks).
const LINE_END = /[。！？!?…；;：:”」』）)\]】》]$/u;
const MIN_WRAPPED = 12;

/** Joins lines a <br> broke in the middle of a sentence; short lines (verse, headings) stay apart. */
function joinWrappedLines(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (prev && prev.plain && l.plain && len(prev.text) >= MIN_WRAPPED && !LINE_END.test(prev.text)) {
      const glue = /[A-Za-z0-9]$/.test(prev.text) && /^[A-Za-z0-9]/.test(l.text) ? ' ' : '';
      out[out.length - 1] = { text: prev.text + glue + l.text, plain: true };
    } else out.push({ ...l });
  }
  return out;
}
// A photo credit closes the caption: 新华社记者 张三摄, （李四 摄）.
const PHOTO_CREDIT = /摄(?:影)?\s*[）)]?\s*$/u;

function words(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
}

export function isNoise(el: Element): boolean {
  if (SKIP.has(el.tagName.toUpperCase())) return true;
  if (hiddenReason(el)) return true;
  return words(el).some((w) => NOISE_WORDS.has(w));
}

export function isCentered(el: Element): boolean {
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return (
    style.includes('text-align:center') ||
    (el.getAttribute('align') ?? '').toLowerCase() === 'center' ||
    words(el).includes('center') || // also CENTER_MARK, jb-center
    el.tagName.toUpperCase() === 'CENTER'
  );
}

export function isCaptionElement(el: Element): boolean {
  return el.tagName.toUpperCase() === 'FIGCAPTION' || words(el).some((w) => CAPTION_WORDS.has(w)); // also CAPTION_MARK
}

const clean = (s: string): string => s.replace(/[\t\n\r\f ]+/g, ' ').replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
const len = (s: string): number => [...s].length;

function hasBlockChild(el: Element): boolean {
  for (const c of Array.from(el.children)) {
    const tag = c.tagName.toUpperCase();
    if (BLOCK.has(tag) || (!SKIP.has(tag) && hasBlockChild(c))) return true;
  }
  return false;
}

interface Line {
  text: string;
  /** Some of its text lies outside <strong>/<b>. */
  plain: boolean;
}

interface Inline {
  lines: Line[];
  cur: Line;
  /** The element holds a picture. */
  img: boolean;
}

/** Lines of an element without block children, split at <br>. */
function readInline(el: Element, root: Element, acc: Inline): void {
  for (const n of Array.from(el.childNodes)) {
    if (n.nodeType === TEXT) {
      const t = n.nodeValue ?? '';
      acc.cur.text += t;
      if (t.trim() && !insideEmphasis(n, root)) acc.cur.plain = true;
    } else if (n.nodeType === ELEMENT) {
      const c = n as Element;
      const tag = c.tagName.toUpperCase();
      if (tag === 'BR') {
        acc.lines.push(acc.cur);
        acc.cur = { text: '', plain: false };
      } else if (tag === 'IMG' || tag === 'PICTURE') {
        acc.img = true;
      } else if (!isNoise(c)) {
        readInline(c, root, acc);
      }
    }
  }
}

function inline(el: Element): Inline {
  const acc: Inline = { lines: [], cur: { text: '', plain: false }, img: false };
  readInline(el, el, acc);
  acc.lines.push(acc.cur);
  acc.lines = joinWrappedLines(acc.lines.map((l) => ({ text: clean(l.text), plain: l.plain })).filter((l) => l.text));
  return acc;
}

function insideEmphasis(n: Node, stop: Element): boolean {
  for (let p = n.parentElement; p && p !== stop; p = p.parentElement) {
    const tag = p.tagName.toUpperCase();
    if (tag === 'STRONG' || tag === 'B') return true;
  }
  return false;
}

interface State {
  items: BodyItem[];
  /** An image was seen and no text has followed it yet. */
  afterImage: boolean;
}

function emit(st: State, kind: BodyItem['kind'], text: string): void {
  const t = clean(text);
  if (!t) return;
  st.items.push({ kind, text: t });
  st.afterImage = false;
}

function leaf(el: Element, st: State): void {
  const tag = el.tagName.toUpperCase();
  const info = inline(el);
  const ls = info.lines.map((l) => l.text);
  if (!ls.length) {
    if (info.img) st.afterImage = true;
    return;
  }
  const text = ls.join(' ');
  const all = (kind: BodyItem['kind']): void => ls.forEach((l) => emit(st, kind, l));
  if (HEADING.test(tag)) return emit(st, 'heading', text);
  if (isCaptionElement(el)) return all('caption');
  // <p><img><br>图为……</p>: the text sits beside its photo.
  if (info.img && isCaptionText(text)) return all('caption');
  // A short centered line right under a photo.
  if (st.afterImage && isCentered(el) && isCaptionText(text) && info.lines.some((l) => l.plain)) return all('caption');
  for (const l of info.lines) {
    // <p><strong>一、……</strong></p>, or a bold line between <br>s: a sub-heading.
    const kind = !l.plain && len(l.text) <= MAX_HEADING && tag !== 'LI' && tag !== 'TD' && tag !== 'TH' ? 'heading'
      : PHOTO_CREDIT.test(l.text) && len(l.text) <= MAX_CAPTION ? 'caption'
      : 'paragraph';
    emit(st, kind, l.text);
  }
  if (info.img) st.afterImage = true;
}

function walk(el: Element, st: State): void {
  const tag = el.tagName.toUpperCase();
  if (tag === 'FIGURE') {
    const caps = Array.from(el.querySelectorAll('figcaption')).filter((c) => !isNoise(c));
    if (caps.length) caps.forEach((c) => emit(st, 'caption', c.textContent ?? ''));
    else if (clean(el.textContent ?? '')) emit(st, 'caption', el.textContent ?? '');
    else st.afterImage = true;
    return;
  }
  if (!hasBlockChild(el)) return leaf(el, st);
  // Mixed content: inline runs between blocks are paragraphs of their own.
  let run: Element | null = null;
  const flushRun = (): void => {
    if (run) leaf(run, st);
    run = null;
  };
  for (const n of Array.from(el.childNodes)) {
    if (n.nodeType === ELEMENT) {
      const c = n as Element;
      if (isNoise(c)) continue;
      const ctag = c.tagName.toUpperCase();
      if (BLOCK.has(ctag) || hasBlockChild(c)) {
        flushRun();
        walk(c, st);
        continue;
      }
    } else if (n.nodeType !== TEXT) continue;
    run ??= el.ownerDocument.createElement('div');
    run.appendChild(n.cloneNode(true));
  }
  flushRun();
}

/** Paragraphs, headings and captions of an article body, in page order. */
export function collectBody(container: Element): BodyItem[] {
  const st: State = { items: [], afterImage: false };
  if (!isNoise(container)) walk(container, st);
  return st.items;
}
