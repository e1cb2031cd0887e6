#!/usr/bin/env node
/**
 * A faulty canary for the deploy e2e tests: runs the REAL serving runtime as a child and
 * proxies to it, injecting one fault on POST requests. Test-only: never shipped.
 *
 *   node faulty-canary.mjs --port P --fault 5xx --rate 0.2 -- node dist/cli/index.js serve --bundle B --port {port} --host 127.0.0.1
 *
 * --fault 5xx        answer `rate` of the POSTs with 500 (deterministically: every 1/rate-th; rate 1 = all)
 * --fault latency    add `delay` ms (default 500) to every POST
 * --fault crash      exit (and kill the runtime) after `after` POSTs (default 20): a real crash
 * --fault exit       exit at once, before listening (a canary that cannot start)
 * --fault none       pass through
 * /healthz and /readyz always go to the runtime, so the canary looks healthy until it crashes.
 */
import { createServer, request } from 'node:http';
import { spawn } from 'node:child_process';
import { createServer as netServer } from 'node:net';

const argv = process.argv.slice(2);
const sep = argv.indexOf('--');
const own = argv.slice(0, sep);
const inner = argv.slice(sep + 1);
const opt = (name, dflt) => {
  const i = own.indexOf(`--${name}`);
  return i >= 0 ? own[i + 1] : dflt;
};
const port = Number(opt('port'));
const fault = opt('fault', 'none');
const rate = Number(opt('rate', '0.2'));
const delay = Number(opt('delay', '500'));
const after = Number(opt('after', '20'));

const freePort = () =>
  new Promise((resolve) => {
    const s = netServer();
    s.listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });

if (fault === 'exit') {
  console.error('faulty-canary: cannot start (injected)');
  process.exit(3);
}
const innerPort = await freePort();
const child = spawn(inner[0], inner.slice(1).map((a) => a.replace('{port}', String(innerPort))), { stdio: 'inherit' });
child.on('exit', (code) => {
  console.error(`faulty-canary: runtime exited (${code})`);
  process.exit(1);
});
const stop = () => {
  child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

let posts = 0;
const server = createServer((req, res) => {
  const forward = () => {
    const up = request({ host: '127.0.0.1', port: innerPort, method: req.method, path: req.url, headers: req.headers }, (ures) => {
      res.writeHead(ures.statusCode ?? 502, ures.headers);
      ures.pipe(res);
    });
    up.on('error', (e) => {
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: e.message }));
    });
    req.pipe(up);
  };
  if (req.method !== 'POST') return forward();
  posts++;
  if (fault === 'crash' && posts > after) {
    console.error(`faulty-canary: crashing after ${after} requests`);
    child.kill('SIGKILL');
    process.exit(1);
  }
  if (fault === '5xx' && posts % Math.round(1 / rate) === 0) {
    req.resume();
    res.writeHead(500, { 'content-type': 'application/json' });
    return res.end(JSON.stringify({ error: 'injected fault' }));
  }
  if (fault === 'latency') return setTimeout(forward, delay);
  forward();
});
server.listen(port, '127.0.0.1', () => console.error(`faulty-canary: ${fault} on ${port} -> ${innerPort}`));
