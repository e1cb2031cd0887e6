/** Tiny HTTP backends for proxy tests: answer with their name after `delayMs`, `failEvery`-th request 500. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestBackend {
  url: string;
  hits: number;
  server: Server;
  close(): Promise<void>;
}

export async function startBackend(name: string, opts: { delayMs?: number; failEvery?: number } = {}): Promise<TestBackend> {
  const b = { hits: 0 } as TestBackend;
  const server = createServer((req, res) => {
    const n = ++b.hits;
    req.resume();
    req.on('end', () => {
      setTimeout(() => {
        const fail = opts.failEvery !== undefined && n % opts.failEvery === 0;
        res.writeHead(fail ? 500 : 200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ backend: name, n }));
      }, opts.delayMs ?? 0);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  b.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  b.server = server;
  b.close = () =>
    new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections();
    });
  return b;
}
