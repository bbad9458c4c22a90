// Search in Node with fake-indexeddb: `npm run bench:search-node` — for
// profiling (`node --cpu-prof --import tsx bench/search-node.bench.ts`), not
// for absolute figures (fake-indexeddb's costs are not Chromium's; the
// browser figures are bench:search's). Seeds generated clippings, builds the
// index, then times each query kind (median, p95, steps), a page just opened,
// and saves (each followed by a search, as the panel does).
//
// Options: --size 2000   --chars 3000   --queries 20
import 'fake-indexeddb/auto';
import os from 'node:os';
import { db, forgetIndexView, rebuildIndex, runMerges, saveClipping } from '../lib/db';
import { searchClippings, type SearchPhases } from '../lib/search';
import { COMMON_WORDS, sampleClipping, seededRandom } from '../tests/search/sample-corpus';
import { seedUnindexed } from './seed-clippings';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const size = Number(arg('size', '2000'));
const chars = Number(arg('chars', '3000'));
const perKind = Number(arg('queries', '20'));
const random = seededRandom(20250701);

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
const load = () => `load average ${os.loadavg().map((x) => x.toFixed(2)).join(', ')}`;

async function seed(n: number): Promise<void> {
  await seedUnindexed(n, chars, random);
}

async function sample(length: number, count: number, seedNo: number): Promise<string[]> {
  const pick = seededRandom(seedNo);
  const ids = await db.clippings.toCollection().primaryKeys();
  const out: string[] = [];
  while (out.length < count) {
    const c = await db.clippings.get(ids[Math.floor(pick() * ids.length)]);
    const text = c?.blocks[Math.floor(pick() * c.blocks.length)]?.text ?? '';
    const at = Math.floor(pick() * Math.max(1, text.length - length));
    const q = text.slice(at, at + length);
    if (q.length === length && /^\p{Script=Han}+$/u.test(q)) out.push(q);
  }
  return out;
}

async function timeSearch(q: string): Promise<{ ms: number; phases: SearchPhases; total: number }> {
  const phases: SearchPhases = {};
  const start = performance.now();
  const r = await searchClippings(q, {}, phases);
  return { ms: performance.now() - start, phases, total: r.total };
}

async function main(): Promise<void> {
  console.log(`fake-indexeddb, ${size} clippings of ${chars} characters; ${load()}`);
  let t = performance.now();
  await seed(size);
  console.log(`seeded in ${ms(performance.now() - t)}`);
  t = performance.now();
  await rebuildIndex();
  const built = performance.now() - t;
  console.log(`index built in ${ms(built)} (${ms(built / size)} each); heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);

  forgetIndexView();
  const rare = (await sample(8, 1, 99))[0];
  for (const q of [rare, '发展']) {
    const r = await timeSearch(q);
    console.log(`just opened: "${q}" ${ms(r.ms)} (${r.total}) ${JSON.stringify(Object.fromEntries(Object.entries(r.phases).map(([k, v]) => [k, +v.toFixed(1)])))}`);
  }

  const kinds: Array<[string, string[]]> = [
    ['2 chars', await sample(2, perKind, 2)],
    ['common words', COMMON_WORDS.filter((w) => w.length >= 2).slice(0, perKind)],
    ['8 chars', await sample(8, perKind, 8)],
    ['common phrases', COMMON_WORDS.filter((w) => w.length >= 3).slice(0, perKind)],
  ];
  for (const [kind, queries] of kinds) {
    const times: number[] = [];
    const steps: Record<string, number[]> = {};
    for (const q of queries) {
      const r = await timeSearch(q);
      times.push(r.ms);
      for (const [k, v] of Object.entries(r.phases)) (steps[k] ??= []).push(v);
    }
    const stepText = Object.entries(steps).map(([k, v]) => `${k} ${ms(quantile(v, 0.5))}`).join(', ');
    console.log(`${kind.padEnd(15)} p50 ${ms(quantile(times, 0.5))}  p95 ${ms(quantile(times, 0.95))}  (${stepText})`);
  }

  const saves: number[] = [];
  const after: number[] = [];
  for (let i = 0; i < 30; i++) {
    let s = performance.now();
    await saveClipping(sampleClipping(random, { chars }));
    saves.push(performance.now() - s);
    s = performance.now();
    await searchClippings('发展');
    after.push(performance.now() - s);
  }
  console.log(`save p50 ${ms(quantile(saves, 0.5))} p95 ${ms(quantile(saves, 0.95))}; search right after p50 ${ms(quantile(after, 0.5))} p95 ${ms(quantile(after, 0.95))}`);
  t = performance.now();
  await runMerges();
  console.log(`merge of the recent rows ${ms(performance.now() - t)}; ${load()}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
