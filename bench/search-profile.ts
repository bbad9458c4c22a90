// Where a warm search spends its time, by function: `npm run bench:search-profile -- --profile DIR --kind 4`
// (a profile kept by `npm run bench:search -- --profile DIR`, so its database is there).
//
// Starts Chromium on the profile with the benchmark's build, opens the
// benchmark page, warms up on three queries of the kind, then runs the
// queries under V8's sampling profiler (CDP Profiler, 100 µs) and prints the
// median of each step of the search (search.ts phases) and the functions with
// the most self time, mapped back to the sources through the bench build's
// source maps. Asserts nothing.
//
// Options: --profile DIR (required)   --kind 1|2|4|8|common|phrases|two (default 4)   --queries 20
//          --panel QUERY (instead: a copy of the profile, the real side panel opened on it, QUERY typed as soon as the box
//                         shows, profiled from the typing until its results show: the first search's main-thread work)
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { arg, BENCH_EXTENSION_DIR as EXTENSION_DIR, extensionId, extensionLaunch, typeUntilResults } from './bench-chromium';
import type { BenchHooks } from './search-hooks';

const profile = arg('profile', '');
const kind = arg('kind', '4');
const count = Number(arg('queries', '20'));
const panelQuery = arg('panel', '');

type Hooks = BenchHooks;
function call<K extends keyof Hooks>(page: Page, name: K, ...args: Parameters<Hooks[K]>): Promise<Awaited<ReturnType<Hooks[K]>>> {
  return page.evaluate(
    ([n, a]) => (globalThis as unknown as { __jianbaoBench: Record<string, (...x: unknown[]) => unknown> }).__jianbaoBench[n as string](...(a as unknown[])),
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<Hooks[K]>>>;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const maps = new Map<string, SourceMap | null>();
/** `url:line:col` of the bench build → the source file, line and the name there. */
function original(url: string, line: number, column: number, name: string): string {
  const file = url.replace(/^chrome-extension:\/\/[^/]+\//, '');
  if (!maps.has(file)) {
    const mapFile = path.join(EXTENSION_DIR, `${file}.map`);
    maps.set(file, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : null);
  }
  const map = maps.get(file);
  const entry = map?.findEntry(line, column) as { originalSource?: string; originalLine?: number; name?: string } | undefined;
  if (!entry?.originalSource) return `${name || '(anonymous)'} ${file}:${line + 1}`;
  return `${entry.name ?? name ?? '(anonymous)'} ${entry.originalSource.replace(/^.*?\/(lib|components|bench|node_modules)\//, '$1/')}:${(entry.originalLine ?? 0) + 1}`;
}

async function queriesOf(page: Page): Promise<string[]> {
  if (/^\d+$/.test(kind)) return call(page, 'sampleQueries', Number(kind), count, 50_000 + Number(kind));
  const common = await call(page, 'commonWords');
  if (kind === 'common') return common.slice(0, count);
  if (kind === 'phrases') return (await call(page, 'commonPhrases')).slice(0, count);
  if (kind === 'two') return common.slice(0, Math.min(10, count)).map((w, i) => `${w} ${common[i + 10]}`);
  throw new Error(`--kind ${kind}: 1, 2, 4, 8, common, phrases or two`);
}

/** The functions with the most self time in `cpu`, mapped to the sources. */
function printSelfTimes(cpu: CpuProfile, what: string): void {
  const byNode = new Map(cpu.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  cpu.samples.forEach((id, i) => {
    const f = byNode.get(id)!.callFrame;
    const key = f.url ? original(f.url, f.lineNumber, f.columnNumber, f.functionName) : `(${f.functionName || 'native'})`;
    const dt = (cpu.timeDeltas[i] ?? 0) / 1000;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  console.log(`\nself time over ${what} (${total.toFixed(0)} ms sampled, idle included), top 30:`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
}

/** --panel: the first search typed into a side panel just opened on a copy of the profile, profiled. */
async function profilePanel(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'jianbao-profile-'));
  const copy = path.join(work, 'profile');
  cpSync(profile, copy, { recursive: true });
  const context = await chromium.launchPersistentContext(copy, extensionLaunch(EXTENSION_DIR));
  try {
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${await extensionId(context)}/sidepanel.html`);
    await panel.getByTestId('search-input').waitFor();
    const session = await context.newCDPSession(panel);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });
    await session.send('Profiler.start');
    const ms = await typeUntilResults(panel, panelQuery);
    const { profile: cpu } = (await session.send('Profiler.stop')) as { profile: CpuProfile };
    console.log(`side panel (load ${os.loadavg().map((x) => x.toFixed(2)).join(', ')}): "${panelQuery}" typed to results ${ms.toFixed(0)} ms`);
    printSelfTimes(cpu, 'the typing to the results');
  } finally {
    await context.close();
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (panelQuery) return profilePanel();
  if (!profile || !existsSync(profile)) throw new Error('--profile DIR: a profile kept by bench:search --profile');
  const context = await chromium.launchPersistentContext(profile, extensionLaunch(EXTENSION_DIR));
  try {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${await extensionId(context)}/bench-search.html`);
    await page.waitForFunction(() => '__jianbaoBench' in globalThis);
    const queries = await queriesOf(page);
    for (const q of queries.slice(0, 3)) await call(page, 'search', q, false);
    const session = await context.newCDPSession(page);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 100 });
    await session.send('Profiler.start');
    const phases = new Map<string, number[]>();
    const times: number[] = [];
    for (const q of queries) {
      const r = await call(page, 'search', q, false);
      times.push(r.ms);
      for (const name of new Set([...phases.keys(), ...Object.keys(r.phases)])) phases.set(name, [...(phases.get(name) ?? times.slice(1).map(() => 0)), r.phases[name] ?? 0]);
    }
    const { profile: cpu } = (await session.send('Profiler.stop')) as { profile: CpuProfile };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(`${queries.length} queries of kind ${kind}: median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);
    console.log(`steps, median ms: ${[...phases].map(([n, v]) => `${n} ${median(v).toFixed(1)}`).join(', ')}`);
    console.log(`each (ms, texts read): ${queries.map((q, i) => `${q} ${times[i].toFixed(0)}/${phases.get('reads')?.[i] ?? 0}`).join('  ')}`);

    printSelfTimes(cpu, `all ${queries.length} queries`);
  } finally {
    await context.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
