import { describe, expect, it } from 'vitest';
import { withSectionHeadsInText, type Group } from '../../lib/parse/placement';
import type { PageDecision } from '../../lib/parse/head-types';

const display = (text: string, line: number) => ({ kind: 'display' as const, text, line, rule: 'test' });
const paragraph = (text: string, line: number) => ({ kind: 'paragraph' as const, text, line });

describe('round-up item headlines (heads after their bodies)', () => {
  // The headline's words are said by the text after it and not by the text
  // right before it; a later article on the page says them too. The text
  // before is the group before the head, wherever else the page says the words.
  const headline = '伊朗外长称谈判仍在继续';
  const groups = (): Group[] => [
    { head: null, body: [paragraph('今年以来，全国铁路客流持续攀升，各地铁路部门多措并举保障旅客出行。', 1)] },
    { head: [display(headline, 2)], byTopic: true, body: [paragraph('伊朗外长阿拉格齐称，伊朗与美国的谈判仍在继续，双方将在下周再次会面。', 3)] },
    { head: [display('伊朗与美国举行新一轮会谈', 4)], body: [paragraph('伊朗外长称，伊朗与美国的谈判仍在继续，谈判在阿曼举行。伊朗外长表示谈判取得进展。', 5)] },
  ];

  it('reads the text before a head from the group right before it', () => {
    const decisions: PageDecision[] = [];
    const out = withSectionHeadsInText(groups(), decisions);
    expect(out).toHaveLength(2);
    expect(out[0].body.map((b) => b.text)).toContain(headline);
    expect(decisions.some((d) => d.rule === 'text' && /the text before 0\.00/.test(d.detail))).toBe(true);
  });
});
