// One device for the sync benchmark (bench/sync.bench.ts), in its own
// process: its own in-memory IndexedDB (fake-indexeddb), library, search
// index and sync state. Reads one JSON command a line on stdin, answers one
// JSON line on stdout. lib/db indexes every write itself.
import 'fake-indexeddb/auto';
import { createInterface } from 'node:readline';
import { listClippings, putClippings, updateClipping, type PutClipping } from '../lib/db';
import { Remote, syncOnce, openSyncDatabase } from '../lib/sync';

const [url, user, pass, folder] = process.argv.slice(2);
const sdb = openSyncDatabase();

const PAPERS = ['人民日报', '光明日报', '经济日报', '解放日报', null];
const PARAGRAPH = '新征程上，我们要坚定信心、砥砺前行，推动高质量发展取得新成效。乡村振兴战略全面推进，城乡融合发展迈出新步伐。';

/** N clippings of about 3,000 characters, as a reader's library holds. */
function clippings(n: number): PutClipping[] {
  return Array.from({ length: n }, (_, i) => ({
    column: null, kicker: i % 3 ? null : '引题', title: `基准文章第${i}篇：高质量发展的新篇章`, subtitle: null, byline: '本报记者 张三',
    continuation: null,
    blocks: Array.from({ length: 50 }, (_, j) => ({ type: 'paragraph' as const, text: `${j + 1}．${PARAGRAPH}${i}` })),
    captions: [], url: `https://paper.example.cn/${i}.html`, source: PAPERS[i % PAPERS.length],
    date: `20${String(10 + (i % 15))}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    page: `${1 + (i % 16)}版`, tags: i % 4 ? ['经济'] : [], note: '', createdAt: 1_700_000_000_000 + i, updatedAt: 1_700_000_000_000 + i,
  }));
}

async function handle(cmd: { cmd: string; n?: number }): Promise<unknown> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  switch (cmd.cmd) {
    case 'seed': {
      const all = clippings(cmd.n ?? 0);
      for (let i = 0; i < all.length; i += 500) await putClippings(all.slice(i, i + 500));
      return { ms: ms() };
    }
    case 'sync': {
      const remote = new Remote({ url, username: user, password: pass, folder });
      // Time spent in each phase (from its first progress call to the next phase's).
      const phases: Record<string, number> = {};
      let phase = 'start';
      let since = performance.now();
      const report = await syncOnce({
        remote,
        sdb,
        onProgress: (p) => {
          if (p.phase === phase) return;
          const t = performance.now();
          phases[phase] = Math.round(t - since);
          phase = p.phase;
          since = t;
        },
      });
      return { ms: ms(), phases, report: { ...report, damaged: report.damaged.length } };
    }
    case 'edit-one': {
      const [first] = await listClippings({ limit: 1 });
      await updateClipping(first.id, { note: `改了一篇 ${Date.now()}` });
      return { ms: ms() };
    }
    case 'count':
      return { n: (await listClippings()).length };
    default:
      throw new Error(`unknown command ${cmd.cmd}`);
  }
}

for await (const line of createInterface({ input: process.stdin })) {
  try {
    process.stdout.write(`${JSON.stringify({ ok: true, ...(await handle(JSON.parse(line) as { cmd: string })) as object })}\n`);
  } catch (err) {
    process.stdout.write(`${JSON.stringify({ ok: false, error: String(err) })}\n`);
  }
}
