#!/usr/bin/env node
// A small gRPC load generator for bench/serve (no ghz in Debian 12): @grpc/grpc-js with a stub
// from the published .proto (src/serve/proto), `--concurrency` calls in flight on one HTTP/2
// channel, for `--duration` seconds after a 1 s warm-up; prints one JSON line:
// {"requests", "rps", "p50", "p90", "p99" (ms), "errors", "firstError"}.
//   node bench/serve/grpc_load.mjs --address 127.0.0.1:8081 --request req.json [--concurrency 32] [--duration 10]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : dflt);
const address = opt('address');
const concurrency = Number(opt('concurrency', '32'));
const duration = Number(opt('duration', '10'));
const request = JSON.parse(readFileSync(opt('request'), 'utf8'));
const def = protoLoader.loadSync(join(root, 'src/serve/proto/grpc_predict_v2.proto'), { keepCase: true, longs: Number, defaults: true });
const { inference } = grpc.loadPackageDefinition(def);
const client = new inference.GRPCInferenceService(address, grpc.credentials.createInsecure());

const latencies = [];
let errors = 0;
let firstError;
let measuring = false;
let stop = false;
function loop() {
  if (stop) return;
  const t0 = performance.now();
  client.ModelInfer(request, (err) => {
    if (measuring) {
      if (err) {
        errors++;
        firstError ??= err.message;
      } else latencies.push(performance.now() - t0);
    }
    loop();
  });
}
await new Promise((r) => client.waitForReady(Date.now() + 10_000, (e) => (e ? (console.error(e.message), process.exit(2)) : r())));
for (let i = 0; i < concurrency; i++) loop();
await new Promise((r) => setTimeout(r, 1000));
measuring = true;
const start = performance.now();
await new Promise((r) => setTimeout(r, duration * 1000));
measuring = false;
const seconds = (performance.now() - start) / 1000;
stop = true;
latencies.sort((a, b) => a - b);
const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
console.log(JSON.stringify({ requests: latencies.length, rps: latencies.length / seconds, p50: q(50), p90: q(90), p99: q(99), errors, firstError }));
client.close();
process.exit(0);
