#!/usr/bin/env node
// The ceiling for bench/serve: a bare node:http server that only reads the body, parses the JSON
// and walks the bundle's tree (model.json, ml-cart format) on the row's values in preprocess.json's
// feature order, answering {"prediction": label}. No validation, no preprocessing, no metrics, no
// request sample: what node:http itself does here. Numeric-only bundles (e.g. wine).
//   node bench/serve/bare_server.mjs BUNDLE_DIR PORT
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, port] = process.argv.slice(2);
const model = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'));
const pre = JSON.parse(readFileSync(join(dir, 'preprocess.json'), 'utf8'));
const features = pre.preprocess.features;
const classes = pre.classes;

function walk(node, row) {
  while (node.left) node = row[features[node.splitColumn]] < node.splitValue ? node.left : node.right;
  const d = node.distribution[0];
  let best = 0;
  for (let i = 1; i < d.length; i++) if (d[i] > d[best]) best = i;
  return classes[best];
}

createServer((req, res) => {
  if (req.method !== 'POST') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"ok"}');
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const row = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const body = JSON.stringify({ prediction: walk(model.root, row) });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
}).listen(Number(port), '127.0.0.1');
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => process.exit(0));
