// The answer for a composed page (GOLD-FORMAT.md), and its proof against the
// raw text with tests/fixtures/eval/check-gold.mjs.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Gold, PageSpec } from './spec';
import { goldLine } from './text-rules';

export const EVAL_DIR = join(import.meta.dirname, '..', 'fixtures', 'eval');
const CHECK_GOLD = join(EVAL_DIR, 'check-gold.mjs');

export function goldOf(spec: PageSpec, source: string): Gold {
  return {
    source,
    furniture: [...spec.top, ...spec.bottom].map(goldLine),
    articles: spec.articles.map((a) => ({
      column: a.column?.gold ?? null,
      kicker: a.kicker?.gold ?? null,
      title: a.title.gold,
      subtitle: a.subtitle?.gold ?? null,
      byline: a.byline?.gold ?? null,
      continuation: a.jump?.gold ?? null,
      blocks: a.blocks.map((b) => ({ type: b.type, text: b.gold })),
      captions: a.captions.map((c) => c.gold),
    })),
  };
}

/** Runs check-gold.mjs on a written gold file and its raw page; returns its problems ([] if it passes). */
export function checkGold(goldPath: string, rawPath: string): string[] {
  const r = spawnSync(process.execPath, [CHECK_GOLD, goldPath, rawPath], { encoding: 'utf8' });
  if (r.status === 0) return [];
  return (r.stdout + r.stderr).split('\n').filter(Boolean);
}
