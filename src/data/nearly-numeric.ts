/**
 * A numeric column with a few bad cells ("13.2x", "?", "n/a?") is a numeric column with errors,
 * not a category with hundreds of levels. Both type inferences (the trainer's preprocessing and
 * `validate --infer`) treat a column as numeric when at least NEARLY_NUMERIC_SHARE of its
 * non-missing values are numbers, and report the other cells with file:line:column and value.
 */

/** Share of non-missing values that must be numbers for a column with bad cells to count as numeric. */
export const NEARLY_NUMERIC_SHARE = 0.99;

/** Bad cells listed in a message (all are counted). */
export const MAX_LISTED_CELLS = 20;

/** True when `numbers` of `nonMissing` values make the column numeric despite the others. */
export function isNearlyNumeric(numbers: number, nonMissing: number): boolean {
  return numbers < nonMissing && numbers > 0 && numbers >= NEARLY_NUMERIC_SHARE * nonMissing;
}

export interface BadNumericColumn {
  column: string;
  /** 1-based position of the column in the file's header (CSV/TSV field, JSON key order). */
  position: number;
  numbers: number;
  nonMissing: number;
  /** Every bad cell counted; `cells` lists the first MAX_LISTED_CELLS. */
  bad: number;
  cells: { line: number; value: unknown }[];
}

/**
 * The error text for numeric columns with bad cells: one `file:line:column: value` line per cell,
 * the share that made the column numeric, and how to fix it (`fix` names the escape hatch of the
 * calling stage, e.g. "list the column under train.categorical").
 */
export function formatBadNumericCells(file: string, columns: BadNumericColumn[], fix: string): string {
  const lines: string[] = [];
  for (const c of columns) {
    const pct = ((100 * c.numbers) / c.nonMissing).toFixed(1);
    lines.push(`column "${c.column}" is numeric (${c.numbers} of its ${c.nonMissing} values are numbers, ${pct}% ≥ ${100 * NEARLY_NUMERIC_SHARE}%) but ${c.bad} cell${c.bad > 1 ? 's are' : ' is'} not a number:`);
    for (const cell of c.cells) lines.push(`  ${file}:${cell.line}:${c.position}: ${JSON.stringify(cell.value)}`);
    if (c.bad > c.cells.length) lines.push(`  … and ${c.bad - c.cells.length} more`);
  }
  lines.push(`Fix these cells (or leave them empty: missing values are imputed), or ${fix}.`);
  return lines.join('\n');
}
