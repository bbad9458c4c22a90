// The text a search checks each candidate against is folded in one pass
// (searchableClipping); it must be, unit for unit, the title and the fields
// folded one by one and joined (searchable(foldClipping(c))), which the
// index's terms are made from: what one finds, the other confirms.
import { describe, expect, it } from 'vitest';
import { foldClipping } from '@/lib/searchable';
import { foldJoined, foldText } from '@/lib/searchable/fold';
import { searchable, searchableClipping } from '@/lib/search/match';
import { sampleClipping, seededRandom } from './sample-corpus';

describe('searchableClipping', () => {
  it('is searchable(foldClipping(c)) for generated clippings, simplified and traditional', () => {
    const random = seededRandom(11);
    for (let i = 0; i < 60; i++) {
      const c = sampleClipping(random, { chars: 400, traditional: i % 3 === 0 });
      expect(searchableClipping(c)).toEqual(searchable(foldClipping(c)));
    }
  });

  it('is the same at the fields\' edges: spaces, Latin words, marks, wide forms, fields that fold to nothing', () => {
    const cases = [
      { title: ' ＧＤＰ 增长 ', kicker: 'word ', subtitle: ' next', byline: '\u200b', blocks: [{ text: 'e\u0301 café ' }, { text: '' }, { text: ' 發展 AI ' }], captions: ['㍿'], source: ' ', tags: ['a b', ''], note: '\n' },
      { title: null, blocks: [] },
      { title: '', blocks: [{ text: 'x' }] },
      { title: 'only a title' },
      { title: '\u0301mark first', blocks: [{ text: '\u0301' }, { text: 'b\u0301' }] },
    ];
    for (const c of cases) expect(searchableClipping(c), JSON.stringify(c)).toEqual(searchable(foldClipping(c)));
  });
});

describe('foldJoined', () => {
  it('joins the parts folded one by one, and gives the first one\'s folded length', () => {
    const parts = ['ＡＢ  c', ' 臺灣 ', '', 'x\u0301 ', '① ﬁ'];
    const { text, firstLength } = foldJoined(parts, '\n');
    expect(text).toBe(parts.map(foldText).join('\n'));
    expect(firstLength).toBe(foldText(parts[0]).length);
    expect(foldJoined([], '\n')).toEqual({ text: '', firstLength: 0 });
  });
});
