import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { clippingToMarkdown, exportZip } from '../../lib/export';
import { commentary, newsReport, photoReport, specialText } from './samples';

it('zips one Markdown file per clipping with safe, unique names', async () => {
  const twin = { ...commentary, id: 9 };
  const progress: [number, number][] = [];
  const zip = await exportZip([newsReport, commentary, photoReport, specialText, twin], (done, total) => progress.push([done, total]));
  expect(zip).toBeInstanceOf(Uint8Array);

  const files = unzipSync(zip);
  expect(Object.keys(files)).toEqual([
    '2025-07-01 夏粮再获丰收 产量稳中有增.md',
    '2025-07-01 锻造民族复兴的中流砥柱.md',
    '2025-07-01 盛夏时节 荷花盛开.md',
    '# 关于＊星号＊与_下划线_的说明： yes.md',
    '2025-07-01 锻造民族复兴的中流砥柱 (2).md',
  ]);
  expect(strFromU8(files['2025-07-01 锻造民族复兴的中流砥柱.md'])).toBe(clippingToMarkdown(commentary));
  expect(strFromU8(files['# 关于＊星号＊与_下划线_的说明： yes.md'])).toBe(clippingToMarkdown(specialText));
  expect(progress).toEqual([[1, 5], [2, 5], [3, 5], [4, 5], [5, 5]]);
});

it('makes a valid empty zip and copes with pre-1980 times', async () => {
  expect(Object.keys(unzipSync(await exportZip([])))).toEqual([]);
  const old = { ...newsReport, createdAt: 0, updatedAt: 0 };
  expect(Object.keys(unzipSync(await exportZip([old])))).toHaveLength(1);
});
