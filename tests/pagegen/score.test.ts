// pages:score parses in-process for speed; its figures must be the ones
// score.mjs gives through the command line (`npm run --silent parse -- FILE`).

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTable, scoreFamilyCli, scoreFamilyInProcess } from './score';

const SAMPLE = join(import.meta.dirname, '..', 'fixtures', 'devset-sample');

describe('pages:score', () => {
  it('scores a family in-process exactly as score.mjs --run does', async () => {
    const dir = join(SAMPLE, 'founder');
    const inProcess = await scoreFamilyInProcess(dir);
    const cli = scoreFamilyCli(dir);
    expect(inProcess.pages).toBe(2);
    expect(inProcess).toEqual(cli);
  }, 180_000);

  it('prints tuned and held-out means apart', () => {
    const mean = { score: 0.5, text: 1, paragraphs: 1, headings: 1, articles: 1, titles: 0.25, bylines: 1, furnitureLeaks: 0, spuriousSpaces: 0 };
    const table = formatTable([
      { family: 'a', heldOut: false, pages: 2, mean, errors: 0 },
      { family: 'b', heldOut: true, pages: 3, mean: { ...mean, score: 0.9 }, errors: 0 },
    ]);
    expect(table).toMatch(/mean: tuned\s+1 families\s+2\s+0\.500\s+0\.250/);
    expect(table).toMatch(/mean: held-out\s+1 families\s+3\s+0\.900/);
  });
});
