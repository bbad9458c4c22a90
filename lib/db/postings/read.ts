// Reading the index for a query: the posting lists of its terms, current as
// of one read transaction (segments, then recent rows over them, stale
// entries dropped), and the date and time of clipping of any clipping, for
// ranking. Nothing is read when a page opens but what warmIndexView reads
// (the side panel calls it): the docs (about 20 bytes a clipping, docs.ts)
// and the recent rows, which the first query reads otherwise; later ones
// only what changed: the docs after a merge, and of the recent rows only
// those whose version (in the state row) differs from the one kept.
import { db } from '../db';
import { addCurrentById, addListById, decodeCurrent, decodeCurrentAmong, listAmong, markCurrent, markList, mergeDisjoint, sortedIndex, termBucket, type DecodedList } from './codec';
import { MERGE_AT, runMerges } from './merge';
import { dayNumber, POSTINGS_FORMAT, readState, seenBuilt } from './state';
import { rowKey, type DocsRow, type PostingRow, type RecentRow, type SearchState, type Segment, type SizesRow } from './types';
import { readDocs } from './docs';
import { entriesIn, readSizes } from './sizes';
import { WeightedLru } from './lru';

/** What the page keeps between queries: the docs (until a merge) and the recent rows (each until it is written again or merged). */
interface Kept {
  connection: IDBDatabase | null;
  merged: number;
  gen: number;
  docs: DocsRow;
  /**
   * Current version, date and time of clipping by id, for ids below
   * DENSE_IDS: the docs' with the recent rows' over them (`patched` holds
   * what the docs said for each id a recent row covers, to put back when
   * the recent rows change). A query looks up every id of its lists here.
   */
  version: Int32Array;
  date: Int32Array;
  /** The date as days (dayNumber), for ranking keys. */
  day: Int32Array;
  created: Float64Array;
  patched: Map<number, [number, number, number]>;
  recent: Map<number, RecentRow>;
  /** Each segment's common terms (sizes.ts), by rowKey; a segment without them is not in it. */
  sizes: Map<number, SizesRow>;
  /** The segments these are of. */
  segments: Segment[];
}

/** Ids up to this are looked up in dense arrays; larger ones (imports with odd ids) by binary search. */
const DENSE_IDS = 1 << 22;

let kept: Kept | null = null;

function keepDocs(docs: DocsRow): Pick<Kept, 'version' | 'date' | 'day' | 'created'> {
  const max = docs.ids.length ? Math.min(DENSE_IDS - 1, docs.ids[docs.ids.length - 1]) : 0;
  const version = new Int32Array(max + 1);
  const date = new Int32Array(max + 1);
  const day = new Int32Array(max + 1);
  const created = new Float64Array(max + 1);
  for (let i = 0; i < docs.ids.length; i++) {
    const id = docs.ids[i];
    if (id < 0 || id > max) continue;
    version[id] = docs.versions[i];
    date[id] = docs.dates[i];
    day[id] = dayNumber(docs.dates[i]);
    created[id] = docs.created[i];
  }
  return { version, date, day, created };
}

/** Puts the recent rows over the docs' figures in the dense arrays (and back what earlier recent rows covered). */
function patchRecent(k: Kept): void {
  for (const [id, [v, d, c]] of k.patched) {
    k.version[id] = v;
    k.date[id] = d;
    k.day[id] = dayNumber(d);
    k.created[id] = c;
  }
  k.patched.clear();
  let max = -1;
  for (const id of k.recent.keys()) if (id < DENSE_IDS && id > max) max = id;
  if (max >= k.version.length) {
    // New clippings past the docs' last id: room for them and the next few.
    const size = Math.min(DENSE_IDS, max + 1024);
    const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    k.version = grow(k.version, (n) => new Int32Array(n));
    k.date = grow(k.date, (n) => new Int32Array(n));
    k.day = grow(k.day, (n) => new Int32Array(n));
    k.created = grow(k.created, (n) => new Float64Array(n));
  }
  for (const [id, r] of k.recent) {
    if (id < 0 || id >= k.version.length) continue;
    k.patched.set(id, [k.version[id], k.date[id], k.created[id]]);
    k.version[id] = r.v;
    k.date[id] = r.date ?? 0;
    k.day[id] = dayNumber(r.date ?? 0);
    k.created[id] = r.created ?? 0;
  }
}

function docIndex(docs: DocsRow, id: number): number {
  let lo = 0;
  let hi = docs.ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs.ids[mid] < id) lo = mid + 1;
    else hi = mid;
  }
  return lo < docs.ids.length && docs.ids[lo] === id ? lo : -1;
}

/** The index as one query sees it. */
export interface IndexView {
  /**
   * How long a term's list is, before decoding it: its entries when it is
   * decoded already, else the bytes it takes (about one an entry for a
   * common term, two or three for a rare one). A query decodes its shortest
   * lists first. Larger than any for a term left unread (leaveOut).
   */
  sizeOf(gram: number): number;
  /** Whether list(gram) is decoded already (by this query, or kept from an earlier one). */
  decoded(gram: number): boolean;
  /** Whether the term's rows were read (or its list kept): false for a term the query's `leaveOut` left unread. */
  has(gram: number): boolean;
  /** The current posting list of a term asked for (ids ascending), decoded whole once and kept. */
  list(gram: number): DecodedList;
  /** The entries of a term's current list whose ids are among `among[0…n)` (ascending), without decoding the rest. */
  listAmong(gram: number, among: Int32Array, n: number): DecodedList;
  /**
   * Sets in `bits` (bit id − first) the ids of a term's current list within [first, last], without
   * decoding it into arrays (from its decoded list if it has one).
   */
  mark(gram: number, bits: Uint32Array, first: number, last: number): void;
  /**
   * Adds a term's current entries to arrays by id (codec.ts addCurrentById: `held` counts the terms
   * each id is in, `codes` is its word's codes by id), without decoding its list into arrays: the
   * count of ids in every term so far, or −1 when an id is past the arrays (nothing to rely on).
   */
  addById(gram: number, held: Uint8Array, round: number, codes: Uint8Array, first: boolean): number;
  /** Publication date (YYYYMMDD, 0 for none) and time of clipping of an indexed clipping. */
  dateOf(id: number): number;
  /** dateOf by id, for ids below its length (read them through dateOf past it): one look-up for each of thousands of candidates. */
  dates: Int32Array;
  /** The publication date as days (dayNumber), by id, as `dates`. */
  days: Int32Array;
  createdOf(id: number): number;
  /** Every indexed clipping, ascending. */
  allIds(): number[];
  /** Segments read (for the benchmark). */
  segments: number;
}

/** The index is being built again (another format, or a rebuild in another page): ensureIndexBuilt, then read again. */
export class IndexNotBuiltError extends Error {
  override readonly name = 'IndexNotBuiltError';
  constructor() {
    super('The search index is not built yet');
  }
}

/**
 * A view's lists were asked for after a later read changed what the page
 * keeps (the recent rows, another state): read the index again.
 */
export class IndexChangedError extends Error {
  override readonly name = 'IndexChangedError';
  constructor() {
    super('The search index changed while a query read it');
  }
}

/** A term left unread (readIndex's leaveOut) was needed after all: read again with every term. */
export class TermNotReadError extends Error {
  override readonly name = 'TermNotReadError';
  constructor(gram: number) {
    super(`term ${gram} was not read`);
  }
}

/**
 * Which of a query's terms need not be read, given how many entries each
 * has at least (its common entries in the segments that keep sizes: 0 for
 * a term common in none) and how many clippings the segments hold. A term
 * left out and needed after all makes list() throw TermNotReadError.
 */
export type LeaveOut = (entries: (gram: number) => number, clippings: number) => ReadonlySet<number>;

/** The terms `leaveOut` leaves unread, from what the page keeps of the segments' sizes (none when it keeps none). */
function leftOut(k: Kept | null, leaveOut: LeaveOut | undefined): ReadonlySet<number> {
  if (!k || !leaveOut || k.sizes.size === 0) return NONE;
  const segments = k.segments;
  const clippings = segments.reduce((n, s) => n + s.n, 0);
  const entries = (g: number) => {
    let sum = 0;
    for (const seg of segments) sum += entriesIn(k.sizes.get(rowKey(seg)), g) ?? 0;
    return sum;
  };
  return leaveOut(entries, clippings);
}
const NONE: ReadonlySet<number> = new Set();
/**
 * sizeOf a term left unread: past any list's, and a small integer (V8's Smi), not Infinity: with
 * Infinity among its answers the two common words timed after the phrases took 1–2 ms more each
 * (bench:search, 50,000; the same queries with a Smi here did not).
 */
const UNREAD_SIZE = 0x3fffffff;

/** Forgets what the page kept (tests, the benchmark: a page that has just opened). */
export function forgetIndexView(): void {
  kept = null;
  lastSegments = [];
  forgetIndexLists();
  seenBuilt.connection = null;
}

function currentVersion(k: Kept, id: number): number {
  if (id >= 0 && id < k.version.length) return k.version[id];
  const r = k.recent.get(id);
  if (r) return r.v;
  const i = docIndex(k.docs, id);
  return i < 0 ? 0 : k.docs.versions[i];
}

/**
 * The docs and recent rows read ahead of a page's first query (the side
 * panel, as it opens: about 20 bytes a clipping, 1 MB at 50,000, which the
 * first query read and took in for 45 ms); a query meanwhile waits for it
 * rather than read them twice.
 */
let warming: Promise<boolean> | null = null;

/**
 * Reads what the page keeps between queries (the docs, the recent rows)
 * now: true when it did, false when the index is not built (or the read
 * failed; a query will say why).
 */
export function warmIndexView(): Promise<boolean> {
  warming ??= readIndexNow([])
    .then(
      () => true,
      () => false,
    )
    .finally(() => {
      warming = null;
    });
  return warming;
}

/**
 * Reads the lists of `grams` (CJK grams and word terms) in one transaction,
 * but those `leaveOut` leaves unread. The index must be built.
 */
export async function readIndex(grams: readonly number[], lap?: (name: string) => void, leaveOut?: LeaveOut): Promise<IndexView> {
  if (warming) await warming;
  return readIndexNow(grams, lap, leaveOut);
}

/** Where a term's list is in one segment: its row and place there. */
interface ListPart {
  row: PostingRow;
  at: number;
  seg: Segment;
}

/** The segments the last read found: the rows a query needs are asked for along with the state, on the guess that they are still these. */
let lastSegments: Segment[] = [];

const keyOf = (seg: Segment, g: number): [number, number] => [rowKey(seg), termBucket(g, seg.buckets)];

const CACHED_ENTRIES = 600_000;
/**
 * Lists decoded by earlier queries, as of one state of the index (every
 * write and merge bumps `gen`, which empties it): typing 发 → 发展 →
 * 发展改革, or a second word after a first, reads and decodes a common
 * term's 50,000 entries once. Least recently used go first past
 * CACHED_ENTRIES (5 bytes an entry: about 3 MB).
 */
const listCache = { connection: null as IDBDatabase | null, stamp: '', lists: new WeightedLru<number, DecodedList>(CACHED_ENTRIES, (l) => l.length) };

/** Keeps a decoded list, unless it would take more than a quarter of the room. */
function cache(g: number, list: DecodedList): void {
  if (list.length <= CACHED_ENTRIES / 4) listCache.lists.add(g, list);
}

const CACHED_ROW_BYTES = 8 << 20;
const rowBytes = (row: PostingRow): number => row.data.byteLength + row.terms.byteLength + row.offsets.byteLength;
/**
 * Posting rows read by earlier queries, as they were read: a row is written
 * once under its key and never over (merge.ts), and only a merge or a
 * rebuild, which bump `merged`, drop or write keys; so rows outlast saves,
 * which empty the decoded lists above. A query whose longer lists were
 * decoded only among its candidates (not kept as lists) finds their rows
 * here the next time: typing 发展改 → 发展改革 reads one new row.
 * Least recently used go first past CACHED_ROW_BYTES.
 */
const rowCache = { connection: null as IDBDatabase | null, merged: -1, rows: new WeightedLru<string, PostingRow>(CACHED_ROW_BYTES, rowBytes) };

/** Bytes the page keeps for searching: posting rows, decoded lists, and the docs with their arrays by id (the benchmark reports them). */
export function keptIndexBytes(): { rows: number; lists: number; docs: number } {
  let lists = 0;
  for (const l of listCache.lists.values()) lists += l.ids.byteLength + l.codes.byteLength;
  const k = kept;
  const docs = k
    ? k.docs.ids.byteLength + k.docs.versions.byteLength + k.docs.dates.byteLength + k.docs.created.byteLength +
      k.version.byteLength + k.date.byteLength + k.day.byteLength + k.created.byteLength
    : 0;
  return { rows: rowCache.rows.weight, lists, docs };
}

/** Forgets the decoded lists and posting rows kept between queries (the benchmark, to time queries that find none). */
export function forgetIndexLists(): void {
  forgetLists();
  forgetRows();
}

function forgetLists(): void {
  listCache.lists.clear();
  listCache.stamp = '';
}

function forgetRows(): void {
  rowCache.rows.clear();
  rowCache.merged = -1;
}

/**
 * Reads in one read-only transaction, and answers as soon as its last read
 * has: Dexie's db.transaction() resolves only when the transaction has
 * completed, one more round trip to the browser's IndexedDB backend for
 * nothing a read needs (under load, up to 46 ms of a query: bench:search
 * --slow, the step `read`). A failure inside still rejects. When the page
 * keeps the index as it is (nearly every query after the first), on the
 * connection itself (readIndexKept), else in Dexie's transaction.
 */
function readIndexNow(grams: readonly number[], lap?: (name: string) => void, leaveOut?: LeaveOut): Promise<IndexView> {
  return readIndexKept(grams, lap, leaveOut).then(
    (view) =>
      view ??
      new Promise<IndexView>((answer, fail) => {
        readIndexIn(grams, answer, lap, leaveOut).then(undefined, fail);
      }),
  );
}

/** The rows a read asks for, as it asks for them (askRows), until the state says which stand. */
interface Asked {
  gets: Map<string, Promise<PostingRow | undefined>>;
  ask: (key: [number, number]) => void;
  fromKept: string[];
  keptRows: number;
  keptLists: string;
}

/**
 * Asks for the rows of `grams` in the segments the last read found, on the
 * guess that they are still these, with the state (one round trip, not two);
 * kept rows and lists are taken from what the page keeps, checked against
 * the state by settleKept.
 */
function askRows(store: IDBObjectStore, connection: IDBDatabase, grams: readonly number[], leaveOut?: LeaveOut): Asked {
  // One get per (segment, bucket), however many grams share it.
  const gets = new Map<string, Promise<PostingRow | undefined>>();
  // Rows kept from earlier queries stand if no merge came since (checked against the state in settleKept).
  const keptRows = rowCache.connection === connection ? rowCache.merged : -1;
  const fromKept: string[] = [];
  const ask = (key: [number, number]) => {
    const name = `${key[0]}:${key[1]}`;
    if (gets.has(name)) return;
    const row = asked.keptRows >= 0 ? rowCache.rows.get(name) : undefined;
    if (row) {
      gets.set(name, Promise.resolve(row));
      fromKept.push(name);
      return;
    }
    const got = new Promise<PostingRow | undefined>((resolve, reject) => {
      const request = store.get(key);
      request.onsuccess = () => resolve(request.result as PostingRow | undefined);
      request.onerror = () => reject(request.error);
    });
    got.catch(() => undefined);
    gets.set(name, got);
  };
  // Kept lists stand if the state is the same; if not, their rows are asked for in finishRead.
  const keptLists = listCache.connection === connection ? listCache.stamp : '';
  const asked: Asked = { gets, ask, fromKept, keptRows, keptLists };
  // The terms to leave unread, as the sizes kept say (of the segments the rows are guessed to be in; checked in finishRead).
  const guess = leftOut(kept?.connection === connection ? kept : null, leaveOut);
  for (const seg of lastSegments) for (const g of grams) if (!guess.has(g) && (!keptLists || !listCache.lists.has(g))) ask(keyOf(seg, g));
  return asked;
}

/** What the page keeps of rows and lists, set right by the state read: the stamp the lists are kept under. */
function settleKept(asked: Asked, state: SearchState, connection: IDBDatabase): string {
  const { gets, fromKept } = asked;
  if (asked.keptRows !== state.merged || rowCache.connection !== connection) {
    // Merged since (or never read on this connection): what was taken from the kept rows is asked for again.
    for (const name of fromKept) gets.delete(name);
    forgetRows();
    rowCache.connection = connection;
    rowCache.merged = state.merged;
    asked.keptRows = -1;
  }
  lastSegments = state.segments;
  const stamp = `${state.merged}:${state.gen}`;
  if (asked.keptLists !== stamp || listCache.connection !== connection) {
    forgetLists();
    listCache.connection = connection;
    listCache.stamp = stamp;
  }
  return stamp;
}

/**
 * The rest of a read, the state read and the page's kept docs and recent
 * rows current (`view`): the rows of the terms in the state's segments asked
 * for (those the guess missed), and the view of the query's lists over them.
 */
async function finishRead(
  asked: Asked, view: Kept, state: SearchState, grams: readonly number[], connection: IDBDatabase, stamp: string, lap?: (name: string) => void, leaveOut?: LeaveOut,
): Promise<IndexView> {
  const { gets, ask } = asked;
  const hits = new Map<number, DecodedList>();
  for (const g of grams) {
    const list = listCache.lists.get(g);
    if (list) hits.set(g, list);
  }
  // As the sizes of these segments say (the same as the guess in askRows when no merge came since).
  const unread = leftOut(view, leaveOut);
  for (const seg of state.segments) for (const g of grams) if (!hits.has(g) && !unread.has(g)) ask(keyOf(seg, g));
  const names = [...gets.keys()];
  const rows = await Promise.all(gets.values());
  const rowAt = new Map(names.map((name, i) => [name, rows[i]]));
  if (rowCache.connection === connection && rowCache.merged === state.merged) names.forEach((name, i) => rows[i] && rowCache.rows.add(name, rows[i]!));
  lap?.('read:rows');

  // Where each term's entries are (decoded only when the query asks: list, listAmong).
  const gen = view.gen;
  const versionOf = (id: number) => currentVersion(view, id);
  const recentRows = [...view.recent.values()].filter((r) => !r.deleted && r.grams && r.codes);
  const where = new Map<number, { parts: ListPart[]; fresh: DecodedList | null; bytes: number }>();
  for (const g of grams) {
    if (hits.has(g) || where.has(g) || unread.has(g)) continue;
    const parts: ListPart[] = [];
    let bytes = 0;
    for (const seg of state.segments) {
      const row = rowAt.get(`${rowKey(seg)}:${termBucket(g, seg.buckets)}`);
      const at = row ? sortedIndex(row.terms, g) : -1;
      if (!row || at < 0) continue;
      parts.push({ row, at, seg });
      bytes += row.offsets[at + 1] - row.offsets[at];
    }
    const fresh: Array<[number, number]> = [];
    for (const r of recentRows) {
      const at = sortedIndex(r.grams!, g);
      if (at >= 0) fresh.push([r.id, r.codes![at]]);
    }
    fresh.sort((a, b) => a[0] - b[0]);
    const freshList = fresh.length ? { ids: Int32Array.from(fresh, (f) => f[0]), codes: Uint8Array.from(fresh, (f) => f[1]), length: fresh.length } : null;
    where.set(g, { parts, fresh: freshList, bytes: bytes + fresh.length });
  }
  const stillCurrent = () => {
    if (kept !== view || view.gen !== gen) throw new IndexChangedError();
  };
  const lists = new Map<number, DecodedList>(hits);
  const list = (g: number): DecodedList => {
    let found = lists.get(g);
    if (found) return found;
    const w = where.get(g);
    if (!w) throw new TermNotReadError(g);
    stillCurrent();
    const parts = w.parts.map(({ row, at, seg }) => decodeCurrent(row.data, row.offsets[at], row.offsets[at + 1], view.version, seg.lo, seg.hi, versionOf));
    if (w.fresh) parts.push(w.fresh);
    found = mergeDisjoint(parts);
    lists.set(g, found);
    if (listCache.connection === connection && listCache.stamp === stamp) cache(g, found);
    return found;
  };
  const listAmongOf = (g: number, among: Int32Array, n: number): DecodedList => {
    const whole = lists.get(g);
    if (whole) return listAmong(whole, among, n);
    const w = where.get(g);
    if (!w) throw new TermNotReadError(g);
    stillCurrent();
    const parts = w.parts.map(({ row, at, seg }) => decodeCurrentAmong(row.data, row.offsets[at], row.offsets[at + 1], among, n, view.version, seg.lo, seg.hi, versionOf));
    if (w.fresh) parts.push(listAmong(w.fresh, among, n));
    return mergeDisjoint(parts);
  };
  const mark = (g: number, bits: Uint32Array, first: number, last: number): void => {
    const whole = lists.get(g);
    if (whole) return markList(whole, bits, first, last);
    const w = where.get(g);
    if (!w) throw new TermNotReadError(g);
    stillCurrent();
    for (const { row, at, seg } of w.parts) markCurrent(row.data, row.offsets[at], row.offsets[at + 1], bits, first, last, view.version, seg.lo, seg.hi, versionOf);
    if (w.fresh) markList(w.fresh, bits, first, last);
  };
  const addById = (g: number, held: Uint8Array, round: number, codes: Uint8Array, first: boolean): number => {
    const whole = lists.get(g);
    if (whole) return addListById(whole, held, round, codes, first);
    const w = where.get(g);
    if (!w) throw new TermNotReadError(g);
    stillCurrent();
    // An id is current in one part only (one segment, or the recent rows): counted once.
    let n = 0;
    for (const { row, at, seg } of w.parts) {
      const added = addCurrentById(row.data, row.offsets[at], row.offsets[at + 1], held, round, codes, first, view.version, seg.lo, seg.hi);
      if (added < 0) return -1;
      n += added;
    }
    if (w.fresh) {
      const added = addListById(w.fresh, held, round, codes, first);
      if (added < 0) return -1;
      n += added;
    }
    return n;
  };
  const sizeOf = (g: number): number => lists.get(g)?.length ?? where.get(g)?.bytes ?? (unread.has(g) ? UNREAD_SIZE : 0);
  const has = (g: number): boolean => lists.has(g) || where.has(g);
  // A clipping's date or creation time by id: the kept array below its
  // length, else its recent row, else the stored docs' column (0: none holds it).
  const byId = (kept: Int32Array | Float64Array, ofRecent: (r: RecentRow) => number | undefined, ofDocs: (d: DocsRow) => Int32Array | Float64Array) => (id: number) => {
    if (id >= 0 && id < kept.length) return kept[id];
    const r = view.recent.get(id);
    if (r) return ofRecent(r) ?? 0;
    const i = docIndex(view.docs, id);
    return i < 0 ? 0 : ofDocs(view.docs)[i];
  };
  const dateOf = byId(view.date, (r) => r.date, (d) => d.dates);
  const createdOf = byId(view.created, (r) => r.created, (d) => d.created);
  const allIds = () => {
    const ids = new Set<number>();
    for (const id of view.docs.ids) if (!view.recent.has(id)) ids.add(id);
    for (const r of view.recent.values()) if (!r.deleted) ids.add(r.id);
    return [...ids].sort((a, b) => a - b);
  };
  const decoded = (g: number): boolean => lists.has(g);
  return { sizeOf, decoded, has, list, listAmong: listAmongOf, mark, addById, dateOf, dates: view.date, days: view.day, createdOf, allIds, segments: state.segments.length };
}

/**
 * A read on the page's own IndexedDB connection, not in Dexie's transaction,
 * when the page keeps the docs and recent rows of the index as it is: the
 * state and the rows asked for at once, and the view answered from the last
 * row's answer. Dexie's transaction (its zone, its promise around the state's
 * get, and the task out of its zone to answer from) took 0.3–0.4 ms of each
 * query's read at 50,000 clippings (bench:search at load 6–7: 1.3 → 0.9 ms
 * for a common word, 2.1 → 1.8 for two), for a read that needs none of it
 * (measured inside a query at load 8–9 before: 0.7–0.9 ms). Null when the
 * state is not the one kept (a write or merge since, another format, not
 * built) or the read fails: readIndexIn reads it all again, in Dexie's
 * transaction.
 */
function readIndexKept(grams: readonly number[], lap?: (name: string) => void, leaveOut?: LeaveOut): Promise<IndexView | null> {
  const k = kept;
  let connection: IDBDatabase;
  try {
    connection = db.backendDB();
  } catch {
    return Promise.resolve(null);
  }
  if (!k || !connection || k.connection !== connection) return Promise.resolve(null);
  return new Promise<IndexView | null>((resolve) => {
    let tx: IDBTransaction;
    try {
      tx = connection.transaction(['searchMeta', 'postings'], 'readonly');
    } catch {
      resolve(null);
      return;
    }
    lap?.('read:begin');
    tx.onabort = () => resolve(null);
    const asked = askRows(tx.objectStore('postings'), connection, grams, leaveOut);
    const request = tx.objectStore('searchMeta').get('state');
    request.onerror = () => resolve(null);
    request.onsuccess = () => {
      const state = request.result as SearchState | undefined;
      lap?.('read:state');
      if (!state || state.format !== POSTINGS_FORMAT || !state.built || kept !== k || state.merged !== k.merged || state.gen !== k.gen) {
        resolve(null);
        return;
      }
      state.recent ??= new Map();
      const stamp = settleKept(asked, state, connection);
      seenBuilt.connection = connection;
      if (state.recent.size >= MERGE_AT) setTimeout(() => void runMerges(), 0);
      finishRead(asked, k, state, grams, connection, stamp, lap, leaveOut).then(
        (view) => {
          // Every row is in: committed now, not when this task ends. The query goes on in this task (its
          // candidates, then the texts' read), and the texts waited behind the open transaction: bench:search
          // 50,000, 8 alternating runs each at load 3.4–5.5, texts p90 5.6 → 4.2 ms (phrases), 5.3 → 3.5 (two words).
          try {
            tx.commit();
          } catch {
            // (committed already)
          }
          resolve(view);
        },
        () => resolve(null),
      );
    };
  });
}

function readIndexIn(grams: readonly number[], answer: (view: IndexView) => void, lap?: (name: string) => void, leaveOut?: LeaveOut): Promise<void> {
  return db.transaction('r', [db.table('searchMeta'), db.table('searchRecent'), db.table('postings')], async (tx) => {
    lap?.('read:begin');
    // The rows are asked for on the transaction itself, not through Dexie's table.get: its promise, zone and middleware
    // around each of a phrase's 7–21 gets cost a third of a millisecond a query, for a read that needs none of them.
    const connection = db.backendDB();
    const asked = askRows(tx.idbtrans.objectStore('postings'), connection, grams, leaveOut);
    const state: SearchState = await readState(tx);
    lap?.('read:state');
    const stamp = settleKept(asked, state, connection);
    if (!state.built) {
      seenBuilt.connection = null;
      throw new IndexNotBuiltError();
    }
    seenBuilt.connection = connection;
    let k = kept;
    if (!k || k.connection !== connection || k.merged !== state.merged) {
      const [docs, sizes] = await Promise.all([readDocs(tx), readSizes(tx, state.segments)]);
      k = { connection, merged: state.merged, gen: -1, docs, ...keepDocs(docs), patched: new Map(), recent: new Map(), sizes, segments: state.segments };
    }
    if (k.gen !== state.gen) {
      // Only the recent rows written since this page last read them.
      const recent = k.recent;
      for (const [id, row] of recent) if (state.recent.get(id) !== row.v) recent.delete(id);
      const wanted: number[] = [];
      for (const [id, v] of state.recent) if (recent.get(id)?.v !== v) wanted.push(id);
      const rows = await tx.table<RecentRow, number>('searchRecent').bulkGet(wanted);
      for (const r of rows) if (r && state.recent.get(r.id) === r.v) recent.set(r.id, r);
      patchRecent(k);
      k.gen = state.gen;
    }
    kept = k;
    // Writes in a page that closed before its merge: merge them now, after this read.
    if (state.recent.size >= MERGE_AT) setTimeout(() => void runMerges(), 0);

    const indexView = await finishRead(asked, k, state, grams, connection, stamp, lap, leaveOut);
    // From a task of its own, outside Dexie's zone for this transaction: what the caller does next is
    // no part of it (in a zone, Dexie puts its own Promise in the global's place and echoes the zone
    // into later microtasks, a cost on every later step of the query).
    setTimeout(() => answer(indexView), 0);
  });
}
