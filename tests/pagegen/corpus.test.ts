// The corpus extractor: what it keeps of an archive item, the head lines it
// takes from a headline, and what it leaves out as not an article.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { composePage } from './compose';
import { articlesOfBroadcast, sharedWith, spread } from './extract-corpus';
import { makeRng } from './rng';
import { loadCorpus, type SourceArticle } from './source';

const tmp = mkdtempSync(join(tmpdir(), 'pagegen-corpus-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const body = [
  '今年以来，全市新开工重大项目二百余个，完成投资同比增长百分之十二，产业结构持续优化，先进制造业和现代服务业占比稳步提高，发展后劲不断增强。',
  '在高新区，一批新能源和新材料企业相继投产，带动上下游配套企业在周边集聚发展，园区内已形成从原材料到终端产品的完整链条，吸纳就业岗位超过一万个。',
  '与此同时，各地持续优化营商环境，推行审批事项一网通办，企业办事时间大幅缩短，项目从签约到开工的周期比去年平均减少了一个多月，市场主体活力明显增强。',
  '业内人士表示，项目建设提速为稳增长提供了有力支撑，下一步还将加大用地、用能和资金等要素保障力度，推动更多项目早开工、早投产、早见效。',
  '记者在多个项目现场看到，施工人员正在抢抓工期，塔吊林立、机器轰鸣，一派繁忙景象。项目负责人介绍，预计年底前可以完成主体结构建设。',
  '据了解，今年全市还将谋划储备一批打基础、利长远的重大项目，重点投向先进制造、城市更新和民生保障等领域，进一步扩大有效投资。',
];
const para = (s: string) => `<p>${s}</p>`;

function transcript(items: string[]): string {
  return `# 《新闻联播》 (20250611)\n\n## 新闻摘要\n\n1.要闻一；\n\n## 详细新闻\n\n${items.join('\n\n[查看原文](https://example.invalid/x)\n\n')}\n`;
}

describe('broadcast transcripts', () => {
  it('takes the bracketed series label as kicker and the part after —— as subtitle, and cuts the station lead', () => {
    const md = transcript([
      `### 【高质量发展调研行】重大项目建设跑出加速度——各地扎实推进项目建设综述\n\n${para(`<strong>央视网消息</strong>（新闻联播）：${body[0]}`)}${body.slice(1).map(para).join('')}`.replace('一万个。', '一万个，实现“1+1&gt;2”的效果。'),
    ]);
    const [a] = articlesOfBroadcast(md);
    expect(a.kicker).toBe('高质量发展调研行');
    expect(a.title).toBe('重大项目建设跑出加速度');
    expect(a.subtitle).toBe('——各地扎实推进项目建设综述');
    expect(a.paragraphs[0]).toBe(body[0]);
    expect(a.paragraphs[1]).toBe(body[1].replace('一万个。', '一万个，实现“1+1>2”的效果。'));
    expect(a.paragraphs).toHaveLength(body.length);
  });

  it('keeps a dash inside a quotation in the title and drops the headline the text repeats', () => {
    const title = '习近平参观“百年守护——从紫禁城到故宫博物院”展览';
    const [a] = articlesOfBroadcast(transcript([`### ${title}\n\n${[title, ...body].map(para).join('')}`]));
    expect(a.title).toBe(title);
    expect(a.subtitle).toBeUndefined();
    expect(a.paragraphs).toEqual(body);
  });

  it('leaves out lists of briefs, short items and a headline printed as a list', () => {
    // As long as an article, but a numbered list of briefs.
    const briefs = body.map((p, i) => `（${i + 1}）${p}`);
    const md = transcript([
      `### 国内联播快讯\n\n${body.map(para).join('')}`,
      `### 各地开展防汛演练\n\n${briefs.map(para).join('')}`,
      `### 短讯一则\n\n${para(body[0])}`,
    ]);
    expect(articlesOfBroadcast(md)).toEqual([]);
  });

  it('reads nothing from a file of another shape', () => {
    expect(articlesOfBroadcast(`## 1. 标题\n\n### 正文\n\n${body.join('\n\n')}`)).toEqual([]);
  });
});

describe('corpus file', () => {
  const write = (articles: unknown[]) => {
    const p = join(tmp, `c${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(p, JSON.stringify({ articles }));
    return p;
  };
  const filler = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `f${i}`, title: `第${i + 1}条新闻的标题`, paragraphs: body }));

  it('keeps an article own head lines, and drops one that its text repeats', () => {
    const list = loadCorpus(write([
      { id: 'a', title: '重大项目建设跑出加速度', kicker: '高质量发展调研行', subtitle: '——各地扎实推进项目建设综述', paragraphs: body },
      { id: 'b', title: '新能源企业相继投产', subtitle: '——带动上下游配套企业在周边集聚发展', paragraphs: body },
      ...filler(3),
    ]));
    expect(list[0]).toMatchObject({ kicker: '高质量发展调研行', subtitle: '——各地扎实推进项目建设综述' });
    expect(list[1].subtitle).toBeUndefined();
    expect(list[1].title).toBe('新能源企业相继投产');
  });

  it('prints an article own kicker and subtitle on most pages that carry it', () => {
    const own: SourceArticle = { id: 'a', title: '重大项目建设跑出加速度', kicker: '高质量发展调研行', subtitle: '——各地扎实推进项目建设综述', paragraphs: body };
    let kickers = 0, subtitles = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const page = composePage([own], makeRng(seed), { articles: [1, 1], paragraphs: [3, 4], kicker: 0, subtitle: 0 });
      const a = page.articles[0];
      if (a.kicker) { expect(a.kicker.gold).toBe(own.kicker); kickers++; }
      if (a.subtitle) { expect(a.subtitle.gold).toBe(own.subtitle); subtitles++; }
    }
    expect(kickers).toBeGreaterThan(20);
    expect(subtitles).toBeGreaterThan(20);
  });
});

describe('a second, disjoint corpus', () => {
  const files = Array.from({ length: 1426 }, (_, i) => `f${i}.md`);

  it('reads other files with an offset below the spacing, each pick moved on', () => {
    const first = spread(files, 100);
    const second = spread(files, 100, 7);
    expect(second).toHaveLength(100);
    expect(second.filter((f) => first.includes(f))).toEqual([]);
    expect(second[0]).toBe('f7.md');
    expect(second[99]).toBe(`f${Math.floor((99 * 1426) / 100) + 7}.md`);
    // 213 files, 100 picked: spacing 2, so 1 is the only disjoint offset.
    const few = files.slice(0, 213);
    expect(spread(few, 100, 1).filter((f) => spread(few, 100).includes(f))).toEqual([]);
  });

  it('refuses an offset that would read the first corpus files again', () => {
    expect(() => spread(files, 100, 14)).toThrow(/below the spacing 14/);
    expect(() => spread(files.slice(0, 50), 100, 1)).toThrow(/needs more than 100 files/);
    expect(spread(files.slice(0, 50), 100)).toHaveLength(50);
  });

  it('finds an article that shares its title or a paragraph with another corpus', () => {
    const shared = sharedWith([[{ id: 'w1', title: '重大项目建设 跑出加速度', paragraphs: body.slice(0, 3) }]]);
    const other = body.slice(3);
    expect(shared({ id: 's1', title: '重大项目建设跑出加速度', paragraphs: other })).toBe(true);
    expect(shared({ id: 's2', title: '各地扎实推进项目建设', paragraphs: [...other, ` ${body[2].replace('，', ' ，')}`] })).toBe(true);
    expect(shared({ id: 's3', title: '各地扎实推进项目建设', paragraphs: other })).toBe(false);
  });
});
