// Tests the parser reads by code, for speed, give the answers of the plain
// forms they stand for (a pattern, a search per pair), on every fixture line
// and paragraph and on texts made to reach each branch.

import { describe, expect, it } from 'vitest';
import { fixtureTexts } from './fixture-texts';
import { leadHasPair, leadText } from '../../lib/parse/assign-bodies';
import type { BodyItem } from '../../lib/parse/head-types';
import { bigramSet, coverageIn, coverageInTexts, coverageOfEachInTexts, topicSimilarity, wordChars } from '../../lib/parse/bigrams';
import { bracketsOf, halfWidthsOf, toLines } from '../../lib/parse/lines';
import { halfWidthCount } from '../../lib/parse/line-shape';
import { splitMarkers } from '../../lib/parse/pieces';
import { looksLikeHtml, normalizeInput } from '../../lib/parse/normalize';
import { isLatinText } from '../../lib/parse/join-lines';
import { NEWS_LEAD, TRAILING_NOTE, hasMoreChars, leavesMarkOpen, opensNewsLead, splitTrailingNote } from '../../lib/parse/patterns';
import { endsSentence, hasLatinEnd, hasStrongEnd, hasWeakEnd } from '../../lib/parse/sentence-end';


const lines = fixtureTexts().flatMap((raw) => {
  const { text } = normalizeInput(raw);
  return text ? toLines(text).map((l) => l.text) : [];
});

/** coverageIn as it was written: each pair searched for in the text. */
function coverageBySearch(probe: ReadonlySet<string>, words: string): number {
  if (!probe.size) return 0;
  let hit = 0;
  for (const g of probe) if (words.includes(g)) hit++;
  return hit / probe.size;
}

describe('tests read by code', () => {
  it('toLines folds wide spaces, tabs and double spaces as the pattern did, looking only in lines with a space', () => {
    const fold = (r: string) => (/[\t\u00a0\u3000\u2002-\u200b]| {2}/.test(r) ? r.replace(/[\t\u00a0\u3000\u2002-\u200b]/g, ' ').replace(/ {2,}/g, ' ').trim() : r.trim());
    const made = ['\u3000\u3000两个全角空格缩进', '行尾两个空格  ', '\u200b零宽空格开头', '零宽\u200b空格', '全角\u3000空格', '\u2000 \u3000前面', '余  名  成  员', 'a\tb', '\u200b', ' \u3000 ', '普通的一行'];
    const raws = [...made, ...fixtureTexts().flatMap((raw) => normalizeInput(raw).text.split('\n'))];
    const expected = raws.map(fold).filter((t) => t);
    expect(toLines(raws.join('\n')).map((l) => l.text)).toEqual(expected);
  });

  it('a line keeps its digits and Latin letters and its bracket balance in its flags, or counts them from its text where they do not fit', () => {
    const balance = (t: string) => [...t].reduce((n, c) => n + (c === '（' || c === '(' ? 1 : c === '）' || c === ')' ? -1 : 0), 0);
    const made = ['（'.repeat(15) + '文', '（'.repeat(16) + '文', '）'.repeat(15) + '文', '）'.repeat(16) + '文', '(（'.repeat(40), 'a'.repeat(510), 'a'.repeat(511), 'Z9'.repeat(700) + '（', '新华社北京6月5日电（记者 王茵）', 'A'];
    const texts = [made.join('\n'), ...fixtureTexts().map((raw) => normalizeInput(raw).text).filter(Boolean)];
    let n = 0;
    for (const text of texts) {
      for (const p of splitMarkers(toLines(text))) {
        n++;
        expect(halfWidthsOf(p), p.text.slice(0, 40)).toBe(halfWidthCount(p.text));
        expect(bracketsOf(p), p.text.slice(0, 40)).toBe(balance(p.text));
      }
    }
    expect(n).toBeGreaterThan(1000);
  });

  it('leadHasPair finds a pair where the joined lead does: inside a paragraph, across a seam, not past the window', () => {
    const para = (text: string): BodyItem => ({ kind: 'paragraph', text });
    const filler = (n: number) => '文'.repeat(n);
    const bodies: BodyItem[][] = [
      [para('中美高级别二轨对话'), para('轨道')],
      [para('前面的二'), para('轨对话')],
      [para('前面的二'), { kind: 'heading', text: '小标题' }, para('轨对话')],
      [para('前面的二'), para(''), para('轨对话')],
      [para(filler(2999) + '二'), para('轨对话')],
      [para(filler(2998) + '二轨'), para('对话')],
      [para(filler(2999)), para('二轨')],
      [para(filler(3000)), para('二轨')],
      [para(filler(1500)), para(filler(1499) + '二'), para('轨')],
      [para(filler(1500)), para(filler(1498) + '二轨')],
      [{ kind: 'note', text: '二轨' }, para('对话')],
      [],
    ];
    const pairs = ['二轨', '轨对', '文二', '文文', '对话', '话二'];
    let yes = 0;
    for (const body of bodies) {
      for (const pair of pairs) {
        const expected = leadText(body).includes(pair);
        expect(leadHasPair(body, pair), `${pair} in ${body.map((b) => b.text.slice(-6)).join('|')}`).toBe(expected);
        if (expected) yes++;
      }
    }
    expect(yes).toBeGreaterThan(10);
  });

  it('endsSentence, which looks at the last character first, answers as its three tests do', () => {
    const ends = ['。', '！', '？', '!', '?', '…', '.', '”', '’', '」', '』', '）', ')', ']', '》', '"', "'", '—', '：', ':', '；', ';', '，', '文', 'a', ' '];
    const made = ends.flatMap((a) => ends.map((b) => `文字${a}${b}`)).concat(['', '（新华社北京6月5日电）', '他说。（转自《人民日报》）', 'He said so.']);
    const reference = (t: string) => (hasStrongEnd(t) || splitTrailingNote(t) ? 'strong' : hasLatinEnd(t) && isLatinText(t) ? 'strong' : hasWeakEnd(t) ? 'weak' : null);
    for (const t of [...lines, ...made]) expect(endsSentence(t), t).toBe(reference(t));
  });

  it('splitTrailingNote, which runs its pattern from the last bracket only, splits as the pattern over the whole text', () => {
    const reference = (t: string) => {
      if (!/[）)]$/u.test(t)) return null;
      const m = TRAILING_NOTE.exec(t);
      return m && m.index > 0 ? [t.slice(0, m.index).trimEnd(), m[1]] : null;
    };
    const notes = ['（转自《吉林日报》）', '(来源：新华社)', '（新华社北京6月5日电）', '（据新华社电）', '（作者单位：某大学）', '（记者 王珂）', '（转自（人民日报））', '(转自人民日报）', '（转自）'];
    const before = ['', '开新局。', '开新局。 ', '开新局。\u3000\u3000', '开新局。\t \u00a0', '开新局 。', '开新局', '他说：“好。”', '（一）开新局。', '开新局。）', '？', '…  '];
    const made = before.flatMap((b) => notes.map((n) => b + n));
    const paragraphs = fixtureTexts().flatMap((raw) => normalizeInput(raw).text.split(/\n\s*\n/));
    for (const t of [...lines, ...paragraphs, ...made]) expect(splitTrailingNote(t), t).toEqual(reference(t));
  });

  it('looksLikeHtml, which counts three `<` in the head first, answers as its two patterns over the head', () => {
    const reference = (text: string) => {
      const head = text.slice(0, 5000);
      const tags = head.match(/<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?>/g);
      return !!tags && tags.length >= 3 && /<(?:p|div|br|html|body|h[1-6]|span|article|section|table|li)\b/i.test(head);
    };
    const pad = (n: number) => '文'.repeat(n);
    const made = ['<p>一</p><p>二</p>', '<p>一</p>', '<div><span>x</span></div>', '网址<http://www.0437.com>', '<b><i><u>x</u></i></b>', 'a < b < c <p>', '<br><br>', '<br><br><br>'];
    const placed = made.flatMap((m) => [m, pad(4990) + m, pad(4996) + m, pad(5000) + m, m + pad(6000), pad(10) + m + pad(10) + m]);
    for (const t of [...placed, ...fixtureTexts()]) expect(looksLikeHtml(t), t.slice(0, 80)).toBe(reference(t));
  });

  it('hasMoreChars counts characters as [...text].length does (a surrogate pair one, a lone surrogate one)', () => {
    const units = ['文', 'a', '𠀀', '\ud840', '\udc00', ' '];
    const made: string[] = [''];
    for (let n = 1; n <= 7; n++) for (let k = 0; k < 40; k++) made.push(Array.from({ length: n }, (_, i) => units[(k * 7 + i * (k + 3)) % units.length]).join(''));
    for (const t of [...made, ...lines]) for (const n of [0, 1, 2, 3, 4, 5, 6, 40, 200, 300]) expect(hasMoreChars(t, n), `${JSON.stringify(t)} ${n}`).toBe([...t].length > n);
  });

  it('leavesMarkOpen is /[《“][^》”]*$/u', () => {
    const made = ['国务院印发《关于开展', '“环境就是民生”', '《人民日报》说“好', '“一', '》“', '“》', ''];
    for (const t of [...lines, ...made]) expect(leavesMarkOpen(t), t).toBe(/[《“][^》”]*$/u.test(t));
  });

  it('opensNewsLead is NEWS_LEAD', () => {
    const made = ['本报讯（记者 王茵）', '新华社北京6月5日电', '据新华社电', '中新社北京电', '人民网北京电', '央视网消息电', '记者 王茵'];
    for (const t of [...lines, ...made]) expect(opensNewsLead(t), t).toBe(NEWS_LEAD.test(t));
  });

  it('coverageIn reads a long text once and finds what a search per pair finds', () => {
    const words = wordChars(lines.join(''));
    expect(words.length).toBeGreaterThan(10_000);
    // Titles from the fixture lines, and pairs sharing a first character (中国, 中心, 中央) or found nowhere.
    const titles = [...lines.filter((t) => t.length >= 4 && t.length <= 20).slice(0, 200), '中国中心中央中间', '𠀋𠀌𠀍', '龘靐齉'];
    let found = 0;
    for (const title of titles) {
      const probe = bigramSet(title);
      for (const text of [words, words.slice(0, 3000), words.slice(-500)]) {
        const c = coverageIn(probe, text);
        expect(c, title).toBe(coverageBySearch(probe, text));
        if (c > 0 && c < 1) found++;
      }
    }
    expect(found).toBeGreaterThan(10);
  });

  it('coverageInTexts reads the texts’ word characters in place, as coverageIn reads them joined and cut', () => {
    // (astral Han, a pair cut between two texts, lone surrogates, punctuation between words)
    const made = ['𠀋𠀌，中国', '\ud840', '\udc0b中', '中\ud840\udc0b国', 'abc，def'];
    const texts = [...lines.slice(0, 400), ...made];
    const titles = [...lines.filter((t) => t.length >= 4 && t.length <= 20).slice(0, 60), '𠀋𠀌中国', '中国中心', 'cdef'];
    for (const title of titles) {
      const probe = bigramSet(title);
      for (const limit of [Infinity, 3000, 7, 1]) {
        for (const some of [texts, texts.slice(-8), made]) {
          expect(coverageInTexts(probe, some, limit), `${title} ${limit}`).toBe(coverageIn(probe, some.map(wordChars).join('').slice(0, limit)));
        }
      }
    }
  });

  it('coverageOfEachInTexts gives each probe, read beside others, what coverageIn gives it alone in the texts joined and cut', () => {
    const made = ['𠀋𠀌，中国', '\ud840', '\udc0b中', '中\ud840\udc0b国', 'abc，def'];
    const texts = [...lines.slice(0, 400), ...made];
    const titles = [...lines.filter((t) => t.length >= 4 && t.length <= 20).slice(0, 60), '𠀋𠀌中国', '中国中心', 'cdef', ''];
    let between = 0;
    for (let k = 0; k + 1 < titles.length; k++) {
      // (two probes that share pairs, a probe with itself, and none)
      for (const probes of [[titles[k], titles[k + 1]], [titles[k], titles[k]], [titles[k], ''], [titles[k]]].map((ts) => ts.map(bigramSet))) {
        for (const limit of [Infinity, 3000, 7, 1]) {
          for (const some of [texts, texts.slice(-8), made, lines.slice(k, k + 3)]) {
            const each = coverageOfEachInTexts(probes, some, limit);
            expect(each, `${titles[k]} ${limit}`).toEqual(probes.map((probe) => (probe.size ? coverageIn(probe, some.map(wordChars).join('').slice(0, limit)) : 0)));
            between += each.filter((c) => c > 0 && c < 1).length;
          }
        }
      }
    }
    expect(between).toBeGreaterThan(50);
  });

  it('topicSimilarity is the Dice share of the two texts’ distinct pairs of Han word characters', () => {
    // (as it was written: the pairs of wordChars whose two characters are both Han, U+3400–U+9FFF, compared as sets)
    const hanPairs = (text: string) => {
      const w = wordChars(text);
      const out = new Set<string>();
      for (let i = 0; i + 1 < w.length; i++) if (/^[\u3400-\u9fff]{2}$/u.test(w.slice(i, i + 2))) out.add(w.slice(i, i + 2));
      return out;
    };
    const dice = (a: string, b: string) => {
      const [A, B] = [hanPairs(a), hanPairs(b)];
      if (!A.size || !B.size) return 0;
      return (2 * [...B].filter((g) => A.has(g)).length) / (A.size + B.size);
    };
    // (astral Han is no pair, punctuation between two Han characters is read through, digits and Latin part none)
    const made = ['𠀋𠀌，中国', '中，国2025年8月', 'abc中国def', '', '。', '中国中国中国'];
    const texts = [...made, ...lines.slice(0, 120).map((_, k) => lines.slice(k, k + 6).join(''))];
    let between = 0;
    for (let k = 0; k + 1 < texts.length; k++)
      for (const [a, b] of [[texts[k], texts[k + 1]], [texts[k], texts[k]], [texts[k], texts[(k * 7) % texts.length]]]) {
        const sim = topicSimilarity(a, b);
        expect(sim, `${a} | ${b}`).toBe(dice(a, b));
        if (sim > 0 && sim < 1) between++;
      }
    expect(between).toBeGreaterThan(50);
  });
});
