// Where the first search in a side panel just opened spends its time:
// `npm run bench:search-trace -- --profile DIR` (a profile kept by
// `npm run bench:search -- --profile DIR`, so its database is there).
//
// Copies the profile (the browser's open changes LevelDB's files, so every
// run starts from the same ones), starts Chromium on the copy with a startup
// trace (categories IndexedDB, devtools timeline, Blink), opens the real side
// panel, types a query and waits for its count; then prints, from the
// trace, a timeline from the side panel's navigation: IndexedDB's backend
// work in the browser process, the side panel's main-thread tasks and the
// scripts they ran, over --min ms (default 5). Asserts nothing.
//
// Options: --profile DIR (required)   --query 发展   --min 5   --keep FILE (the trace, kept)
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { arg, BENCH_EXTENSION_DIR as EXTENSION_DIR, extensionId, extensionLaunch, typeUntilResults } from './bench-chromium';
import type { TraceEvent } from './trace-tasks';

const source = arg('profile', '');
const query = arg('query', '发展');
const minMs = Number(arg('min', '5'));
const keep = arg('keep', '');
const CATEGORIES = ['IndexedDB', 'leveldb', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'loading', 'toplevel', 'v8'];
const TRACE_SECONDS = 12;

async function main(): Promise<void> {
  if (!source || !existsSync(source)) throw new Error('--profile DIR: a profile kept by bench:search --profile');
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error('build first: NODE_ENV=production npx wxt build --mode bench');
  const work = mkdtempSync(path.join(os.tmpdir(), 'jianbao-trace-'));
  const profile = path.join(work, 'profile');
  const traceFile = keep || path.join(work, 'trace.json');
  cpSync(source, profile, { recursive: true });
  console.log(`machine: load average ${os.loadavg().map((x) => x.toFixed(2)).join(', ')} on ${os.cpus().length} CPUs`);
  try {
    const context = await chromium.launchPersistentContext(
      profile,
      extensionLaunch(EXTENSION_DIR, [
        `--trace-startup=${CATEGORIES.join(',')}`,
        `--trace-startup-file=${traceFile}`,
        `--trace-startup-duration=${TRACE_SECONDS}`,
        '--trace-startup-format=json',
      ]),
    );
    const started = performance.now();
    try {
      const id = await extensionId(context);
      const panel = await context.newPage();
      const opened = performance.now();
      await panel.goto(`chrome-extension://${id}/sidepanel.html`);
      await panel.getByTestId('search-input').waitFor();
      const boxMs = performance.now() - opened;
      const resultsMs = await typeUntilResults(panel, query);
      console.log(`side panel: search box after ${boxMs.toFixed(0)} ms; "${query}" typed to results ${resultsMs.toFixed(0)} ms`);
      // The trace is written when its time is up.
      while (!existsSync(traceFile) && performance.now() - started < (TRACE_SECONDS + 30) * 1000) await new Promise((r) => setTimeout(r, 250));
      await new Promise((r) => setTimeout(r, 1500));
    } finally {
      await context.close();
    }
    report(JSON.parse(readFileSync(traceFile, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function report(trace: { traceEvents: TraceEvent[] } | TraceEvent[]): void {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const threads = new Map<string, string>();
  const processes = new Map<number, string>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
    if (e.name === 'process_name') processes.set(e.pid, e.args?.name ?? '');
  }
  const nav = events.find((e) => e.name === 'NavigationControllerImpl::LoadURLWithParamsForResult' && /sidepanel/.test(JSON.stringify(e.args ?? {})));
  const t0 = nav?.ts ?? events.reduce((min, e) => (e.ts > 0 && e.ts < min ? e.ts : min), Infinity);
  // The side panel's renderer: the process whose main thread loaded sidepanel.html.
  const panelPid = events.find((e) => /sidepanel\.html/.test(JSON.stringify(e.args?.data ?? {})) && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain')?.pid;
  const at = (e: TraceEvent) => ((e.ts - t0) / 1000).toFixed(0).padStart(6);
  const dur = (e: TraceEvent) => ((e.dur ?? 0) / 1000).toFixed(1).padStart(7);
  const where = (e: TraceEvent) => `${processes.get(e.pid) ?? e.pid}/${threads.get(`${e.pid}:${e.tid}`) ?? e.tid}`;
  console.log(`t = 0 at the side panel's navigation; side panel renderer pid ${panelPid ?? '?'}`);

  const idb = events.filter((e) => e.ph === 'X' && /IndexedDB|leveldb/i.test(e.cat ?? '') && (e.dur ?? 0) >= minMs * 1000);
  console.log(`\nIndexedDB / LevelDB work over ${minMs} ms (start ms, duration ms, name, where):`);
  for (const e of idb.sort((a, b) => a.ts - b.ts)) console.log(`${at(e)} ${dur(e)}  ${e.name}  ${where(e)}`);

  const byName = new Map<string, { n: number; total: number }>();
  for (const e of events) {
    if (e.ph !== 'X' || !/IndexedDB|leveldb/i.test(e.cat ?? '') || e.ts < t0) continue;
    const s = byName.get(e.name) ?? { n: 0, total: 0 };
    s.n++;
    s.total += (e.dur ?? 0) / 1000;
    byName.set(e.name, s);
  }
  console.log('\nIndexedDB / LevelDB events after the navigation, by name (count, total ms), top 25:');
  for (const [name, s] of [...byName].sort((a, b) => b[1].total - a[1].total).slice(0, 25)) console.log(`${String(s.n).padStart(6)} ${s.total.toFixed(1).padStart(8)}  ${name}`);

  if (panelPid !== undefined) {
    const main = events.filter((e) => e.pid === panelPid && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && e.ph === 'X');
    const tasks = main.filter((e) => /RunTask/.test(e.name) && (e.dur ?? 0) >= minMs * 1000).sort((a, b) => a.ts - b.ts);
    console.log(`\nside panel main thread: tasks over ${minMs} ms, with what ran in them over 1 ms:`);
    for (const task of tasks) {
      console.log(`${at(task)} ${dur(task)}  task`);
      const inner = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0) && (e.dur ?? 0) >= 1000 && !/RunTask/.test(e.name));
      for (const e of inner.slice(0, 12)) {
        const data = e.args?.data as Record<string, unknown> | undefined;
        const what = data ? String(data.url ?? data.functionName ?? data.type ?? data.frame ?? '').slice(-70) : '';
        console.log(`${at(e)} ${dur(e)}    ${e.name} ${what}`);
      }
    }
    const busy = main.filter((e) => /RunTask/.test(e.name)).reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
    console.log(`side panel main thread busy ${busy.toFixed(0)} ms in all`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
