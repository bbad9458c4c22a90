// A real WebDAV server for the sync tests: Debian's rclone (`rclone serve
// webdav`) on 127.0.0.1 over a temporary folder, and a small proxy in front
// of it that can inject the faults a real server or network shows (down,
// 401, 507, an upload cut off half way). The proxy forwards everything else
// unchanged; the server behind it is always the real one.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const USER = 'reader';
export const PASS = 'app-password-123';

export function rcloneAvailable(): boolean {
  return spawnSync('rclone', ['version'], { stdio: 'ignore' }).status === 0;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function waitForServer(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise<boolean>((resolve) => {
      const req = http.request({ host: '127.0.0.1', port, method: 'OPTIONS', path: '/' }, (res) => {
        res.resume();
        resolve(true);
      });
      req.on('error', () => resolve(false));
      req.end();
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`rclone did not start on port ${port}`);
}

export type Fault =
  | { kind: 'none' }
  /** Drop every connection (the server is down), after letting `after` requests through. */
  | { kind: 'down'; after?: number }
  /** Answer `status` to matching requests (after letting `after` of them through). */
  | { kind: 'status'; status: number; method?: string; after?: number }
  /** Forward half of a matching upload's body, then cut both connections. */
  | { kind: 'cut-upload'; after?: number }
  /** Drop the connection of one request of this method (after letting `after` through), then forward again. */
  | { kind: 'drop-once'; method: string; after?: number };

export interface DavServer {
  /** The proxy's address: what the client is given. */
  url: string;
  dir: string;
  fault: Fault;
  /** Sets the fault; its `after` counts from now. */
  setFault(fault: Fault): void;
  /** Requests seen by the proxy, by method. */
  counts: Record<string, number>;
  /** Answers the server gave, by `METHOD status` (the injected faults not counted). */
  answers: Record<string, number>;
  /**
   * Run before a request is forwarded (and awaited): a test makes another
   * device write in the middle of a sync with it. Cleared after it runs once.
   */
  beforeForward: ((method: string, url: string) => Promise<boolean> | boolean) | null;
  stop(): Promise<void>;
}

export async function startDav(): Promise<DavServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'jianbao-dav-'));
  const port = await freePort();
  const rclone: ChildProcess = spawn('rclone', ['serve', 'webdav', '--addr', `127.0.0.1:${port}`, '--user', USER, '--pass', PASS, dir], {
    stdio: 'ignore',
  });
  await waitForServer(port);

  const server: DavServer = {
    url: '',
    dir,
    fault: { kind: 'none' },
    setFault(fault) {
      server.fault = fault;
      matched = 0;
    },
    counts: {},
    answers: {},
    beforeForward: null,
    stop: async () => {},
  };
  let matched = 0;
  const sockets = new Set<net.Socket>();
  const proxy = http.createServer((req, res) => {
    const hook = server.beforeForward;
    if (hook) {
      // The hook says whether it ran (true: done, cleared); the request waits for it either way.
      req.pause();
      void Promise.resolve(hook(req.method ?? 'GET', req.url ?? '/')).then((ran) => {
        if (ran && server.beforeForward === hook) server.beforeForward = null;
        req.resume();
        handle(req, res);
      });
      return;
    }
    handle(req, res);
  });
  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const method = req.method ?? 'GET';
    server.counts[method] = (server.counts[method] ?? 0) + 1;
    const fault = server.fault;
    if (fault.kind === 'down' && matched++ >= (fault.after ?? 0)) {
      req.socket.destroy();
      return;
    }
    const applies = (m?: string) => !m || m === method;
    if (fault.kind === 'drop-once' && applies(fault.method) && matched++ === (fault.after ?? 0)) {
      req.socket.destroy();
      return;
    }
    if (fault.kind === 'status' && applies(fault.method) && matched++ >= (fault.after ?? 0)) {
      req.resume();
      res.writeHead(fault.status, { 'Content-Type': 'text/plain' }).end(`injected ${fault.status}`);
      return;
    }
    const upstream = http.request(
      { host: '127.0.0.1', port, method, path: req.url, headers: req.headers },
      (up) => {
        const answer = `${method} ${up.statusCode}`;
        server.answers[answer] = (server.answers[answer] ?? 0) + 1;
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    if (fault.kind === 'cut-upload' && method === 'PUT' && matched++ >= (fault.after ?? 0)) {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        upstream.write(body.subarray(0, Math.floor(body.length / 2)));
        // The connection drops mid-upload: rclone sees a short body, the client no answer.
        setTimeout(() => {
          upstream.destroy();
          req.socket.destroy();
        }, 20);
      });
      return;
    }
    req.pipe(upstream);
  };
  proxy.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  // Idle kept-alive connections stay open 65 s (nginx keeps them 75 s). Node's default, 5 s, races
  // a client that reuses a connection after a long pause: "socket hang up" on a write, which a
  // browser would retry by itself and Node's client does not.
  proxy.keepAliveTimeout = 65_000;
  proxy.headersTimeout = 66_000;
  const proxyPort = await freePort();
  await new Promise<void>((resolve) => proxy.listen(proxyPort, '127.0.0.1', resolve));
  server.url = `http://127.0.0.1:${proxyPort}/`;
  server.stop = async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
    rclone.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  return server;
}
