// End-to-end helpers: the built extension in headless Chromium, its pages,
// a static server for fixture pages, and a look into the extension's IndexedDB.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = path.join(ROOT, '.output', 'chrome-mv3');
export const FIXTURES_DIR = path.join(ROOT, 'tests', 'fixtures');
/** Raw newspaper pages copied out of PDFs, with their hand-checked answers (tests/fixtures/eval). */
export const EVAL_PAGES_DIR = path.join(ROOT, 'tests', 'fixtures', 'eval');
/** Debian's Chromium (scripts/test-all.mjs installs it); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const DB_NAME = 'jianbao';
export const CLIPPINGS_TABLE = 'clippings';

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** chrome-extension://ID/ */
  baseUrl: string;
  close(): Promise<void>;
}

/** An extension page opened as a tab, with every console error and uncaught exception it logs. */
export interface OpenedPage {
  page: Page;
  errors: string[];
}

const isExtensionWorker = (worker: Worker) => worker.url().startsWith('chrome-extension://');

export interface LaunchOptions {
  /** Extra Chromium switches, e.g. --enable-unsafe-extension-debugging for Extensions.triggerAction (tests/e2e/clip.e2e.ts). */
  args?: string[];
  /** Another build of the extension (default: .output/chrome-mv3). */
  extensionDir?: string;
}

/** Launches headless Chromium with the built extension loaded, in a fresh temporary profile. */
export async function launchExtension({ args = [], extensionDir = EXTENSION_DIR }: LaunchOptions = {}): Promise<ExtensionSession> {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: run \`apt-get install chromium\` or set CHROMIUM_PATH.`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Playwright passes --disable-extensions by default; --disable-extensions-except overrides it,
    // but leaving it out keeps the launch independent of that precedence.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });
  try {
    const worker =
      context.serviceWorkers().find(isExtensionWorker) ??
      (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 30_000 }));
    const extensionId = new URL(worker.url()).host;
    return { context, extensionId, baseUrl: `chrome-extension://${extensionId}/`, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Records console errors and uncaught exceptions of a page from now on. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

/** Opens an extension page (`popup.html`, `sidepanel.html`) in a new tab and waits for it to load. */
export async function openExtensionPage(session: ExtensionSession, file: string): Promise<OpenedPage> {
  const page = await session.context.newPage();
  const errors = collectErrors(page);
  await page.goto(session.baseUrl + file, { waitUntil: 'load' });
  return { page, errors };
}

export const openPopup = (session: ExtensionSession) => openExtensionPage(session, 'popup.html');
export const openSidePanel = (session: ExtensionSession) => openExtensionPage(session, 'sidepanel.html');

export interface FixtureServer {
  /** http://127.0.0.1:PORT/ */
  origin: string;
  /** The address of a file under the served folder, e.g. url('article.html'). */
  url(file: string): string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
};

/** Serves a folder (tests/fixtures/ unless told) on 127.0.0.1 at a free port; GET and HEAD only, nothing outside it. */
export async function serveFixtures(dir: string = FIXTURES_DIR): Promise<FixtureServer> {
  const root = path.resolve(dir);
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    const inside = file === root || file.startsWith(root + path.sep);
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !inside || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(request.method === 'GET' || request.method === 'HEAD' ? 404 : 405).end();
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (file) => new URL(file, `${origin}/`).href,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Every record of one table of the extension's IndexedDB, read by evaluating in an
 * extension page (which shares the extension's storage). An absent database reads
 * as no records and is not created; an absent table is an error naming the tables there are.
 */
export async function readIndexedDb<T = Record<string, unknown>>(
  page: Page,
  { database, table }: { database: string; table: string },
): Promise<T[]> {
  return page.evaluate(readTableInPage, { database, table }) as Promise<T[]>;
}

/**
 * readIndexedDb's work, run inside an extension page (self-contained, so any
 * driver can evaluate it: Playwright here, Puppeteer in tests/journeys).
 */
export async function readTableInPage({ database, table }: { database: string; table: string }): Promise<unknown[]> {
  const known = await indexedDB.databases();
  if (!known.some((db) => db.name === database)) return [];
  const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
    const request = indexedDB.open(database);
    // Only fires when the database does not exist after all: do not create it.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => (request.error?.name === 'AbortError' ? resolve(null) : reject(request.error));
  });
  if (!db) return [];
  try {
    if (!db.objectStoreNames.contains(table)) {
      throw new Error(`No table "${table}" in IndexedDB "${database}"; it has: ${[...db.objectStoreNames].join(', ') || 'none'}`);
    }
    return await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(table, 'readonly').objectStore(table).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

/**
 * The saved clippings (Dexie database `jianbao`, table `clippings`). Reads through `page`
 * when given (any extension page), else through a popup tab opened and closed for it.
 */
export async function readClippings<T = Record<string, unknown>>(session: ExtensionSession, page?: Page): Promise<T[]> {
  if (page) return readIndexedDb<T>(page, { database: DB_NAME, table: CLIPPINGS_TABLE });
  const opened = await openPopup(session);
  try {
    return await readIndexedDb<T>(opened.page, { database: DB_NAME, table: CLIPPINGS_TABLE });
  } finally {
    await opened.page.close();
  }
}
