// Faults while syncing through a real WebDAV server (rclone on 127.0.0.1),
// with a proxy in front of it injecting them. After each: both libraries
// equal, search indexes right, nothing lost.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SyncError } from '../../lib/sync';
import { article, makeDevice, type Device } from './device';
import { PASS, USER, rcloneAvailable, startDav, type DavServer } from './dav-server';

if (!rcloneAvailable()) throw new Error('rclone is not installed: apt-get install rclone (npm test installs it)');

let dav: DavServer;
let folderN = 0;
let folder: string;
let a: Device;
let b: Device;

beforeAll(async () => {
  dav = await startDav();
});
afterAll(() => dav?.stop());

beforeEach(async () => {
  dav.setFault({ kind: 'none' });
  folder = `故障${++folderN}`;
  a = await makeDevice('A', dav, { folder });
  b = await makeDevice('B', dav, { folder });
});

function serverFiles(): string[] {
  const root = path.join(dav.dir, folder);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.relative(root, path.join(dir, e.name))]));
  return walk(root).sort();
}

async function davPut(relPath: string, text: string): Promise<void> {
  const res = await fetch(new URL(relPath.split('/').map(encodeURIComponent).join('/'), dav.url), {
    method: 'PUT',
    body: text,
    headers: { Authorization: `Basic ${Buffer.from(`${USER}:${PASS}`).toString('base64')}` },
  });
  if (!res.ok) throw new Error(`PUT ${relPath}: ${res.status}`);
}

async function failure(p: Promise<unknown>): Promise<SyncError> {
  try {
    await p;
  } catch (err) {
    return err as SyncError;
  }
  throw new Error('the sync did not fail');
}

/** Syncs until both sides are quiet (A, B, A), then checks they are equal and hold `expected`. */
async function settleAndCheck(expected: { title: string; note?: string }[]) {
  await a.run();
  await b.run();
  await a.run();
  const [ra, rb] = [await a.records(), await b.records()];
  expect(ra).toEqual(rb);
  expect(await a.searchIndexMismatches()).toEqual([]);
  expect(await b.searchIndexMismatches()).toEqual([]);
  for (const want of expected) {
    const found = ra.filter((r) => r.title === want.title && (want.note === undefined || r.note === want.note));
    expect(found.length, `${want.title} / ${want.note}`).toBeGreaterThan(0);
  }
  // And the folder holds the same: every clipping once.
  expect(serverFiles().filter((f) => f.endsWith('.md') && !f.startsWith('.jianbao/'))).toHaveLength(ra.length);
}

async function twoSyncedWith(n: number): Promise<string[]> {
  const titles: string[] = [];
  for (let i = 0; i < n; i++) titles.push((await a.save(article({ title: `共有${folderN}-${i}` }))).title!);
  await a.run();
  await b.run();
  return titles;
}

describe('faults', () => {
  it('server down mid-sync: the run stops with "offline", the next one catches up', async () => {
    const titles = await twoSyncedWith(2);
    for (let i = 0; i < 20; i++) titles.push((await a.save(article({ title: `离线时新增${i}` }))).title!);
    await b.edit((await b.byTitle(titles[0])).id, { note: '乙的修改' });
    dav.setFault({ kind: 'down', after: 6 });
    const err = await failure(a.run());
    expect(err.code).toBe('offline');
    // B cannot reach it either; its change waits.
    expect((await failure(b.run())).code).toBe('offline');
    dav.setFault({ kind: 'none' });
    await settleAndCheck([...titles.map((title) => ({ title })), { title: titles[0], note: '乙的修改' }]);
  });

  it('a connection dropped once while reading (a kept-alive connection closed as it was reused): read again, the sync completes', async () => {
    const titles = await twoSyncedWith(0);
    for (let i = 0; i < 5; i++) titles.push((await a.save(article({ title: `断线重读${i}` }))).title!);
    await a.run();
    dav.setFault({ kind: 'drop-once', method: 'GET', after: 2 });
    const report = await b.run();
    expect(report.pulled).toBe(5);
    // One PROPFIND, five GETs and the one repeated.
    expect(report.requests).toBe(7);
    dav.setFault({ kind: 'none' });
    await settleAndCheck(titles.map((title) => ({ title })));
  });

  it('401: a wrong app password stops the sync with "auth", and changes nothing', async () => {
    const titles = await twoSyncedWith(1);
    await a.edit((await a.byTitle(titles[0])).id, { note: '甲的笔记' });
    const before = serverFiles().map((f) => readFileSync(path.join(dav.dir, folder, f), 'utf8'));
    const err = await failure(a.run({ password: 'wrong-password' }));
    expect(err.code).toBe('auth');
    expect(err.status).toBe(401);
    expect(serverFiles().map((f) => readFileSync(path.join(dav.dir, folder, f), 'utf8'))).toEqual(before);
    // A password revoked half way (401 on the fifth request) is the same.
    await b.edit((await b.byTitle(titles[0])).id, { page: '乙改的版次' });
    dav.setFault({ kind: 'status', status: 401, after: 1 });
    expect((await failure(b.run())).code).toBe('auth');
    dav.setFault({ kind: 'none' });
    await settleAndCheck([{ title: titles[0], note: '甲的笔记' }]);
  });

  it('507 insufficient storage part way through the uploads: stops with "full", resumes later', async () => {
    const titles = await twoSyncedWith(1);
    for (let i = 0; i < 15; i++) titles.push((await a.save(article({ title: `空间不足时${i}` }))).title!);
    dav.setFault({ kind: 'status', status: 507, method: 'PUT', after: 5 });
    const err = await failure(a.run());
    expect(err.code).toBe('full');
    const uploaded = serverFiles().filter((f) => f.endsWith('.md')).length;
    expect(uploaded).toBeGreaterThan(1);
    expect(uploaded).toBeLessThan(16);
    await b.run(); // B takes what made it
    dav.setFault({ kind: 'none' });
    await settleAndCheck(titles.map((title) => ({ title })));
  });

  it('an upload cut off half way: no half file is taken for the clipping, the edit arrives later', async () => {
    const titles = await twoSyncedWith(3);
    await a.edit((await a.byTitle(titles[1])).id, { note: '上传被切断的笔记'.repeat(50) });
    dav.setFault({ kind: 'cut-upload' });
    expect((await failure(a.run())).code).toBe('offline');
    dav.setFault({ kind: 'none' });
    // B syncs while the server holds whatever the cut left.
    await b.run();
    expect((await b.list()).length).toBe(3);
    await settleAndCheck([...titles.map((title) => ({ title })), { title: titles[1], note: '上传被切断的笔记'.repeat(50) }]);
  }, 60_000);

  it('clocks 10 minutes apart: changes on both sides all arrive; a field both changed keeps both', async () => {
    b.clockSkewMs = 10 * 60_000;
    const titles = await twoSyncedWith(2);
    titles.push((await b.save(article({ title: '快十分钟的设备新增' }))).title!);
    await a.edit((await a.byTitle(titles[0])).id, { note: '甲（时钟正常，后改）' });
    await b.edit((await b.byTitle(titles[0])).id, { note: '乙（时钟快十分钟，先改）', page: '9版' });
    await a.edit((await a.byTitle(titles[1])).id, { tags: ['甲的标签'] });
    await settleAndCheck([
      ...titles.map((title) => ({ title })),
      { title: titles[0], note: '甲（时钟正常，后改）' },
      { title: titles[0], note: '乙（时钟快十分钟，先改）' },
    ]);
    const merged = (await a.records()).find((r) => r.title === titles[0] && !r.conflictOf)!;
    expect(merged.page).toBe('9版');
    expect((await a.byTitle(titles[1])).tags).toEqual(['甲的标签']);
  });

  it('a file edited by hand into invalid YAML: its text is kept aside, the file written again', async () => {
    const titles = await twoSyncedWith(2);
    const file = serverFiles().find((f) => f.endsWith('.md'))!;
    const broken = readFileSync(path.join(dav.dir, folder, file), 'utf8').replace('tags:\n  - 评论', 'tags: [评论\n  手改坏了');
    await davPut(`${folder}/${file}`, broken);
    const report = await a.run();
    expect(report.damaged).toHaveLength(1);
    expect(report.damaged[0].reason).toMatch(/YAML/);
    const kept = report.damaged[0].keptAs!;
    expect(kept.startsWith('.jianbao/damaged/')).toBe(true);
    expect(readFileSync(path.join(dav.dir, folder, kept), 'utf8')).toBe(broken);
    expect(a.sync.readClippingFile(readFileSync(path.join(dav.dir, folder, file), 'utf8')).ok).toBe(true);
    await settleAndCheck(titles.map((title) => ({ title })));
  });
});

describe('two devices writing at once', () => {
  it('another device writes a file while this one syncs (rclone ignores If-Match): not overwritten, both edits kept', async () => {
    const [title] = await twoSyncedWith(1);
    await a.edit((await a.byTitle(title)).id, { note: '甲在同步前改的笔记' });
    await b.edit((await b.byTitle(title)).id, { byline: '乙改的作者' });
    // B's sync runs, and pushes its edit, after A has listed the folder and just before A's
    // first request about the file (its ETag check, or its write were there no check).
    let fired = false;
    let during: Awaited<ReturnType<Device['run']>> | null = null;
    dav.beforeForward = async (method, url) => {
      if (fired || !['HEAD', 'PUT'].includes(method) || !url.endsWith('.md')) return false;
      fired = true;
      during = await b.run();
      return true;
    };
    try {
      const report = await a.run();
      expect(fired).toBe(true);
      expect(during!.pushed).toBe(1);
      // A's file would have overwritten B's: A leaves it for the next sync.
      expect(report.skipped).toBe(1);
      expect(report.pushed).toBe(0);
    } finally {
      dav.beforeForward = null;
    }
    await settleAndCheck([{ title, note: '甲在同步前改的笔记' }]);
    const [ra] = [await a.records()];
    expect(ra.find((r) => r.title === title)).toMatchObject({ note: '甲在同步前改的笔记', byline: '乙改的作者' });
  });
});

describe('concurrent pushes', () => {
  it('pushes into one new folder share its MKCOL: made once, no 423 Locked from a second MKCOL of the same path', async () => {
    const same = Array.from({ length: 12 }, (_, i) => {
      const { tags, note, ...rest } = article({ title: `同一版面之${i}`, date: '2026-03-05', source: '人民日报' });
      return { ...rest, url: rest.url ?? null, source: rest.source ?? null, date: rest.date ?? null, page: rest.page ?? null, tags: tags ?? [], note: note ?? '', createdAt: 1_700_000_000_000 + i, updatedAt: 1_700_000_000_000 + i };
    });
    await a.db.putClippings(same);
    dav.answers = {};
    expect((await a.run()).pushed).toBe(12);
    // The sync folder and every folder under it, each made once.
    const made = readdirSync(path.join(dav.dir, folder), { recursive: true, withFileTypes: true }).filter((e) => e.isDirectory()).length + 1;
    expect(dav.answers['MKCOL 201']).toBe(made);
    // Every other answer was a success, but the first listing of the folder not made yet.
    expect(Object.entries(dav.answers).filter(([k]) => !/ 20\d$/.test(k) && k !== 'PROPFIND 404')).toEqual([]);
  });
});

describe('size', () => {
  it('1,000 clippings reach the other device, and one change after', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => {
      const { tags, note, ...rest } = article({ title: `千篇之${i}`, date: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`, source: ['人民日报', '光明日报', '经济日报', null][i % 4] });
      return { ...rest, url: rest.url ?? null, source: rest.source ?? null, date: rest.date ?? null, page: rest.page ?? null, tags: tags ?? [], note: note ?? '', createdAt: 1_700_000_000_000 + i, updatedAt: 1_700_000_000_000 + i };
    });
    await a.db.putClippings(many);
    const first = await a.run();
    expect(first.pushed).toBe(1000);
    const pulled = await b.run();
    expect(pulled.pulled).toBe(1000);
    await b.edit((await b.byTitle('千篇之500')).id, { note: '千篇中改了一篇' });
    const one = await b.run();
    expect(one.pushed).toBe(1);
    const got = await a.run();
    expect(got.pulled).toBe(1);
    expect(await a.records()).toEqual(await b.records());
    expect(await b.searchIndexMismatches()).toEqual([]);
  }, 240_000);
});
