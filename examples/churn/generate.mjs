#!/usr/bin/env node
// Generates the example customer-churn dataset, modelled on the public telco churn data
// (~7,000 customers of a telecom: contract, services, charges, churn), with a fixed seed so
// the files are byte-identical on every machine.
//
//   node examples/churn/generate.mjs            -> data/customers.csv (training data, 7,043 rows)
//                                                  data/next-month.csv (next month's customers, with drift)
//
// Relations built in (and visible to a tree model):
//   - churn is likelier on month-to-month contracts, with fiber internet, paying by electronic
//     check, for seniors, and in the first year of tenure; less likely on two-year contracts;
//   - monthly charges depend on the services taken (phone, DSL/fiber, streaming);
//   - total charges ≈ tenure × monthly charges (with noise) and are blank for brand-new customers
//     (tenure 0), exactly as in the public data — a real missing-value case for imputation.
// next-month.csv drifts the way a price change and a fiber campaign would: more fiber, more
// month-to-month contracts, higher charges, shorter tenure.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** mulberry32: a small, well-known seeded PRNG (uniform in [0, 1)). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(rand, items, weights) {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rand() * total;
  for (let i = 0; i < items.length; i++) {
    r -= weights[i];
    if (r < 0) return items[i];
  }
  return items[items.length - 1];
}

function normal(rand) {
  // Box–Muller
  const u = 1 - rand();
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const sigmoid = (x) => 1 / (1 + Math.exp(-x));

/**
 * One customer. `shift` = 0 for the training month, 1 for next month's drifted population.
 */
function customer(rand, id, shift) {
  const gender = rand() < 0.5 ? 'Female' : 'Male';
  const seniorCitizen = rand() < 0.16 + 0.04 * shift ? 1 : 0;
  const partner = rand() < 0.48 ? 'Yes' : 'No';
  const dependents = rand() < (partner === 'Yes' ? 0.5 : 0.1) ? 'Yes' : 'No';
  const contract = pick(rand, ['Month-to-month', 'One year', 'Two year'], shift ? [0.66, 0.19, 0.15] : [0.55, 0.21, 0.24]);
  // tenure in months: long contracts have longer tenure
  const base = contract === 'Two year' ? 56 : contract === 'One year' ? 40 : 15;
  let tenure = Math.round(base * (1 - 0.35 * shift) + 14 * normal(rand));
  tenure = Math.max(1, Math.min(72, tenure));
  if (rand() < 0.0016) tenure = 0; // brand-new customers
  const phoneService = rand() < 0.9 ? 'Yes' : 'No';
  const internetService = pick(rand, ['DSL', 'Fiber optic', 'No'], shift ? [0.26, 0.56, 0.18] : [0.34, 0.44, 0.22]);
  const streaming = internetService !== 'No' && rand() < 0.45 ? 'Yes' : 'No';
  const paperless = rand() < 0.59 ? 'Yes' : 'No';
  const paymentMethod = pick(
    rand,
    ['Electronic check', 'Mailed check', 'Bank transfer (automatic)', 'Credit card (automatic)'],
    [0.34, 0.23, 0.22, 0.21],
  );
  let monthly = 20 + (phoneService === 'Yes' ? 5 : 0);
  monthly += internetService === 'Fiber optic' ? 50 : internetService === 'DSL' ? 25 : 0;
  monthly += streaming === 'Yes' ? 15 : 0;
  monthly *= 1 + 0.08 * shift; // price change
  monthly += 4 * normal(rand);
  monthly = Math.max(18.25, Math.round(monthly * 100) / 100);
  const total = tenure === 0 ? '' : (Math.round(tenure * monthly * (1 + 0.04 * normal(rand)) * 100) / 100).toFixed(2);

  let logit = -2.3;
  logit += contract === 'Month-to-month' ? 1.4 : contract === 'Two year' ? -1.6 : -0.3;
  logit += internetService === 'Fiber optic' ? 0.8 : internetService === 'No' ? -0.7 : 0;
  logit += paymentMethod === 'Electronic check' ? 0.6 : 0;
  logit += seniorCitizen ? 0.4 : 0;
  logit += tenure < 12 ? 0.9 : tenure > 48 ? -0.8 : 0;
  logit += paperless === 'Yes' ? 0.25 : 0;
  logit += dependents === 'Yes' ? -0.3 : 0;
  const churn = rand() < sigmoid(logit) ? 'Yes' : 'No';
  return {
    customer_id: `C${String(id).padStart(5, '0')}`,
    gender,
    senior_citizen: seniorCitizen,
    partner,
    dependents,
    tenure,
    phone_service: phoneService,
    internet_service: internetService,
    streaming_tv: streaming,
    contract,
    paperless_billing: paperless,
    payment_method: paymentMethod,
    monthly_charges: monthly.toFixed(2),
    total_charges: total,
    churn,
  };
}

function toCsv(rows) {
  const cols = Object.keys(rows[0]);
  const esc = (v) => {
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [cols.join(','), ...rows.map((r) => cols.map((c) => esc(r[c])).join(','))].join('\n') + '\n';
}

export function generate({ rows = 7043, seed = 20240601, shift = 0, firstId = 1 } = {}) {
  const rand = mulberry32(seed);
  const out = [];
  for (let i = 0; i < rows; i++) out.push(customer(rand, firstId + i, shift));
  return toCsv(out);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'data');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'customers.csv'), generate());
  writeFileSync(join(dir, 'next-month.csv'), generate({ rows: 2000, seed: 20240701, shift: 1, firstId: 8001 }));
  console.log(`wrote ${join(dir, 'customers.csv')} and ${join(dir, 'next-month.csv')}`);
}
