// TEMP probe (not to commit as is)
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { arg, BENCH_EXTENSION_DIR as EXTENSION_DIR, extensionLaunch } from './bench-chromium';

const source = arg('profile', '');
const query = arg('query', '发展');
const ext = arg('ext', EXTENSION_DIR);

function hook(): void {
  const w = window as unknown as { __idb: unknown[]; __typed: number };
  w.__idb = [];
  w.__typed = 0;
  document.addEventListener('input', () => { if (!w.__typed) w.__typed = performance.now(); }, true);
  const desc = (r: unknown): string => {
    if (r === undefined || r === null) return '';
    if (r instanceof IDBKeyRange) return `[${JSON.stringify(r.lower)}${r.lowerOpen ? ')' : ']'}..${JSON.stringify(r.upper)}`;
    try { return JSON.stringify(r).slice(0, 40); } catch { return '?'; }
  };
  const wrap = (proto: any, kind: string, methods: string[]) => {
    for (const m of methods) {
      const orig = proto[m];
      if (!orig) continue;
      proto[m] = function (this: any, ...args: unknown[]) {
        const req: IDBRequest = orig.apply(this, args);
        const store = kind === 'index' ? `${this.objectStore.name}.${this.name}` : this.name;
        const entry: any = { what: `${store} ${m}(${desc(args[0])}${args[1] !== undefined ? ',' + desc(args[1]) : ''})`, t0: performance.now(), tx: (this.transaction ?? this.objectStore.transaction) };
        w.__idb.push(entry);
        req.addEventListener('success', () => {
          if (entry.t1) return;
          entry.t1 = performance.now();
          const res = req.result;
          entry.n = Array.isArray(res) ? res.length : res instanceof IDBCursor ? 'cursor' : res === undefined ? 0 : 1;
        });
        return req;
      };
    }
  };
  wrap(IDBObjectStore.prototype, 'store', ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor']);
  wrap(IDBIndex.prototype, 'index', ['get', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor', 'getKey']);
  const origTx = IDBDatabase.prototype.transaction;
  let txn = 0;
  (IDBDatabase.prototype as any).transaction = function (this: IDBDatabase, ...args: any[]) {
    const tx: IDBTransaction = (origTx as any).apply(this, args);
    (tx as any).__n = ++txn;
    const e: any = { what: `TX#${txn} ${[...tx.objectStoreNames].join(',')} ${tx.mode}`, t0: performance.now() };
    w.__idb.push(e);
    tx.addEventListener('complete', () => { e.t1 = performance.now(); });
    return tx;
  };
}

let panelErrors = false;
async function main(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'jianbao-idblog-'));
  const profile = path.join(work, 'profile');
  cpSync(source, profile, { recursive: true });
  console.log(`machine: load average ${os.loadavg().map((x) => x.toFixed(2)).join(', ')}`);
  const context = await chromium.launchPersistentContext(profile, extensionLaunch(ext));
  try {
    await context.addInitScript({ path: path.join(path.dirname(new URL(import.meta.url).pathname), 'idb-log-hook.js') });
    panelErrors = true;
    const isExtension = (url: string) => url.startsWith('chrome-extension://');
    const worker = context.serviceWorkers().find((w) => isExtension(w.url())) ?? (await context.waitForEvent('serviceworker', { predicate: (w) => isExtension(w.url()), timeout: 30_000 }));
    const id = new URL(worker.url()).host;
    const panel = await context.newPage();
    panel.on('pageerror', (e) => console.log('pageerror', e.message));
    panel.on('console', (m) => console.log('console', m.text()));
    await panel.goto(`chrome-extension://${id}/sidepanel.html`);
    const box = panel.getByTestId('search-input');
    await box.waitFor();
    const typed = performance.now();
    await box.fill(query);
    await panel.waitForFunction(() => !!document.querySelector('[data-testid="search-count"]') && document.querySelectorAll('[data-testid="search-result"]').length > 0, null, { timeout: Number(arg('timeout', '120000')), polling: 5 }).catch((e) => console.log('TIMEOUT', String(e).slice(0, 80)));
    const ms = performance.now() - typed;
    console.log('panel text:', (await panel.locator('body').innerText()).slice(0, 300).replace(/\n/g, ' | '));
    const end = await panel.evaluate(() => performance.now());
    await new Promise((r) => setTimeout(r, 1500));
    const log = await panel.evaluate(() => {
      const w = window as any;
      return { typed: w.__typed as number, log: (w.__idb as any[]).map((e) => ({ what: e.what, t0: e.t0, t1: e.t1 ?? null, n: e.n, tx: e.tx ? e.tx.__n : undefined })) };
    });
    console.log(`typed to results ${ms.toFixed(0)} ms; typed at ${log.typed.toFixed(0)}, results seen at ${end.toFixed(0)} (page ms)`);
    for (const e of log.log) console.log(`${e.t0.toFixed(0).padStart(6)} ${e.t1 === null ? '     -' : e.t1.toFixed(0).padStart(6)} ${(e.t1 === null ? '' : (e.t1 - e.t0).toFixed(1)).padStart(7)}  ${e.tx ? 'tx' + e.tx + ' ' : ''}${e.what} ${e.n ?? ''}`);
  } finally {
    await context.close();
    rmSync(work, { recursive: true, force: true });
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
