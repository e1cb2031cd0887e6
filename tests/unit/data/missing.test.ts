/**
 * One definition of a missing value for validate-data and training: "", NA, N/A, NaN, nan, null,
 * NULL, after trimming whitespace (pandas' read_csv reads the same tokens as NaN by default).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parquetWriteFile } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { MISSING_TOKENS, isMissingBytes, isMissingText } from '../../../src/data/missing.js';
import { profileDataset, summarizeColumn } from '../../../src/data/profile.js';
import { isMissing } from '../../../src/model/preprocess.js';

const reference = (v: string) => MISSING_TOKENS.includes(v.trim());
const bytesOf = (v: string) => {
  const b = Buffer.from(`x,${v},y`, 'utf8');
  return { b, s: 2, e: b.length - 2 };
};

describe('isMissingText / isMissingBytes', () => {
  it.each([
    { v: '', missing: true },
    { v: '   ', missing: true },
    { v: 'NA', missing: true },
    { v: ' NA ', missing: true },
    { v: 'N/A', missing: true },
    { v: 'NaN', missing: true },
    { v: 'nan', missing: true },
    { v: 'null', missing: true },
    { v: 'NULL', missing: true },
    { v: '\u00a0NA', missing: true },
    { v: '\tnull\t', missing: true },
    { v: 'Null', missing: false },
    { v: 'None', missing: false },
    { v: 'NAN', missing: false },
    { v: 'Nevada', missing: false },
    { v: 'nano', missing: false },
    { v: '0', missing: false },
    { v: 'n', missing: false },
  ])('$v → missing $missing', ({ v, missing }) => {
    expect(isMissingText(v)).toBe(missing);
    const { b, s, e } = bytesOf(v);
    expect(isMissingBytes(b, s, e)).toBe(missing);
    expect(isMissing(v)).toBe(missing); // training's preprocessing agrees
  });

  it('agrees with "trimmed text is a token" on random strings built from tokens, letters and spaces', () => {
    const piece = fc.constantFrom(...MISSING_TOKENS, ' ', '\t', '\u00a0', 'N', 'a', 'n', '/', 'x', 'é', '1');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 5 }), (parts) => {
        const v = parts.join('');
        const { b, s, e } = bytesOf(v);
        expect(isMissingText(v)).toBe(reference(v));
        expect(isMissingBytes(b, s, e)).toBe(reference(v));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});

describe('validate-data profiles read NA tokens as missing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cd4ml-missing-'));
  it.each([
    { format: 'csv', body: 'x,c\n1.5,a\nNA,b\n2,NULL\n nan ,a\n3,b\n' },
    { format: 'csv (quoted cells, papaparse path)', body: 'x,c\n"1.5",a\n"NA","b"\n2,"NULL"\n" nan ",a\n3,b\n' },
    { format: 'jsonl', body: '{"x":1.5,"c":"a"}\n{"x":"NA","c":"b"}\n{"x":2,"c":"NULL"}\n{"x":null,"c":"a"}\n{"x":3,"c":"b"}\n' },
  ])('$format: a numeric column with NA gaps stays numeric', async ({ format, body }) => {
    const path = join(dir, `t-${format.replace(/\W+/g, '-')}.${format.startsWith('csv') ? 'csv' : 'jsonl'}`);
    writeFileSync(path, body);
    const [x, c] = (await profileDataset(path)).profilers.map((p) => summarizeColumn(p));
    expect(x).toMatchObject({ inferredType: 'float', rows: 5, missing: 2 });
    expect(x.numeric?.max).toBe(3);
    expect(c).toMatchObject({ rows: 5, missing: 1, distinct: 2 });
  });

  it('parquet: NA tokens in dictionary-encoded text are missing, judged once per dictionary entry', async () => {
    const path = join(dir, 'na.parquet');
    const texts = ['1.5', 'NA', '2', ' nan ', '3', 'NULL'];
    parquetWriteFile({ filename: path, columnData: [{ name: 'x', type: 'STRING', data: Array.from({ length: 600 }, (_, i) => (i % 50 === 7 ? null : texts[i % 6])) }] });
    const [x] = (await profileDataset(path)).profilers.map((p) => summarizeColumn(p));
    // 600 rows: 12 nulls, and half of the other values are NA tokens.
    const nulls = 12;
    const tokens = Array.from({ length: 600 }, (_, i) => i).filter((i) => i % 50 !== 7 && i % 6 % 2 === 1).length;
    expect(x).toMatchObject({ inferredType: 'float', rows: 600, missing: nulls + tokens });
    expect(x.numeric?.max).toBe(3);
  });
});
