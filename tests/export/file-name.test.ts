import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_BYTES, safeFileName } from '../../lib/export';

const bytes = (s: string) => new TextEncoder().encode(s).length;
const name = (date: string | null, title: string | null, used = new Set<string>()) => safeFileName(date, title, used);

describe('safeFileName', () => {
  it('joins date and Chinese title', () => {
    expect(name('2025-07-01', '锻造民族复兴的中流砥柱')).toBe('2025-07-01 锻造民族复兴的中流砥柱.md');
    expect(name(null, '锻造民族复兴的中流砥柱')).toBe('锻造民族复兴的中流砥柱.md');
    expect(name('2025-07-01', null)).toBe('2025-07-01 （无标题）.md');
    expect(name(null, '  ')).toBe('（无标题）.md');
  });

  it('replaces forbidden characters with full-width forms and removes control characters', () => {
    expect(name('2025-07-01', 'a\\b/c:d*e?f"g<h>i|j')).toBe('2025-07-01 a＼b／c：d＊e？f＂g＜h＞i｜j.md');
    expect(name(null, '标题\n第二行\t\u0000\u001f\u007f\u202e尾')).toBe('标题 第二行 尾.md');
  });

  it('drops leading and trailing dots and spaces', () => {
    expect(name(null, '...隐藏文件. . ')).toBe('隐藏文件.md');
    expect(name(null, '结尾。')).toBe('结尾。.md'); // 。is not a dot to Windows
  });

  it('avoids Windows reserved names', () => {
    expect(name(null, 'CON')).toBe('_CON.md');
    expect(name(null, 'nul')).toBe('_nul.md');
    expect(name(null, 'com1.txt')).toBe('_com1.txt.md');
    expect(name(null, 'LPT9 ')).toBe('_LPT9.md');
    expect(name(null, 'CONSOLE')).toBe('CONSOLE.md');
    expect(name('2025-07-01', 'CON')).toBe('2025-07-01 CON.md');
  });

  it('limits very long names by UTF-8 bytes without splitting characters', () => {
    const long = name('2025-07-01', '长'.repeat(200));
    expect(bytes(long)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(long).toMatch(/^2025-07-01 长+\.md$/);
    expect(bytes(long)).toBeGreaterThan(MAX_FILE_NAME_BYTES - 3);

    const emoji = name(null, '😀'.repeat(100)); // surrogate pairs, 4 bytes each
    expect(bytes(emoji)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(emoji).toMatch(/^(?:😀)+\.md$/u);
    expect(emoji.isWellFormed()).toBe(true);

    const family = name(null, '👨‍👩‍👧'.repeat(20)); // keeps whole grapheme clusters
    expect(family).toMatch(/^(?:👨‍👩‍👧)+\.md$/u);
  });

  it('numbers duplicates, case-insensitively, and keeps numbered long names within the limit', () => {
    const used = new Set<string>();
    expect(safeFileName('2025-07-01', '评论', used)).toBe('2025-07-01 评论.md');
    expect(safeFileName('2025-07-01', '评论', used)).toBe('2025-07-01 评论 (2).md');
    expect(safeFileName('2025-07-01', '评论', used)).toBe('2025-07-01 评论 (3).md');
    expect(safeFileName(null, 'Report', used)).toBe('Report.md');
    expect(safeFileName(null, 'REPORT', used)).toBe('REPORT (2).md');

    const long = '长'.repeat(200);
    const first = safeFileName(null, long, used);
    const second = safeFileName(null, long, used);
    expect(second).toMatch(/^长+ \(2\)\.md$/);
    expect(bytes(second)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(second).not.toBe(first);
  });
});
