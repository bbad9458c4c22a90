// The per-line tests skip a line whose char-hints.ts bits lack what they need:
// each answer given with a line's bits must be the answer given without them
// (ALL_HINTS), on every line of the fixture pages and on lines made to pass.

import { describe, expect, it } from 'vitest';
import { fixtureTexts } from './fixture-texts';
import { ALL_HINTS, CHAR_HINTS, HINT_OPEN_MARK, HINT_SPACE, charHints } from '../../lib/parse/char-hints';
import { isCreditLine, isDatedHeaderLine, isFurnitureLine } from '../../lib/parse/furniture';
import { joinLines } from '../../lib/parse/join-lines';
import { hintsOf, toLines } from '../../lib/parse/lines';
import { normalizeInput } from '../../lib/parse/normalize';
import { isCaption, isStructuredByline, leavesMarkOpen } from '../../lib/parse/patterns';
import { splitMarkers } from '../../lib/parse/pieces';


const TESTS: [string, (text: string, hints: number) => boolean][] = [
  ['isFurnitureLine', isFurnitureLine],
  ['isCreditLine', isCreditLine],
  ['isDatedHeaderLine', isDatedHeaderLine],
  ['isCaption', isCaption],
  ['isStructuredByline', (text, hints) => isStructuredByline(text, true, hints)],
  ['isStructuredByline (unspaced)', (text, hints) => isStructuredByline(text, false, hints)],
  // (the line reader asks it only of a line whose bits hold HINT_OPEN_MARK)
  ['leavesMarkOpen', (text, hints) => (hints & HINT_OPEN_MARK) !== 0 && leavesMarkOpen(text)],
];

describe('char hints', () => {
  it('marks every character /\\s/ matches as a space', () => {
    for (let c = 0; c < 0x10000; c++) if (/\s/u.test(String.fromCharCode(c))) expect(CHAR_HINTS[c] & HINT_SPACE, `U+${c.toString(16)}`).toBe(HINT_SPACE);
  });

  it('a line measured carries the bits of its text', () => {
    for (const l of toLines('本报记者 王茵\n2025年1月3日 星期五\nCN 22-0001  （上接1版）')) expect(hintsOf(l)).toBe(charHints(l.text));
  });

  it('gives every test the same answer with a line’s bits as without them, on every fixture line', () => {
    const texts = fixtureTexts();
    expect(texts.length).toBeGreaterThan(20);
    let lines = 0;
    const yes = new Map<string, number>();
    for (const raw of texts) {
      const { text } = normalizeInput(raw);
      if (!text) continue;
      for (const p of splitMarkers(toLines(text))) {
        lines++;
        expect(hintsOf(p)).toBe(charHints(p.text));
        for (const [name, test] of TESTS) {
          const full = test(p.text, ALL_HINTS);
          expect(test(p.text, hintsOf(p)), `${name}: ${p.text}`).toBe(full);
          if (full) yes.set(name, (yes.get(name) ?? 0) + 1);
        }
      }
    }
    expect(lines).toBeGreaterThan(1000);
    // (the fixtures hold lines every test says yes to, so both answers were compared)
    for (const [name] of TESTS) if (name !== 'isCreditLine') expect(yes.get(name) ?? 0, name).toBeGreaterThan(0);
  });

  it('lets through the lines each test is made for, one for each character a set holds', () => {
    const byline = (t: string, h: number) => isStructuredByline(t, true, h);
    const cases: [(text: string, hints: number) => boolean, string][] = [
      // (each line holds one character of its set only: the test fails if the set loses it)
      ...[...'0123456789'].map((d): [typeof isFurnitureLine, string] => [isFurnitureLine, `- ${d} -`]),
      ...[...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c): [typeof isFurnitureLine, string] => [isFurnitureLine, `${c}${c} ${c}${c}`]),
      [isFurnitureLine, 'http://a.cn'],
      [isFurnitureLine, 'abc@def.cn'],
      [isFurnitureLine, 'www.abc.cn'],
      [isFurnitureLine, '编辑：王茵 美编：李四'],
      [isFurnitureLine, '编辑∶王茵 美编∶李四'],
      [isFurnitureLine, '农历甲辰年'],
      [isFurnitureLine, '辽源市委主管主办'],
      [isFurnitureLine, '岚州印务中心承印'],
      [isFurnitureLine, '版权所有'],
      [isFurnitureLine, '刊号'],
      [isCreditLine, '编辑：王茵 美编：李四'],
      [isCreditLine, '编辑:王茵 美编:李四'],
      [isCreditLine, '编辑∶王茵 美编∶李四'],
      [isDatedHeaderLine, '2025年1月3日 星期五 第7版 评论'],
      [isCaption, '游客在冰雪大世界游玩。本报记者 王茵 摄'],
      [isCaption, '图为游客在冰雪大世界游玩'],
      [isCaption, '▲游客在冰雪大世界游玩'],
      [isCaption, '△游客在冰雪大世界游玩'],
      [isCaption, '游客在冰雪大世界游玩。视觉中国'],
      [byline, '本报记者 王茵 李四'],
      [byline, '本报通讯员 王茵'],
      [byline, '撰稿 王茵'],
      [byline, 'By Li Na'],
      [byline, '本 报 记 者 沈 帅 春'],
    ];
    const marks = (t: string, h: number) => (h & HINT_OPEN_MARK) !== 0 && leavesMarkOpen(t);
    cases.push([marks, '国务院印发《关于开展'], [marks, '他说：“我们要']);
    for (const [test, text] of cases) expect(test(text, charHints(text)), text).toBe(true);
    expect(isFurnitureLine('党的十八大以来，各地加快发展', charHints('党的十八大以来，各地加快发展'))).toBe(false);
  });

  it('joins lines with no space and no Latin letter as they stand, as joinLines does reading them', () => {
    // (Latin letters of either case, with no space, still join as words)
    for (const lines of [['develop-', 'ment'], ['news', 'paper'], ['NEWS', 'PAPER'], ['发布了iPhone', 'X型号']]) {
      expect(joinLines(lines, charHints(lines.join(''))), lines.join('|')).toBe(joinLines(lines));
    }
    for (const raw of fixtureTexts()) {
      const { text } = normalizeInput(raw);
      const lines = text ? toLines(text).map((l) => l.text) : [];
      for (let i = 0; i + 3 <= lines.length; i += 3) {
        const three = lines.slice(i, i + 3);
        const hints = charHints(three.join(''));
        expect(joinLines(three, hints)).toBe(joinLines(three));
      }
    }
  });
});
