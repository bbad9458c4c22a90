import { describe, expect, it } from 'vitest';
import { applyAction, articleLines, editHead, merge, moveHead, setRole, shiftHeads, split, withoutGlued } from '@/lib/repair';
import { article, firstBlocks, headsAfterBodies, page, para, titles } from './helpers';

describe('setRole', () => {
  it('promotes a text line to title and keeps its place when there was none', () => {
    const p = page(article({ text: ['乡村振兴的浙江答卷', '本报记者 王晓', '正文第一句。'] }));
    const titled = setRole(p, 0, { kind: 'block', index: 0 }, 'title');
    const bylined = setRole(titled, 0, { kind: 'block', index: 0 }, 'byline');
    expect(bylined.articles[0]).toMatchObject({ title: '乡村振兴的浙江答卷', byline: '本报记者 王晓', blocks: [para('正文第一句。')] });
    expect(p.articles[0].title).toBeNull(); // the input is not changed
  });

  it('swaps with the value it displaces, so nothing is lost', () => {
    const p = page(article({ title: '本报记者 王晓', byline: '乡村振兴的浙江答卷', text: ['正文。'] }));
    const fixed = setRole(p, 0, { kind: 'head', field: 'byline' }, 'title');
    expect(fixed.articles[0]).toMatchObject({ title: '乡村振兴的浙江答卷', byline: '本报记者 王晓' });
    const kept = setRole(p, 0, { kind: 'block', index: 0 }, 'title');
    expect(kept.articles[0].title).toBe('正文。');
    expect(kept.articles[0].blocks).toEqual([para('本报记者 王晓')]);
  });

  it('promoting a kicker or subtitle to title keeps the print order', () => {
    const kicker = page(article({ kicker: '茶园里长出致富路', title: '江南县发展特色产业带动农民增收', text: ['一。'] }));
    expect(setRole(kicker, 0, { kind: 'head', field: 'kicker' }, 'title').articles[0]).toMatchObject({ kicker: null, title: '茶园里长出致富路', subtitle: '江南县发展特色产业带动农民增收' });
    const subtitle = page(article({ title: '引题模样', subtitle: '真正的标题', text: ['一。'] }));
    expect(setRole(subtitle, 0, { kind: 'head', field: 'subtitle' }, 'title').articles[0]).toMatchObject({ kicker: '引题模样', title: '真正的标题', subtitle: null });
    const full = page(article({ kicker: 'K', title: 'T', subtitle: 'S', text: ['一。'] }));
    expect(setRole(full, 0, { kind: 'head', field: 'kicker' }, 'title').articles[0]).toMatchObject({ kicker: 'T', title: 'K', subtitle: 'S' });
  });

  it('turns a head line into the first paragraph, a caption into the last, and a line into page furniture', () => {
    const p = page(article({ title: '标题', kicker: '不是引题。', text: ['一。', '二。'], captions: ['图为会场。'] }));
    const text = setRole(p, 0, { kind: 'head', field: 'kicker' }, 'paragraph');
    expect(text.articles[0].kicker).toBeNull();
    expect(text.articles[0].blocks.map((b) => b.text)).toEqual(['不是引题。', '一。', '二。']);
    const caption = setRole(p, 0, { kind: 'caption', index: 0 }, 'note');
    expect(caption.articles[0].blocks.at(-1)).toEqual({ type: 'note', text: '图为会场。' });
    expect(caption.articles[0].captions).toEqual([]);
    const furniture = setRole(p, 0, { kind: 'block', index: 1 }, 'furniture');
    expect(furniture.furniture).toEqual(['二。']);
    expect(furniture.articles[0].blocks).toEqual([para('一。')]);
    const asCaption = setRole(p, 0, { kind: 'block', index: 0 }, 'caption');
    expect(asCaption.articles[0].captions).toEqual(['图为会场。', '一。']);
    expect(setRole(p, 0, { kind: 'block', index: 0 }, 'heading').articles[0].blocks[0]).toEqual({ type: 'heading', text: '一。' });
  });

  it('drops an article left with nothing, and ignores lines that are not there', () => {
    const p = page(article({ text: ['甲。'] }), article({ text: ['报社地址：北京'] }));
    expect(setRole(p, 1, { kind: 'block', index: 0 }, 'furniture').articles).toHaveLength(1);
    expect(setRole(p, 0, { kind: 'block', index: 5 }, 'title')).toBe(p);
    expect(setRole(p, 3, { kind: 'block', index: 0 }, 'title')).toBe(p);
    expect(setRole(p, 0, { kind: 'block', index: 0 }, 'paragraph')).toBe(p);
  });
});

describe('heads printed after their bodies', () => {
  it('are put right with one move per article', () => {
    let p = headsAfterBodies();
    p = moveHead(p, 1, 'up');
    p = moveHead(p, 2, 'up');
    p = moveHead(p, 3, 'up');
    expect(titles(p)).toEqual(['甲标题', '乙标题', '丙标题']);
    expect(firstBlocks(p)).toEqual(['甲文第一段。', '乙文第一段。', '丙文第一段。']);
    expect(p.articles[0].byline).toBe('本报记者 甲');
    expect(p.articles[1].kicker).toBe('乙引题');
    expect(p.articles[2].subtitle).toBe('——丙副题');
  });

  it('or all at once with shiftHeads', () => {
    const p = shiftHeads(headsAfterBodies(), 'up');
    expect(titles(p)).toEqual(['甲标题', '乙标题', '丙标题']);
    expect(p.articles[2].blocks).toHaveLength(2);
    const back = shiftHeads(p, 'down');
    expect(titles(back)).toEqual([null, '甲标题', '乙标题', '丙标题']);
  });

  it('shifting never loses a head pushed off the page', () => {
    const p = page(article({ title: '头一篇', text: ['一。'] }), article({ title: '第二篇', text: ['二。'] }));
    const up = shiftHeads(p, 'up');
    expect(titles(up)).toEqual(['头一篇', '第二篇', null]);
    expect(up.articles[0].blocks).toEqual([]);
    expect(firstBlocks(up)).toEqual([null, '一。', '二。']);
  });

  it('moving onto an article with a head swaps the two', () => {
    const p = page(article({ title: 'A', text: ['a。'] }), article({ title: 'B', text: ['b。'] }));
    expect(titles(moveHead(p, 0, 'down'))).toEqual(['B', 'A']);
    expect(moveHead(p, 0, 'up')).toBe(p);
    expect(moveHead(p, 1, 'down')).toBe(p);
  });
});

describe('merge and split', () => {
  const p = page(
    article({ title: '总标题', byline: '记者 甲', text: ['一。', '二。'], captions: ['图一'] }),
    article({ title: '小标题', text: ['三。'], captions: ['图二'] }),
    article({ text: ['四。'] }),
  );

  it('merges with the article below: the second title becomes a section heading', () => {
    const merged = merge(p, 0, 'down');
    expect(merged.articles).toHaveLength(2);
    expect(merged.articles[0]).toMatchObject({ title: '总标题', byline: '记者 甲', captions: ['图一', '图二'] });
    expect(merged.articles[0].blocks).toEqual([para('一。'), para('二。'), { type: 'heading', text: '小标题' }, para('三。')]);
    expect(merge(p, 1, 'up')).toEqual(merged);
  });

  it('a headless article merged into one with a head keeps that head', () => {
    const merged = merge(p, 2, 'up');
    expect(merged.articles[1]).toMatchObject({ title: '小标题', blocks: [para('三。'), para('四。')] });
    const headless = merge(page(article({ text: ['x。'] }), article({ title: 'T', text: ['y。'] })), 0, 'down');
    expect(headless.articles[0]).toMatchObject({ title: 'T', blocks: [para('x。'), para('y。')] });
    expect(merge(p, 0, 'up')).toBe(p);
    expect(merge(p, 2, 'down')).toBe(p);
  });

  it('splits before a block into an article without a head, and back with merge', () => {
    const parts = split(p, 0, 1);
    expect(parts.articles).toHaveLength(4);
    expect(parts.articles[0]).toMatchObject({ title: '总标题', blocks: [para('一。')], captions: ['图一'] });
    expect(parts.articles[1]).toMatchObject({ title: null, blocks: [para('二。')], captions: [] });
    expect(merge(parts, 1, 'up')).toEqual(p);
    expect(split(p, 0, 0).articles[0].blocks).toEqual([]);
    expect(split(p, 2, 0)).toBe(p);
    expect(split(p, 0, 2)).toBe(p);
  });
});

describe('editHead and applyAction', () => {
  it('sets, tidies and clears a head field', () => {
    const p = page(article({ title: '锻造民族复兴的中流砥柱 钟华论', text: ['一。'] }));
    const edited = editHead(p, 0, 'title', '  锻造民族复兴的\n中流砥柱 ');
    expect(edited.articles[0].title).toBe('锻造民族复兴的 中流砥柱');
    expect(editHead(edited, 0, 'byline', '钟华论').articles[0].byline).toBe('钟华论');
    expect(editHead(edited, 0, 'title', '   ').articles[0].title).toBeNull();
    expect(editHead(p, 0, 'title', '锻造民族复兴的中流砥柱 钟华论')).toBe(p);
  });

  it('takes text typed into one head field out of the field it was glued to (issue 14: one edit per article)', () => {
    const glued = page(article({ title: '基层治理新探索冰雪经济持续升温', text: ['一。'] }), article({ title: '老手艺焕发新光彩 本报记者 汤芳', text: ['二。'] }));
    const kicker = editHead(glued, 0, 'kicker', '基层治理新探索');
    expect([kicker.articles[0].kicker, kicker.articles[0].title]).toEqual(['基层治理新探索', '冰雪经济持续升温']);
    // Spaces aside, and at the end: a byline glued after the title.
    const byline = editHead(glued, 1, 'byline', '本报记者汤芳');
    expect([byline.articles[1].title, byline.articles[1].byline]).toEqual(['老手艺焕发新光彩', '本报记者汤芳']);
    // Not glued on (in the middle, or the whole field, or one character): the other field stays.
    expect(editHead(glued, 0, 'kicker', '治理新探').articles[0].title).toBe('基层治理新探索冰雪经济持续升温');
    expect(editHead(glued, 0, 'subtitle', '基层治理新探索冰雪经济持续升温').articles[0].title).toBe('基层治理新探索冰雪经济持续升温');
    expect(editHead(glued, 0, 'kicker', '基').articles[0].title).toBe('基层治理新探索冰雪经济持续升温');
    expect(withoutGlued('冰雪 经济持续升温', '冰雪经济')).toBe('持续升温');
    expect(withoutGlued('冰雪经济', '雪经')).toBeNull();
  });

  it('dispatches every action by name', () => {
    const p = headsAfterBodies();
    expect(applyAction(p, { op: 'shiftHeads', to: 'up' })).toEqual(shiftHeads(p, 'up'));
    expect(applyAction(p, { op: 'merge', article: 0, with: 'down' })).toEqual(merge(p, 0, 'down'));
    expect(applyAction(p, { op: 'split', article: 0, block: 1 })).toEqual(split(p, 0, 1));
    expect(applyAction(p, { op: 'editHead', article: 0, field: 'kicker', value: 'k' }).articles[0].kicker).toBe('k');
  });

  it('lists an article as lines in reading order', () => {
    const lines = articleLines(article({ column: '栏', title: 'T', byline: 'B', text: ['p。'], captions: ['c'] }));
    expect(lines.map((l) => [l.role, l.text])).toEqual([['column', '栏'], ['title', 'T'], ['byline', 'B'], ['paragraph', 'p。'], ['caption', 'c']]);
  });
});
