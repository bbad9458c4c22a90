import { describe, expect, it } from 'vitest';
import { parseHead } from '../../lib/parse/head-fields';
import type { HeadItem } from '../../lib/parse/head-runs';

const display = (text: string, line: number): HeadItem => ({ kind: 'display', text, line, rule: 'test' }) as HeadItem;
const run = (lines: string[]) => lines.map((text, k) => display(text, k + 1));

describe('parseHead: titles wrapped in a narrow frame', () => {
  it('joins lines of one frame width over a shorter line into one title line', () => {
    const [head] = parseHead(run(['上半年我国港', '口运行良好 助', '力经济稳步前', '行', '本报记者 杜芬芳']));
    expect(head.titles).toHaveLength(1);
    expect(head.byline).toBe('本报记者 杜芬芳');
  });

  it('leaves two lines of one width over a line as long as half of them apart (a kicker and a title of one length)', () => {
    const [head] = parseHead(run(['产业升级看一线', '黄河岸边绿意浓', '刘国中在安徽', '本报记者 邹艳']));
    expect(head.titles.length).toBeGreaterThan(1);
  });

  it('joins letter-spaced lines of a frame four characters wide, three or more of them', () => {
    const [head] = parseHead(run(['多 举 措 促', '进 新 能 源', '汽 车 产 业', '高 质 量 发', '展', '□ 冯晶']));
    expect(head.titles).toHaveLength(1);
  });

  it('leaves a column label four characters wide, set unspaced, out of the lines under it', () => {
    const [head] = parseHead(run(['民生观察', '服务越到', '位群众越', '满意', '本报记者 王敏']));
    expect(head.titles[0]).toBe('民生观察');
  });

  it('does not join a theme kicker set apart by a space into the frame', () => {
    const [head] = parseHead(run(['开好局 起好步', '上半年我国港', '口运行良好助', '力经济稳步前', '行']));
    expect(head.titles[0].trim()).toBe('开好局 起好步');
  });

  it('joins no more than a frame of lines: a long block of equal lines stays lines (and is read in linear time)', () => {
    const lines = Array.from({ length: 4000 }, () => '上半年我国港口');
    const [head] = parseHead(run([...lines, '行']));
    expect(head.titles.length).toBeGreaterThan(1000);
  });
});
