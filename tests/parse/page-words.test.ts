// A page's paragraphs read once into a stream of word pairs (bigrams.ts's
// PageWords) answer the questions about runs of them as reading the texts
// does: coverageOfEachInTexts inside withPageWords, and the cohesion of cuts
// whose Han pairs' places are found in the same pass.

import { describe, expect, it } from 'vitest';
import { bigramSet, coverageOfEachInTexts, withPageWords } from '../../lib/parse/bigrams';
import { cohesionAt, withPageStream } from '../../lib/parse/cohesion';
import type { BodyItem } from '../../lib/parse/head-types';
import { fixtureTexts } from './fixture-texts';

function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

// (Han, Latin, digits, punctuation read through, a character outside the BMP, lone surrogates,
// and a character of U+3400–U+9FFF that is no word character: ䷀, a hexagram)
const PIECES = ['中国', '发展', '改革', '经济', '，', '。', 'ab', '20', '25', ' ', '𠀋', '\ud840', '\udc0b', '䷀', '人民', '推进', '“', '的'];

function makeParagraph(rand: () => number, hexagrams: boolean): string {
  let text = '';
  for (let k = Math.floor(rand() * 40); k >= 0; k--) {
    const piece = PIECES[Math.floor(rand() * PIECES.length)];
    text += piece === '䷀' && !hexagrams ? '展' : piece;
  }
  return text;
}

describe('the page read as one stream of word pairs', () => {
  it('gives coverageOfEachInTexts of items of the page in its order what reading them gives', () => {
    const rand = seededRandom(7);
    const fixtureParagraphs = fixtureTexts()
      .flatMap((t) => t.split('\n'))
      .filter((t) => t.trim());
    let compared = 0;
    let between = 0;
    for (let round = 0; round < 120; round++) {
      const made = Array.from({ length: 2 + Math.floor(rand() * 30) }, () => makeParagraph(rand, round % 3 === 0));
      // (fixture lines as paragraphs too, and a paragraph said twice)
      const at = Math.floor(rand() * Math.max(1, fixtureParagraphs.length - 20));
      const page = [...made, ...fixtureParagraphs.slice(at, at + Math.floor(rand() * 20)), made[0]];
      const probes = [0, 1, 2].map(() => bigramSet(page[Math.floor(rand() * page.length)].slice(0, 12) + (rand() < 0.5 ? '中国' : '')));
      // (items of other kinds between the paragraphs, some of no word character)
      const items = page.map((text, k) => ({ kind: k % 5 === 3 ? 'heading' : k % 7 === 4 ? 'caption' : 'paragraph', text: k % 11 === 6 ? '。' : text }));
      const texts = items.map((item) => item.text);
      const questions: [string[], number][] = [
        [texts, Infinity],
        [texts, Infinity],
      ];
      for (let q = 0; q < 30; q++) {
        const from = Math.floor(rand() * texts.length);
        const run = texts.slice(from, from + 1 + Math.floor(rand() * 6));
        // (items in the page's order with others left out between them: the paragraphs of a group, an article's blocks)
        const some = texts.slice(from, from + 12).filter(() => rand() < 0.6);
        const limit = [Infinity, 3000, 40, 7, 1][Math.floor(rand() * 5)];
        questions.push([run, limit], [[...run].reverse(), limit], [[...run, '中国发展'], limit], [some, limit], [[...some, ...some], limit]);
      }
      const read = questions.map(([texts, limit]) => coverageOfEachInTexts(probes, texts, limit));
      // (the first two questions, the whole page, make the stream: the rest are looked up in it)
      const looked = withPageWords(items, () => questions.map(([texts, limit]) => coverageOfEachInTexts(probes, texts, limit)));
      expect(looked, `round ${round}`).toEqual(read);
      compared += questions.length;
      between += read.flat().filter((c) => c > 0 && c < 1).length;
    }
    expect(compared).toBeGreaterThan(15_000);
    expect(between).toBeGreaterThan(1000);
  });

  it('gives the cohesion of cuts in runs of the page, its places found with the stream, what a body read alone gives', () => {
    const rand = seededRandom(11);
    let compared = 0;
    for (let round = 0; round < 150; round++) {
      const page: BodyItem[] = [];
      for (let i = 2 + Math.floor(rand() * 30); i > 0; i--) page.push(rand() < 0.15 ? { kind: 'heading', text: '小标题' } : { kind: 'paragraph', text: makeParagraph(rand, round % 2 === 0) });
      const paragraphs = page.filter((b) => b.kind === 'paragraph');
      const from = Math.floor(rand() * page.length / 3);
      for (const body of [page, page.slice(from), page.slice(0, page.length - from)]) {
        const cutPoints = [0];
        for (let i = 1; i < body.length; i++) if (rand() < 0.7) cutPoints.push(i);
        cutPoints.push(body.length);
        const alone = [...cohesionAt(body, cutPoints)];
        // (a copy of the items: no run of the page's, so read alone)
        expect([...cohesionAt(body.map((b) => ({ ...b })), cutPoints)]).toEqual(alone);
        // (the page's items, paragraphs and crossheads, read into the stream with the places of the paragraphs' Han pairs)
        const inPage = withPageStream(paragraphs, () => withPageWords(page, () => [...cohesionAt(body, cutPoints)]));
        expect(inPage, `round ${round}`).toEqual(alone);
        compared += cutPoints.length;
      }
    }
    expect(compared).toBeGreaterThan(2000);
  });
});
