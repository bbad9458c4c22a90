// Nothing read is lost: on every sample page (the example pages and the
// committed sample of the generated development set), each byline and jump
// marker the parser read ends up in an article or in the page's furniture
// (`--explain` calls a line found nowhere "dropped").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePageExplained } from '../../lib/parse';
import { explainPage } from '../../lib/parse/explain';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const dirs = [join(FIXTURES, 'eval'), ...readdirSync(join(FIXTURES, 'devset-sample')).map((d) => join(FIXTURES, 'devset-sample', d))];
const pages = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f)));

describe('bylines and jump markers are never dropped', () => {
  it('finds sample pages', () => expect(pages.length).toBeGreaterThan(20));
  it.each(pages.map((p) => [p.slice(FIXTURES.length + 1), p]))('%s', (_name, file) => {
    const explained = explainPage(parsePageExplained(readFileSync(file, 'utf8')));
    const dropped = explained.split('\n').filter((line) => /^\s*\d+\s+dropped\s/.test(line) && /byline form|decorated line|jump marker/.test(line));
    expect(dropped).toEqual([]);
  });
});
