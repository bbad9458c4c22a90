// Inputs of nine shapes that have each made the parser slower than linear,
// built at any size, for the scaling test and `npm run bench:parse`.
//
// - sentence-lines: many short lines that each end a sentence (one paragraph
//   of 22-character lines read as one long run);
// - one-paragraph: one huge paragraph wrapped at 20 columns, no sentence end;
// - one-line: the whole input on a single line;
// - tiny-articles: hundreds of short articles, each a title, byline and text;
// - display-lines: many short lines with no sentence end (titles, headings);
// - example-pages: the real example pages repeated;
// - bracket-lines: one paragraph of full lines that each end a sentence and
//   close a bracket (…。）), where each line once re-read the whole paragraph;
// - two-byline-articles: short articles each with a second byline no article
//   takes, once each looked for through every text of the page;
// - names-in-titles: short articles whose head has a bare name between two
//   title lines, each once looked for, run into the titles, through the
//   whole page's text.

import { loadPages } from './corpus';

const SENTENCE = '各地坚持以人民为中心的发展思想推进改革。';
const PROSE = '新时代新征程上各地深入学习贯彻党的二十大精神统筹推进经济社会发展和民生改善持续推动高质量发展';

function repeatTo(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width));
  return out;
}

export type ShapeName = 'sentence-lines' | 'one-paragraph' | 'one-line' | 'tiny-articles' | 'display-lines' | 'example-pages' | 'bracket-lines' | 'two-byline-articles' | 'names-in-titles';

/** Builds an input of about `chars` characters in the given shape. */
export function buildShape(shape: ShapeName, chars: number): string {
  switch (shape) {
    case 'sentence-lines':
      return Array.from({ length: Math.ceil(chars / (SENTENCE.length + 2)) }, (_, i) => `${i % 10}${SENTENCE}`).join('\n');
    case 'one-paragraph':
      return wrap(repeatTo(PROSE, chars), 20).join('\n');
    case 'one-line':
      return repeatTo(PROSE + '，' + SENTENCE, chars);
    case 'tiny-articles': {
      const out: string[] = [];
      let n = 0;
      for (let i = 0; n < chars; i++) {
        const article = [`第${i}号新闻标题`, `本报记者 张${'三四五六'[i % 4]}`, ...wrap(repeatTo(PROSE, 60) + '。', 18), ''].join('\n');
        out.push(article);
        n += article.length + 1;
      }
      return out.join('\n');
    }
    case 'display-lines':
      return Array.from({ length: Math.ceil(chars / 10) }, (_, i) => `推进改革发展第${i % 100}项`).join('\n');
    case 'bracket-lines':
      return Array.from({ length: Math.ceil(chars / 16) }, (_, i) => `甲乙丙丁戊己庚辛壬癸子${i % 10}。）`).join('\n');
    case 'two-byline-articles': {
      const out: string[] = [];
      let n = 0;
      for (let i = 0; n < chars; i++) {
        // A name of its own for every second byline (two Han characters from i).
        const name = String.fromCharCode(0x5a00 + (i % 4000), 0x5a00 + Math.floor(i / 4000));
        const article = [`第${i}号新闻标题`, `本报记者 张${'三四五六'[i % 4]}`, `新华社记者 李${name}`, ...wrap(repeatTo(PROSE, 60) + '。', 18), ''].join('\n');
        out.push(article);
        n += article.length + 1;
      }
      return out.join('\n');
    }
    case 'names-in-titles': {
      const out: string[] = [];
      let n = 0;
      for (let i = 0; n < chars; i++) {
        // (a name of its own for every head, never said in the text)
        const name = String.fromCharCode(0x5a00 + (i % 4000));
        const article = [`推进改革发展第${i}项工作`, `张${name}`, '取得新进展新成效', `本报记者 李${'三四五六'[i % 4]}`, ...wrap(repeatTo(PROSE, 60) + '。', 18), ''].join('\n');
        out.push(article);
        n += article.length + 1;
      }
      return out.join('\n');
    }
    case 'example-pages': {
      const pages = loadPages().pages.join('\n\n');
      return repeatTo(pages + '\n\n', chars);
    }
  }
}

export const SHAPES: ShapeName[] = ['sentence-lines', 'one-paragraph', 'one-line', 'tiny-articles', 'display-lines', 'example-pages', 'bracket-lines', 'two-byline-articles', 'names-in-titles'];
