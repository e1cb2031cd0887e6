/** The example data is generated, not hand-edited: the committed files equal a fresh run of the generator. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/paths.js';
// @ts-expect-error plain JavaScript module without types
import { generate } from '../../../examples/churn/generate.mjs';

const data = (f: string) => readFileSync(join(ROOT, 'examples/churn/data', f), 'utf8');

describe('examples/churn/generate.mjs', () => {
  it.each([
    { name: 'customers.csv', args: {} },
    { name: 'next-month.csv', args: { rows: 2000, seed: 20240701, shift: 1, firstId: 8001 } },
  ])('regenerates $name byte for byte', ({ name, args }) => {
    expect((generate as (a: object) => string)(args)).toBe(data(name));
  });

  it('has the relations the example relies on (churn higher on month-to-month; drifted next month)', () => {
    const parse = (text: string) => {
      const [head, ...lines] = text.trim().split('\n');
      const cols = head.split(',');
      return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));
    };
    const rows = parse(data('customers.csv'));
    const next = parse(data('next-month.csv'));
    const rate = (rs: Record<string, string>[]) => rs.filter((r) => r.churn === 'Yes').length / rs.length;
    const m2m = rows.filter((r) => r.contract === 'Month-to-month');
    const twoYear = rows.filter((r) => r.contract === 'Two year');
    expect(rows).toHaveLength(7043);
    expect(rate(m2m)).toBeGreaterThan(3 * rate(twoYear));
    const mean = (rs: Record<string, string>[], c: string) => rs.reduce((a, r) => a + Number(r[c]), 0) / rs.length;
    expect(mean(next, 'monthly_charges')).toBeGreaterThan(mean(rows, 'monthly_charges') + 5);
    expect(rows.some((r) => r.total_charges === '')).toBe(true); // brand-new customers: a real missing value
  });
});
