#!/usr/bin/env node
// Generate the benchmark CSVs with a fixed seed: 1,000,000 rows × 20 columns (mixed numeric and
// categorical, 2% missing in every column but id) and a 200,000-row reference in which four
// columns are shifted (so drift has something to find).
// Usage: node bench/validate/generate.mjs [OUT_DIR] [ROWS]   (default bench/out, 1000000)
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const outDir = process.argv[2] ?? 'bench/out';
const rows = Number(process.argv[3] ?? 1_000_000);
mkdirSync(outDir, { recursive: true });

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const COUNTRIES = ['US', 'DE', 'FR', 'GB', 'IN', 'BR', 'JP', 'CN', 'CA', 'AU', 'ES', 'IT', 'NL', 'SE', 'PL', 'MX', 'KR', 'ZA', 'NG', 'AR'];
const PLANS = ['free', 'basic', 'pro', 'enterprise'];
const CHANNELS = ['web', 'ios', 'android', 'partner', 'email', 'ads'];
const DEVICES = ['desktop', 'mobile', 'tablet'];
const SEGMENTS = Array.from({ length: 10 }, (_, i) => `seg-${i}`);
const HEADER = ['id', 'age', 'tenure_months', 'visits', 'revenue', 'spend', 'latency_ms', 'score', 'balance', 'temperature', 'ratio', 'discount', 'country', 'plan', 'channel', 'device', 'segment', 'churned', 'signup_date', 'rating'];

async function write(file, n, seed, shift) {
  const r = rng(seed);
  const normal = () => {
    const u = r() || 1e-12;
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
  };
  const pick = (arr, skew = 0) => arr[Math.min(arr.length - 1, Math.floor(arr.length * Math.pow(r(), 1 + skew)))];
  const out = createWriteStream(file);
  out.write(HEADER.join(',') + '\n');
  let buf = '';
  const day0 = Date.UTC(2020, 0, 1);
  for (let i = 0; i < n; i++) {
    const v = [
      String(i + 1),
      String(18 + Math.floor(r() * 70)),
      String(Math.floor(r() * 120)),
      String(Math.floor(-Math.log(r() || 1e-12) * 12)),
      (Math.exp(3 + normal() * (shift ? 1.3 : 1))).toFixed(2),
      (50 + normal() * 20 + (shift ? 15 : 0)).toFixed(2),
      (Math.exp(4 + normal() * 0.5)).toFixed(1),
      r().toFixed(4),
      (1000 + normal() * 500).toFixed(2),
      (15 + normal() * 8 + (shift ? 4 : 0)).toFixed(1),
      (r() * r()).toFixed(5),
      (Math.floor(r() * 5) * 5).toString(),
      pick(COUNTRIES, 1),
      pick(PLANS, shift ? 0.5 : 1.5),
      pick(CHANNELS),
      pick(DEVICES),
      pick(SEGMENTS, 0.3),
      r() < (shift ? 0.3 : 0.2) ? 'true' : 'false',
      new Date(day0 + Math.floor(r() * 1500) * 86400000).toISOString().slice(0, 10),
      (1 + Math.floor(r() * 5)).toString(),
    ];
    for (let c = 1; c < v.length; c++) if (r() < 0.02) v[c] = '';
    buf += v.join(',') + '\n';
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise((res) => out.once('drain', res));
      buf = '';
    }
  }
  out.write(buf);
  await new Promise((res) => out.end(res));
}

await write(join(outDir, 'current.csv'), rows, 20240601, true);
await write(join(outDir, 'reference.csv'), Math.max(1000, Math.floor(rows / 5)), 20240101, false);
console.log(`wrote ${join(outDir, 'current.csv')} (${rows} rows) and ${join(outDir, 'reference.csv')}`);
