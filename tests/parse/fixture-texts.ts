// The raw texts of every parser fixture (example pages, rule fixtures, the
// generated sample, repair pages): the lines the tests of a speed shortcut
// hold to the plain form it stands for.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export function fixtureTexts(): string[] {
  const texts: string[] = [];
  const read = (dir: string) => {
    for (const f of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, f.name);
      if (f.isDirectory()) read(path);
      else if (f.name.endsWith('.txt')) texts.push(readFileSync(path, 'utf8'));
    }
  };
  for (const dir of ['eval', 'parse', 'devset-sample', 'repair']) read(join(FIXTURES, dir));
  return texts;
}
