// `parse --explain` finds each line's role and article by its text in the
// parsed page: the first article that holds it, and in that article the first
// field in order (column, kicker, subtitle, byline, title, blocks, captions,
// then a jump marker whose whole text is the line).
import { describe, expect, it } from 'vitest';
import { explainPage } from '../../lib/parse/explain';
import type { ParseExplanation } from '../../lib/parse';
import type { Article } from '../../lib/parse/types';

const article = (over: Partial<Article>): Article => ({ column: null, kicker: null, title: null, subtitle: null, byline: null, continuation: null, blocks: [], captions: [], ...over });
const line = (no: number, text: string) => ({ kind: 'paragraph' as const, text, line: no, lines: 1, rule: 'test rule' });

function rolesOf(result: ParseExplanation): string[] {
  return explainPage(result)
    .split('\n')
    .filter((l) => /^\s*\d+\s/.test(l))
    .map((l) => l.trim().split(/\s+/u).slice(0, 3).join(' '));
}

describe('explain: where each line ended up', () => {
  const page = {
    furniture: ['人民日报 2025年1月1日'],
    page: { source: null, date: null, pageName: null },
    articles: [
      article({ title: '第一篇的标题', blocks: [{ type: 'paragraph', text: '第一篇正文说到第二篇的标题。' }], continuation: '下转第二版' }),
      article({ kicker: '引 题', title: '第二篇的标题', byline: '本报记者 张三', blocks: [{ type: 'heading', text: '小标题' }], captions: ['图为现场。'] }),
      article({ title: '第三篇', blocks: [{ type: 'paragraph', text: '下转第二版的说明。' }], continuation: '上接第一版' }),
    ],
  };
  const items = ['第一篇的标题', '第二篇的标题', '引题', '本报记者 张三', '小标题', '图为现场', '下转第二版', '上接第一版', '人民日报', '不在任何地方'].map((t, k) => line(k + 1, t));
  const roles = rolesOf({ page, items, decisions: [] } as unknown as ParseExplanation);

  it('takes the first article that holds a line, and its first field that does', () => {
    expect(roles.slice(0, 6)).toEqual(['1 title 1', '2 text 1', '3 kicker 2', '4 byline 2', '5 heading 2', '6 caption 2']);
  });

  it('reads a jump marker by its whole text, before the later articles that quote it', () => {
    expect(roles[6]).toBe('7 marker 1');
    expect(roles[7]).toBe('8 marker 3');
  });

  it('falls back to the furniture, then to dropped', () => {
    expect(roles.slice(8)).toEqual(['9 furniture -', '10 dropped -']);
  });
});
