// Two devices syncing through a real WebDAV server (rclone on 127.0.0.1).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { article, makeDevice, type Device } from './device';
import { PASS, USER, rcloneAvailable, startDav, type DavServer } from './dav-server';

let dav: DavServer;
let folderN = 0;
let folder: string;
let a: Device;
let b: Device;

if (!rcloneAvailable()) throw new Error('rclone is not installed: apt-get install rclone (npm test installs it)');

beforeAll(async () => {
  dav = await startDav();
});
afterAll(() => dav?.stop());

beforeEach(async () => {
  dav.setFault({ kind: 'none' });
  folder = `库${++folderN}`;
  a = await makeDevice('A', dav, { folder });
  b = await makeDevice('B', dav, { folder });
});

/** Files of the sync folder on the server's disk, relative paths. */
function serverFiles(): string[] {
  const root = path.join(dav.dir, folder);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.relative(root, path.join(dir, e.name))]));
  return walk(root).sort();
}
const serverPath = (rel: string) => path.join(dav.dir, folder, rel);

/** A write by another WebDAV client (a notes app), straight to the server. */
export async function davPut(relPath: string, text: string): Promise<void> {
  const res = await fetch(new URL(relPath.split('/').map(encodeURIComponent).join('/'), dav.url), {
    method: 'PUT',
    body: text,
    headers: { Authorization: `Basic ${Buffer.from(`${USER}:${PASS}`).toString('base64')}` },
  });
  if (!res.ok) throw new Error(`PUT ${relPath}: ${res.status}`);
}

async function expectEqualLibraries() {
  const [ra, rb] = [await a.records(), await b.records()];
  expect(ra.map((r) => r.uid).every((u) => !u.startsWith('unlinked'))).toBe(true);
  expect(ra).toEqual(rb);
  expect(await a.searchIndexMismatches()).toEqual([]);
  expect(await b.searchIndexMismatches()).toEqual([]);
}

describe('two devices through WebDAV', () => {
  it('adds: a clipping saved on one device reaches the other, as a readable file', async () => {
    await a.save(article({ title: '甲设备的文章', source: '光明日报', date: '2024-03-05' }));
    const first = await a.run();
    expect(first.pushed).toBe(1);
    expect(serverFiles()).toEqual(['2024/光明日报/2024-03-05 甲设备的文章.md']);
    const text = readFileSync(serverPath('2024/光明日报/2024-03-05 甲设备的文章.md'), 'utf8');
    expect(text).toMatch(/^---\njianbao: 1\nid: [a-z][0-9a-z]{15}\ntitle: 甲设备的文章\n/);
    const got = await b.run();
    expect(got.pulled).toBe(1);
    expect((await b.byTitle('甲设备的文章')).source).toBe('光明日报');
    await expectEqualLibraries();
  });

  it('edits on both sides: different fields merge, a field both changed keeps both versions', async () => {
    const saved = await a.save(article({ title: '两边都改' }));
    await a.run();
    await b.run();
    const onB = await b.byTitle('两边都改');
    await a.edit(saved.id, { tags: ['评论', '甲加的'], page: '5版' });
    await b.edit(onB.id, { tags: ['评论', '乙加的'], byline: '乙改的署名' });
    await a.run();
    await b.run();
    await a.run();
    await expectEqualLibraries();
    const merged = await a.byTitle('两边都改');
    expect(merged.page).toBe('5版');
    expect(merged.byline).toBe('乙改的署名');
    expect(merged.tags).toEqual(['评论', '乙加的', '甲加的']);
    expect(await a.list()).toHaveLength(1);

    // Now both change the note: the later one stays in the clipping, the other is a conflict copy.
    await a.edit(merged.id, { note: '甲的笔记' });
    await new Promise((r) => setTimeout(r, 5));
    await b.edit((await b.byTitle('两边都改')).id, { note: '乙的笔记（更晚）' });
    await a.run();
    const report = await b.run();
    expect(report.conflicts).toBe(1);
    await a.run();
    await expectEqualLibraries();
    const all = await a.list();
    expect(all).toHaveLength(2);
    const copy = all.find((c) => c.tags.includes(a.sync.CONFLICT_TAG))!;
    const main = all.find((c) => c !== copy)!;
    expect(main.note).toBe('乙的笔记（更晚）');
    expect(copy.note).toBe('甲的笔记');
    expect(copy.page).toBe('5版');
    const copyRecord = (await a.records()).find((r) => r.tags.includes(a.sync.CONFLICT_TAG))!;
    expect(copyRecord.conflictOf).toBe((await a.records()).find((r) => r.uid !== copyRecord.uid)!.uid);
  });

  it('deletes: a tombstone deletes the other copy; an edit made meanwhile wins over the delete', async () => {
    const one = await a.save(article({ title: '将被删除' }));
    const two = await a.save(article({ title: '删了又在别处改' }));
    await a.run();
    await b.run();
    await a.remove(one.id, two.id);
    await b.edit((await b.byTitle('删了又在别处改')).id, { note: '乙在删除前写的笔记' });
    const ra = await a.run();
    expect(ra.deletedRemote).toBe(2);
    expect(serverFiles().filter((f) => f.startsWith('.jianbao/devices/'))).toHaveLength(1);
    const rb = await b.run();
    expect(rb.deletedLocal).toBe(1);
    await a.run();
    await expectEqualLibraries();
    const left = await a.list();
    expect(left.map((c) => c.title)).toEqual(['删了又在别处改']);
    expect(left[0].note).toBe('乙在删除前写的笔记');
  });

  it('reads back edits made in the files by hand, front matter and body', async () => {
    await a.save(article({ title: '手改的文章' }));
    await a.run();
    await b.run();
    const [file] = serverFiles().filter((f) => f.endsWith('.md'));
    // As a notes app syncing the same folder over WebDAV would.
    const text = readFileSync(serverPath(file), 'utf8')
      .replace('byline: 本报记者 张三', 'byline: 本报记者 李四')
      .replace(/\n\n## 小标题/, '\n\n手写加的一段。\n\n## 小标题');
    await davPut(`${folder}/${file}`, text);
    await a.run();
    await b.run();
    await expectEqualLibraries();
    const c = await b.byTitle('手改的文章');
    expect(c.byline).toBe('本报记者 李四');
    expect(c.blocks.map((x) => x.text)).toContain('手写加的一段。');
    expect(c.blocks.find((x) => x.type === 'heading')?.text).toBe('小标题 #1');
  });

  it('rebuilds a whole library from the folder alone', async () => {
    for (let i = 0; i < 12; i++) await a.save(article({ source: i % 2 ? '人民日报' : null, date: i % 3 ? `2025-0${1 + (i % 9)}-1${i % 10}` : null }));
    await a.edit((await a.list())[0].id, { note: '笔记\n第二行', tags: ['甲', '乙'] });
    await a.run();
    const fresh = await makeDevice('C', dav, { folder });
    await fresh.run();
    const [ra, rc] = [await a.records(), await fresh.records()];
    expect(rc).toEqual(ra);
    expect(await fresh.searchIndexMismatches()).toEqual([]);
    const full = (await a.list()).map(({ id: _i, ...c }) => c).sort((x, y) => (x.title! < y.title! ? -1 : 1));
    const rebuilt = (await fresh.list()).map(({ id: _i, ...c }) => c).sort((x, y) => (x.title! < y.title! ? -1 : 1));
    expect(rebuilt).toEqual(full);
  });

  it('links copies of one article that both devices already had (no duplicates at the first sync)', async () => {
    const input = article({ title: '两边都有的文章' });
    await a.save(input);
    await b.save(input);
    await a.run();
    await b.run();
    await a.run();
    expect(await b.list()).toHaveLength(1);
    await expectEqualLibraries();
  });

  it('an idle sync makes one request', async () => {
    await a.save(article());
    await a.run();
    await b.run();
    const idle = await b.run();
    expect(idle.requests).toBe(1);
    expect(idle.pulled + idle.pushed).toBe(0);
  });
});
