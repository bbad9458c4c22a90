// Sync benchmark: two devices (bench/sync-device.ts, one process each, with
// fake-indexeddb) syncing through rclone's WebDAV server on 127.0.0.1.
// Prints, for each size: the first sync of a full library (upload), the
// first sync of an empty device (download), one change after (upload, then
// download), and the requests of an idle sync. `--sizes 1000,10000`.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PASS, USER, startDav } from '../tests/sync/dav-server';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sizesArg = process.argv.indexOf('--sizes');
const SIZES = (sizesArg > 0 ? process.argv[sizesArg + 1] : '1000,10000').split(',').map(Number);

interface Device {
  send(cmd: object): Promise<Record<string, unknown>>;
  close(): void;
}

function device(url: string, folder: string): Device {
  const child: ChildProcessWithoutNullStreams = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'bench/sync-device.ts'), url, USER, PASS, folder], { cwd: ROOT });
  child.stderr.on('data', (d: Buffer) => process.stderr.write(d));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    async send(cmd) {
      child.stdin.write(`${JSON.stringify(cmd)}\n`);
      const { value } = await lines.next();
      const reply = JSON.parse(value as string) as Record<string, unknown>;
      if (!reply.ok) throw new Error(String(reply.error));
      return reply;
    },
    close: () => child.kill(),
  };
}

const dav = await startDav();
console.log(`sync benchmark: rclone WebDAV on 127.0.0.1, fake-indexeddb, clippings of about 3,000 characters, ${(await import('node:os')).cpus().length} CPUs`);
try {
  for (const n of SIZES) {
    const folder = `bench-${n}`;
    const a = device(dav.url, folder);
    const b = device(dav.url, folder);
    try {
      const seed = await a.send({ cmd: 'seed', n });
      const up = await a.send({ cmd: 'sync' });
      const down = await b.send({ cmd: 'sync' });
      await b.send({ cmd: 'edit-one' });
      const oneUp = await b.send({ cmd: 'sync' });
      const oneDown = await a.send({ cmd: 'sync' });
      const before = { ...dav.counts };
      const idle = await a.send({ cmd: 'sync' });
      const idleByMethod = Object.entries(dav.counts).map(([m, c]) => [m, c - (before[m] ?? 0)]).filter(([, c]) => c).map(([m, c]) => `${m} ${c}`).join(', ');
      const count = await b.send({ cmd: 'count' });
      const r = (x: Record<string, unknown>) => x.report as Record<string, number>;
      console.log(`\n${n} clippings (seeded in ${seed.ms} ms; the other device holds ${count.n})`);
      const p = (x: Record<string, unknown>) => `\n      phases: ${Object.entries(x.phases as Record<string, number>).map(([k, v]) => `${k} ${v}`).join(', ')} ms`;
      console.log(`  first sync, upload:      ${up.ms} ms  (${r(up).pushed} files, ${r(up).requests} requests)${p(up)}`);
      console.log(`  first sync, download:    ${down.ms} ms  (${r(down).pulled} clippings, ${r(down).requests} requests)${p(down)}`);
      console.log(`  one change, upload:      ${oneUp.ms} ms  (${r(oneUp).pushed} file, ${r(oneUp).requests} requests)${p(oneUp)}`);
      console.log(`  one change, download:    ${oneDown.ms} ms  (${r(oneDown).pulled} clipping, ${r(oneDown).requests} requests)${p(oneDown)}`);
      console.log(`  idle sync:               ${idle.ms} ms  (${r(idle).requests} request: ${idleByMethod})${p(idle)}`);
    } finally {
      a.close();
      b.close();
    }
  }
} finally {
  await dav.stop();
}
