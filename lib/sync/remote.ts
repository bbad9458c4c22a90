// The sync folder on a WebDAV server, through the `webdav` client library.
// Paths are relative to the folder. One PROPFIND (Depth: infinity) lists
// everything; servers that refuse infinite depth (坚果云 does) are walked one
// level at a time instead.
import { createClient, type FileStat, type WebDAVClient } from 'webdav';
import { SyncError, toSyncError } from './errors';
import { cleanFolder } from './settings';

export { cleanFolder };

export interface RemoteFile {
  path: string;
  etag: string | null;
}

export interface SyncTarget {
  /** The server's WebDAV address, e.g. https://dav.jianguoyun.com/dav/ */
  url: string;
  username: string;
  password: string;
  /** The folder under that address, e.g. 剪报 */
  folder: string;
}


const unquote = (etag: string | null | undefined) => (etag ? etag.replace(/^W\//, '').replace(/^"|"$/g, '') : null);

export class Remote {
  private readonly client: WebDAVClient;
  private readonly root: string;
  /** Folders known to exist (relative), so a put makes each at most once. */
  private readonly dirs = new Set<string>(['']);
  /** Requests made, for the idle-sync figure. */
  requests = 0;
  private deepListing = true;

  /** A request that has not answered in this long is given up (as offline): a stalled server must not hold the sync. */
  private readonly timeoutMs: number;

  constructor(target: SyncTarget, { timeoutMs = 60_000 }: { timeoutMs?: number } = {}) {
    this.client = createClient(target.url, { username: target.username, password: target.password });
    this.root = `/${cleanFolder(target.folder)}`;
    this.timeoutMs = timeoutMs;
  }

  private get signal(): AbortSignal {
    return AbortSignal.timeout(this.timeoutMs);
  }

  private abs(path: string): string {
    return path ? `${this.root === '/' ? '' : this.root}/${path}` : this.root;
  }

  private rel(filename: string): string {
    const prefix = this.root === '/' ? '/' : `${this.root}/`;
    return filename.startsWith(prefix) ? filename.slice(prefix.length) : filename.replace(/^\//, '');
  }

  /** One request; a 423 Locked (the server still busy with an earlier, broken request) is tried again twice. */
  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      this.requests++;
      try {
        return await fn();
      } catch (err) {
        if ((err as { status?: number }).status === 423 && attempt < 2) {
          await new Promise((resolve) => setTimeout(resolve, 500 * (attempt + 1)));
          continue;
        }
        throw toSyncError(err, what);
      }
    }
  }

  /** Every file under the folder, made first when it does not exist. */
  async list(): Promise<RemoteFile[]> {
    let stats: FileStat[];
    try {
      stats = await this.listDeep();
    } catch (err) {
      if (!(err instanceof SyncError) || err.status !== 404) throw err;
      await this.call('MKCOL', () => this.client.createDirectory(this.root, { recursive: true, signal: this.signal }));
      stats = [];
    }
    const files: RemoteFile[] = [];
    for (const s of stats) {
      const path = this.rel(s.filename);
      if (s.type === 'directory') this.dirs.add(path);
      else files.push({ path, etag: unquote(s.etag) });
    }
    return files;
  }

  private async listDeep(): Promise<FileStat[]> {
    if (this.deepListing) {
      try {
        return (await this.call('PROPFIND', () => this.client.getDirectoryContents(this.root, { deep: true, signal: this.signal }))) as FileStat[];
      } catch (err) {
        // 403/400/501: infinite depth refused; walk instead. Anything else is a real failure.
        if (!(err instanceof SyncError) || ![400, 403, 501].includes(err.status ?? 0)) throw err;
        this.deepListing = false;
      }
    }
    const out: FileStat[] = [];
    const walk = async (dir: string): Promise<void> => {
      const items = (await this.call('PROPFIND', () => this.client.getDirectoryContents(dir, { signal: this.signal }))) as FileStat[];
      out.push(...items);
      for (const item of items) if (item.type === 'directory') await walk(item.filename);
    };
    await walk(this.root);
    return out;
  }

  async get(path: string): Promise<{ text: string; etag: string | null }> {
    return this.call(`GET ${path}`, async () => {
      const res = await this.client.customRequest(this.abs(path), { method: 'GET', signal: this.signal });
      return { text: await res.text(), etag: unquote(res.headers.get('etag')) };
    });
  }

  private async ensureDir(dir: string): Promise<void> {
    if (this.dirs.has(dir)) return;
    const parent = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '';
    await this.ensureDir(parent);
    if (this.dirs.has(dir)) return;
    await this.call(`MKCOL ${dir}`, async () => {
      try {
        await this.client.createDirectory(this.abs(dir), { signal: this.signal });
      } catch (err) {
        if ((err as { status?: number }).status !== 405) throw err; // 405: it exists already
      }
    });
    this.dirs.add(dir);
  }

  /**
   * Writes the file; resolves to its new ETag when the server says it. With
   * `ifMatch`, servers that honour conditional requests refuse to overwrite
   * a file changed since it was read (412), so that change is not lost.
   */
  async put(path: string, text: string, ifMatch?: string | null): Promise<string | null> {
    await this.ensureDir(path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
    return this.call(`PUT ${path}`, async () => {
      const headers: Record<string, string> = { 'Content-Type': 'text/markdown; charset=utf-8' };
      if (ifMatch) headers['If-Match'] = `"${ifMatch}"`;
      const res = await this.client.customRequest(this.abs(path), { method: 'PUT', data: text, headers, signal: this.signal });
      return unquote(res.headers.get('etag'));
    });
  }

  async remove(path: string): Promise<void> {
    await this.call(`DELETE ${path}`, async () => {
      try {
        await this.client.deleteFile(this.abs(path), { signal: this.signal });
      } catch (err) {
        if ((err as { status?: number }).status !== 404) throw err; // gone already
      }
    });
  }
}
