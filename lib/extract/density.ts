// Finding the article on any page by its text, without knowing the site:
// the element whose runs of text add up to the most article-like text.
//
// Every run of text (the text between two block boundaries or <br>s) gets a
// value: text that reads like prose (it has Chinese or Latin sentence
// punctuation, or is long) counts for its length less its linked part; a run
// that is mostly links (menus, recommendation lists) or short and without
// punctuation (labels, buttons, dates) counts against. An element's score is
// the sum over the runs inside it, and the best container is the element
// with the highest score: it takes in every paragraph of the article, while
// widening it to the page's menus and link lists would lower the sum. This
// needs no <p> at all (new.qq.com writes its text in <div>s and <span>s with
// <br>), and it reads only visible text.
import { isNoise } from './body';
import { hiddenReason, isNeverText } from './visible';

const INLINE = new Set([
  'A', 'SPAN', 'B', 'STRONG', 'EM', 'I', 'U', 'FONT', 'SMALL', 'BIG', 'SUB', 'SUP', 'LABEL', 'CODE', 'Q', 'CITE',
  'ABBR', 'TIME', 'MARK', 'S', 'INS', 'DEL', 'IMG', 'PICTURE', 'WBR', 'BDI', 'BDO', 'RUBY', 'RT', 'RP',
]);
// Chinese (full-width) and Latin sentence and clause punctuation.
// Not ： or brackets: 来源：… and 责任编辑：… are labels, not prose.
const PUNCT = /[。，、；！？“”‘’「」…]|[.,;!?](?=\s|$)/gu;
const NON_SPACE = /[^\s\u00a0\u3000]/gu;

/** Short runs with no punctuation are labels and buttons unless this long. */
const LONG_RUN = 40;

export interface DensityCandidate {
  element: Element;
  score: number;
  /** Characters of prose runs, without their links. */
  prose: number;
  /** Sentence punctuation marks in prose runs. */
  punct: number;
}

interface Run {
  chars: number;
  link: number;
  text: string;
}

interface Acc {
  score: number;
  prose: number;
  punct: number;
}

const count = (s: string, re: RegExp): number => s.match(re)?.length ?? 0;

function flush(run: Run, acc: Acc): void {
  if (!run.chars) return;
  const linkShare = run.link / run.chars;
  const punct = count(run.text, PUNCT);
  if (linkShare > 0.5) acc.score -= run.chars;
  else if (punct > 0 || run.chars >= LONG_RUN) {
    acc.score += run.chars - run.link;
    acc.prose += run.chars - run.link;
    acc.punct += punct;
  } else acc.score -= run.chars * 0.5;
  run.chars = 0;
  run.link = 0;
  run.text = '';
}

/** The best article container of the page, or null when the page has no prose at all. */
export function findDensityCandidate(doc: Document): DensityCandidate | null {
  const body = doc.body;
  if (!body) return null;
  let best: DensityCandidate | null = null;

  const visit = (el: Element, run: Run, inLink: boolean, acc: Acc): void => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const t = n.nodeValue ?? '';
        const c = count(t, NON_SPACE);
        if (!c) continue;
        run.chars += c;
        if (inLink) run.link += c;
        run.text += t;
        continue;
      }
      if (n.nodeType !== 1) continue;
      const c = n as Element;
      const tag = c.tagName.toUpperCase();
      if (isNeverText(c) || hiddenReason(c) || isNoise(c)) continue;
      if (tag === 'BR') {
        flush(run, acc);
        continue;
      }
      if (INLINE.has(tag)) {
        visit(c, run, inLink || tag === 'A', acc);
        continue;
      }
      flush(run, acc);
      const own: Acc = { score: 0, prose: 0, punct: 0 };
      const inner: Run = { chars: 0, link: 0, text: '' };
      visit(c, inner, inLink, own);
      flush(inner, own);
      if (own.prose && (!best || own.score > best.score)) best = { element: c, ...own };
      acc.score += own.score;
      acc.prose += own.prose;
      acc.punct += own.punct;
    }
  };

  const top: Acc = { score: 0, prose: 0, punct: 0 };
  const run: Run = { chars: 0, link: 0, text: '' };
  visit(body, run, false, top);
  flush(run, top);
  const found = best as DensityCandidate | null;
  if (top.prose && (!found || top.score > found.score)) return { element: body, ...top };
  return found;
}

/** Enough prose in one place to be an article: some sentences, not a few blurbs under headlines. */
export const MIN_PROSE = 200;
export const MIN_PUNCT = 6;

/** A short article (two short paragraphs) counts when its headline is the page's title. */
export const MIN_TITLED_PROSE = 60;
export const MIN_TITLED_PUNCT = 2;

/** An <h1>/<h2> whose text the document title holds: the page is about one headline, not a list of them. */
function hasTitleHeading(doc: Document): boolean {
  const title = (doc.title ?? '').replace(/\s+/g, '');
  if (!title) return false;
  return Array.from(doc.querySelectorAll('h1, h2'))
    .slice(0, 6)
    .some((h) => {
      const t = (h.textContent ?? '').replace(/\s+/g, '');
      return [...t].length >= 6 && title.includes(t) && !h.querySelector('a');
    });
}

/** The cheap check of the text-density extractor: one place on the page holds an article's worth of prose. */
export function isArticleByDensity(doc: Document): boolean {
  const c = findDensityCandidate(doc);
  if (!c) return false;
  if (c.prose >= MIN_PROSE && c.punct >= MIN_PUNCT) return true;
  return c.prose >= MIN_TITLED_PROSE && c.punct >= MIN_TITLED_PUNCT && hasTitleHeading(doc);
}
