// The mirror into a local folder, written through a Node folder that offers
// the same calls as the browser's FileSystemDirectoryHandle.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MirrorDirectory } from '../../lib/sync';
import { article, makeDevice } from './device';

function nodeDirectory(dir: string): MirrorDirectory {
  const notFound = () => Object.assign(new Error('not found'), { name: 'NotFoundError' });
  return {
    name: path.basename(dir),
    async getDirectoryHandle(name, options) {
      const p = path.join(dir, name);
      if (!existsSync(p)) {
        if (!options?.create) throw notFound();
        mkdirSync(p);
      }
      return nodeDirectory(p);
    },
    async getFileHandle(name, options) {
      const p = path.join(dir, name);
      if (!existsSync(p) && !options?.create) throw notFound();
      return {
        async createWritable() {
          let text = '';
          return { async write(data: string) { text += data; }, async close() { writeFileSync(p, text); } };
        },
      };
    },
    async removeEntry(name) {
      const p = path.join(dir, name);
      if (!existsSync(p)) throw notFound();
      rmSync(p);
    },
  };
}

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function files(root: string): string[] {
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(path.join(d, n)).isDirectory() ? walk(path.join(d, n)) : [path.relative(root, path.join(d, n))]));
  return walk(root).sort();
}

describe('mirror into a local folder', () => {
  it('writes every clipping as its sync file, then only what changed, and removes what was deleted', async () => {
    const vault = mkdtempSync(path.join(tmpdir(), 'jianbao-vault-'));
    dirs.push(vault);
    writeFileSync(path.join(vault, '我自己的笔记.md'), '不是剪报');
    const dev = await makeDevice('M', { url: 'http://127.0.0.1:9/' } as never);
    const sdb = dev.sync.openSyncDatabase();
    const one = await dev.save(article({ title: '镜像一', date: '2024-01-02' }));
    const two = await dev.save(article({ title: '镜像二', source: '光明日报' }));
    const root = nodeDirectory(vault);
    expect(await dev.sync.mirrorLibrary(root, sdb)).toEqual({ written: 2, removed: 0, unchanged: 0 });
    expect(files(vault)).toEqual(['2024/人民日报/2024-01-02 镜像一.md', '2025/光明日报/2025-07-01 镜像二.md', '我自己的笔记.md']);
    const read = dev.sync.readClippingFile(readFileSync(path.join(vault, '2024/人民日报/2024-01-02 镜像一.md'), 'utf8'));
    expect(read.ok && read.record.title).toBe('镜像一');

    await dev.edit(one.id, { title: '镜像一改名' });
    await dev.remove(two.id);
    expect(await dev.sync.mirrorLibrary(root, sdb)).toEqual({ written: 1, removed: 1, unchanged: 0 });
    expect(files(vault)).toEqual(['2024/人民日报/2024-01-02 镜像一改名.md', '我自己的笔记.md']);
    expect(await dev.sync.mirrorLibrary(root, sdb)).toEqual({ written: 0, removed: 0, unchanged: 1 });
  });
});
