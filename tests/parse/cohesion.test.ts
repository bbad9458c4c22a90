// cohesionAt reads each cut's two sides through where each pair stood last
// (lib/parse/cohesion.ts); here it is held to the plain form it replaced: two
// sets of pairs per cut, built afresh, and their Dice share.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COHESION_WINDOW, cohesionAt, withPageStream } from '../../lib/parse/cohesion';
import type { BodyItem } from '../../lib/parse/head-types';
import { seededRandom } from '../../lib/seeded-random';

const isHan = (c: number) => c >= 0x3400 && c <= 0x9fff;

/** The definition: the paragraphs one stream, a side [from, to) holding the Han pairs that start in [from, to - 1) within one paragraph. */
function plainCohesion(body: BodyItem[], cutPoints: number[]): number[] {
  let stream = '';
  const offset = [0];
  const paragraphStart: number[] = [];
  for (const b of body) {
    if (b.kind === 'paragraph') {
      for (let j = 0; j < b.text.length; j++) paragraphStart.push(stream.length);
      stream += b.text;
    }
    offset.push(stream.length);
  }
  const pairAt = (p: number) => {
    const a = stream.charCodeAt(p);
    const c = stream.charCodeAt(p + 1);
    // (both in one paragraph: the next character's paragraph starts where this one's does)
    return p + 1 < stream.length && isHan(a) && isHan(c) && paragraphStart[p + 1] === paragraphStart[p] ? stream.slice(p, p + 2) : null;
  };
  const side = (from: number, to: number) => {
    const pairs = new Set<string>();
    for (let p = from; p < to - 1; p++) {
      const pair = pairAt(p);
      if (pair) pairs.add(pair);
    }
    return pairs;
  };
  const out = cutPoints.map(() => 0);
  for (let b = 1; b < cutPoints.length - 1; b++) {
    const q = offset[cutPoints[b]];
    const before = side(Math.max(0, q - COHESION_WINDOW), q);
    const after = side(q, Math.min(stream.length, q + COHESION_WINDOW));
    let common = 0;
    for (const pair of before) if (after.has(pair)) common++;
    out[b] = before.size + after.size ? (2 * common) / (before.size + after.size) : 0;
  }
  return out;
}

const EVAL_DIR = join(import.meta.dirname, '..', 'fixtures', 'eval');
const realLines = readdirSync(EVAL_DIR)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(join(EVAL_DIR, f), 'utf8').split('\n'))
  .filter((l) => l.trim());

/** A body of `n` items cut from real lines and made-up texts, every item a cut point or not. */
function makeBody(rand: () => number, n: number): { body: BodyItem[]; cutPoints: number[] } {
  const alphabet = '发展改革人民经济社会建设推进中国新时代，。、1aA“”';
  const body: BodyItem[] = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    let text: string;
    if (r < 0.5) {
      // real lines, one or several joined (paragraphs longer than a side, too)
      text = '';
      for (let k = 1 + Math.floor(rand() * 4); k > 0; k--) text += realLines[Math.floor(rand() * realLines.length)];
    } else if (r < 0.9) {
      const len = Math.floor(rand() * 600);
      text = '';
      for (let k = 0; k < len; k++) text += alphabet[Math.floor(rand() * alphabet.length)];
    } else text = '';
    const kind = rand() < 0.8 ? 'paragraph' : (['heading', 'byline', 'note'] as const)[Math.floor(rand() * 3)];
    body.push({ kind, text });
  }
  const cutPoints = [0];
  for (let i = 1; i < n; i++) if (rand() < 0.7) cutPoints.push(i);
  cutPoints.push(n);
  return { body, cutPoints };
}

describe('cohesionAt', () => {
  it('gives the Dice share of the pair sets on either side of every cut, as the plain form does', () => {
    const rand = seededRandom(11);
    let cuts = 0;
    for (let round = 0; round < 300; round++) {
      const { body, cutPoints } = makeBody(rand, 1 + Math.floor(rand() * 40));
      expect([...cohesionAt(body, cutPoints)], `round ${round}`).toEqual(plainCohesion(body, cutPoints));
      cuts += cutPoints.length;
    }
    expect(cuts).toBeGreaterThan(3000);
  });

  it('finds a pair’s place however far back, across runs of text with no Han pair longer than two sides', () => {
    // (cohesionAt keeps the places of the last two blocks of positions only)
    const rand = seededRandom(12);
    const han = '发展改革人民经济';
    for (let round = 0; round < 200; round++) {
      const body: BodyItem[] = [];
      for (let i = 1 + Math.floor(rand() * 12); i > 0; i--) {
        const r = rand();
        const len = Math.floor(rand() * (r < 0.3 ? 1500 : 300));
        let text = '';
        for (let k = 0; k < len; k++) text += r < 0.3 ? 'ab 1'[Math.floor(rand() * 4)] : han[Math.floor(rand() * han.length)];
        body.push({ kind: 'paragraph', text });
      }
      const cutPoints = [0];
      for (let i = 1; i < body.length; i++) if (rand() < 0.8) cutPoints.push(i);
      cutPoints.push(body.length);
      expect([...cohesionAt(body, cutPoints)], `round ${round}`).toEqual(plainCohesion(body, cutPoints));
    }
  });

  it('reads a body that is a run of the page’s paragraphs from the page’s stream as it reads it alone', () => {
    // (the page itself, runs of its items, and bodies that are no run: reversed, copied, with an item of their own)
    const rand = seededRandom(13);
    let compared = 0;
    for (let round = 0; round < 150; round++) {
      const { body: page } = makeBody(rand, 2 + Math.floor(rand() * 40));
      const paragraphs = page.filter((b) => b.kind === 'paragraph');
      const from = Math.floor(rand() * page.length);
      const run = page.slice(from, from + 1 + Math.floor(rand() * (page.length - from)));
      const bodies = [page, run, page.slice(0, Math.ceil(page.length / 2)), [...run].reverse(), run.map((b) => ({ ...b })), [...run, { kind: 'paragraph', text: '推进改革发展' } as BodyItem]];
      for (const body of bodies) {
        const cutPoints = [0];
        for (let i = 1; i < body.length; i++) if (rand() < 0.7) cutPoints.push(i);
        cutPoints.push(body.length);
        const read = withPageStream(paragraphs, () => [...cohesionAt(body, cutPoints)]);
        expect(read, `round ${round}`).toEqual(plainCohesion(body, cutPoints));
        compared += cutPoints.length;
      }
    }
    expect(compared).toBeGreaterThan(3000);
  });

  it('reads a side as a stream across paragraphs, never a pair across two of them', () => {
    // 发展 stands only across the two paragraphs (…发 / 展…): no pair in common.
    const body: BodyItem[] = [
      { kind: 'paragraph', text: '人民发' },
      { kind: 'paragraph', text: '展经济' },
    ];
    expect([...cohesionAt(body, [0, 1, 2])]).toEqual([0, 0, 0]);
    const same: BodyItem[] = [
      { kind: 'paragraph', text: '推进改革' },
      { kind: 'heading', text: '小标题' },
      { kind: 'paragraph', text: '推进改革' },
    ];
    expect([...cohesionAt(same, [0, 1, 2, 3])]).toEqual([0, 1, 1, 0]);
  });
});
