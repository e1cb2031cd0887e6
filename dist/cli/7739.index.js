export const id = 7739;
export const ids = [7739];
export const modules = {

/***/ 88115:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H1: () => (/* binding */ formatBadNumericCells),
/* harmony export */   lY: () => (/* binding */ MAX_LISTED_CELLS),
/* harmony export */   pR: () => (/* binding */ isNearlyNumeric)
/* harmony export */ });
/* unused harmony export NEARLY_NUMERIC_SHARE */
/**
 * A numeric column with a few bad cells ("13.2x", "?", "n/a?") is a numeric column with errors,
 * not a category with hundreds of levels. Both type inferences (the trainer's preprocessing and
 * `validate --infer`) treat a column as numeric when at least NEARLY_NUMERIC_SHARE of its
 * non-missing values are numbers, and report the other cells with file:line:column and value.
 */
/** Share of non-missing values that must be numbers for a column with bad cells to count as numeric. */
const NEARLY_NUMERIC_SHARE = 0.99;
/** Bad cells listed in a message (all are counted). */
const MAX_LISTED_CELLS = 20;
/** True when `numbers` of `nonMissing` values make the column numeric despite the others. */
function isNearlyNumeric(numbers, nonMissing) {
    return numbers < nonMissing && numbers > 0 && numbers >= NEARLY_NUMERIC_SHARE * nonMissing;
}
/**
 * The error text for numeric columns with bad cells: one `file:line:column: value` line per cell,
 * the share that made the column numeric, and how to fix it (`fix` names the escape hatch of the
 * calling stage, e.g. "list the column under train.categorical").
 */
function formatBadNumericCells(file, columns, fix) {
    const lines = [];
    for (const c of columns) {
        const pct = ((100 * c.numbers) / c.nonMissing).toFixed(1);
        lines.push(`column "${c.column}" is numeric (${c.numbers} of its ${c.nonMissing} values are numbers, ${pct}% \u2265 ${100 * NEARLY_NUMERIC_SHARE}%) but ${c.bad} cell${c.bad > 1 ? 's are' : ' is'} not a number:`);
        for (const cell of c.cells)
            lines.push(`  ${file}:${cell.line}:${c.position}: ${JSON.stringify(cell.value)}`);
        if (c.bad > c.cells.length)
            lines.push(`  \u2026 and ${c.bad - c.cells.length} more`);
    }
    lines.push(`Fix these cells (or leave them empty: missing values are imputed), or ${fix}.`);
    return lines.join('\n');
}


/***/ }),

/***/ 87739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WF: () => (/* binding */ DISTINCT_CAP),
/* harmony export */   _4: () => (/* binding */ CATEGORY_MAX),
/* harmony export */   kW: () => (/* binding */ ColumnProfiler),
/* harmony export */   ke: () => (/* binding */ parseNumberText),
/* harmony export */   mk: () => (/* binding */ summarizeColumn),
/* harmony export */   n4: () => (/* binding */ DATE_RE),
/* harmony export */   o2: () => (/* binding */ profileDataset),
/* harmony export */   oX: () => (/* binding */ parseNumberBytes),
/* harmony export */   s3: () => (/* binding */ NumberCounts)
/* harmony export */ });
/* unused harmony exports TextDict, isDateBytes */
/* harmony import */ var simple_statistics__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85989);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11284);
/* harmony import */ var _sample_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(87082);
/* harmony import */ var _missing_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63146);
/* harmony import */ var _nearly_numeric_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88115);
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18385);
/* harmony import */ var _io_fs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92907);
/**
 * One streaming pass over a dataset: per-column statistics, type evidence, bounded samples for
 * quantiles and drift, and the schema's per-value rules \u2014 all in constant memory per column
 * (except `unique` and duplicate-row checks: 12 bytes per row, see DuplicateFinder).
 *
 * The hot loop touches each cell once, with no per-row allocation: CSV cells stay strings and
 * are parsed with `+v` only while a column can still be numeric.
 */







/** Distinct values counted exactly per column; beyond this a column is high-cardinality. */
const DISTINCT_CAP = 4096;
/** Most distinct values for a string column to be inferred as `category`. */
const CATEGORY_MAX = 50;
const DATE_RE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const lowerBool = (v) => {
    const l = v.length;
    if (l === 4 || l === 5) {
        const s = v.toLowerCase();
        return s === 'true' || s === 'false';
    }
    return false;
};
const H = new Uint32Array(2);
/**
 * The number being added, handed to the per-cell methods through a typed array rather than as an
 * argument: a double passed to (or returned from) a call that V8 does not inline is boxed in a
 * new heap object, which for millions of cells grows the young generation by tens of MB.
 */
const X = new Float64Array(1);
const T_OTHER = 0;
const T_INT = 1;
const T_BOOL = 2;
const T_DATETIME = 3;
const V_TYPE = 1;
const V_MIN = 2;
const V_MAX = 4;
const V_CAT = 8;
const V_REGEX = 16;
/**
 * Dictionary of the distinct texts of a column, found by their UTF-8 bytes (open addressing on
 * an FNV-1a hash) or by the string. Holds per text its count, its rule verdict and its hashes.
 */
class TextDict {
    size = 0;
    texts = [];
    bytes = [];
    counts = [];
    verdicts = [];
    h1 = [];
    h2 = [];
    slots = new Int32Array(16384); // entry index + 1; 0 = empty (load \u2264 1/4 at DISTINCT_CAP)
    byText = new Map();
    findBytes(b, s, e) {
        let h = 0x811c9dc5;
        for (let i = s; i < e; i++)
            h = Math.imul(h ^ b[i], 0x01000193);
        const mask = this.slots.length - 1;
        const len = e - s;
        for (let slot = h & mask;; slot = (slot + 1) & mask) {
            const k = this.slots[slot];
            if (k === 0)
                return -1;
            const cand = this.bytes[k - 1];
            if (cand.length === len) {
                let i = 0;
                while (i < len && cand[i] === b[s + i])
                    i++;
                if (i === len)
                    return k - 1;
            }
        }
    }
    findText(v) {
        return this.byText.get(v) ?? -1;
    }
    add(text, bytes, verdict, h1, h2) {
        const idx = this.size++;
        this.texts.push(text);
        this.bytes.push(bytes);
        this.counts.push(0);
        this.verdicts.push(verdict);
        this.h1.push(h1);
        this.h2.push(h2);
        this.byText.set(text, idx);
        let h = 0x811c9dc5;
        for (let i = 0; i < bytes.length; i++)
            h = Math.imul(h ^ bytes[i], 0x01000193);
        const mask = this.slots.length - 1;
        let slot = h & mask;
        while (this.slots[slot] !== 0)
            slot = (slot + 1) & mask;
        this.slots[slot] = idx + 1;
        return idx;
    }
}
/** DATE_RE.test on ASCII/UTF-8 bytes [s, e), without making a string. */
function isDateBytes(b, s, e) {
    if (!(digitsAt(b, s, 4, e) && b[s + 4] === 45 && digitsAt(b, s + 5, 2, e) && b[s + 7] === 45 && digitsAt(b, s + 8, 2, e)))
        return false;
    let i = s + 10;
    if (i === e)
        return true;
    if (b[i] !== 84 && b[i] !== 32)
        return false; // 'T' or ' '
    if (!(digitsAt(b, i + 1, 2, e) && b[i + 3] === 58 && digitsAt(b, i + 4, 2, e)))
        return false;
    i += 6;
    if (i < e && b[i] === 58) {
        if (!digitsAt(b, i + 1, 2, e))
            return false;
        i += 3;
        if (i < e && b[i] === 46) {
            let k = 0;
            while (i + 1 + k < e && b[i + 1 + k] >= 48 && b[i + 1 + k] <= 57)
                k++;
            if (k === 0 || k > 9)
                return false;
            i += 1 + k;
        }
    }
    if (i === e)
        return true;
    if (b[i] === 90)
        return i + 1 === e; // 'Z'
    if (b[i] !== 43 && b[i] !== 45)
        return false;
    if (!digitsAt(b, i + 1, 2, e))
        return false;
    i += 3;
    if (i < e && b[i] === 58)
        i++;
    return digitsAt(b, i, 2, e) && i + 2 === e;
}
/** Whether bytes [i, i + n) are all ASCII digits and lie before `e`. */
function digitsAt(b, i, n, e) {
    if (i + n > e)
        return false;
    for (let k = i; k < i + n; k++)
        if (b[k] < 48 || b[k] > 57)
            return false;
    return true;
}
/** Compare bytes [s, e) with an ASCII string, as JS compares strings: <0, 0, >0. */
function compareAsciiBytes(b, s, e, t) {
    const n = Math.min(e - s, t.length);
    for (let k = 0; k < n; k++) {
        const d = b[s + k] - t.charCodeAt(k);
        if (d !== 0)
            return d;
    }
    return e - s - t.length;
}
const NC_F = new Float64Array(1);
const NC_W = new Uint32Array(NC_F.buffer);
/**
 * Counts of distinct numbers (\u22120 counted as 0), open addressing on their IEEE bits in typed
 * arrays: no Map, no boxed number per value. Grows to at most 2\u00b7DISTINCT_CAP slots.
 */
class NumberCounts {
    size = 0;
    keys = new Float64Array(64);
    counts = new Float64Array(64);
    /** Count one more x; returns its count before (0: new), or -1 (not added) when it is new and `cap` keys are held already. */
    add(x, cap) {
        const v = x === 0 ? 0 : x;
        const mask = this.keys.length - 1;
        for (let slot = this.slotOf(v) & mask;; slot = (slot + 1) & mask) {
            const c = this.counts[slot];
            if (c === 0) {
                if (this.size >= cap)
                    return -1;
                this.keys[slot] = v;
                this.counts[slot] = 1;
                if (++this.size * 2 > this.keys.length)
                    this.grow();
                return 0;
            }
            if (this.keys[slot] === v) {
                this.counts[slot] = c + 1;
                return c;
            }
        }
    }
    /** Empty again, keeping the capacity it grew to (one table counts column after column). */
    clear() {
        this.counts.fill(0);
        this.size = 0;
    }
    forEach(fn) {
        for (let i = 0; i < this.keys.length; i++)
            if (this.counts[i] > 0)
                fn(this.keys[i], this.counts[i]);
    }
    slotOf(v) {
        NC_F[0] = v;
        let h = Math.imul(NC_W[0] ^ Math.imul(NC_W[1], 0x9e3779b1), 0x85ebca6b);
        h ^= h >>> 15;
        return h >>> 0;
    }
    grow() {
        const keys = this.keys;
        const counts = this.counts;
        this.keys = new Float64Array(keys.length * 2);
        this.counts = new Float64Array(keys.length * 2);
        const mask = this.keys.length - 1;
        for (let i = 0; i < keys.length; i++) {
            if (counts[i] === 0)
                continue;
            let slot = this.slotOf(keys[i]) & mask;
            while (this.counts[slot] !== 0)
                slot = (slot + 1) & mask;
            this.keys[slot] = keys[i];
            this.counts[slot] = counts[i];
        }
    }
}
/** Set by the number parsers: whether the text had no '.' and no exponent. */
let NUM_INT_TEXT = false;
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
/**
 * Parse a decimal number from text: [+-]digits[.digits][e[+-]digits]. NaN for anything else
 * (hex, "Infinity", spaces). Up to 15 significant digits and 22 decimals the result is
 * mantissa / 10^k, which is correctly rounded (the same double as Number(text)); otherwise Number().
 */
function parseNumberText(v) {
    const n = v.length;
    let i = 0;
    let c = v.charCodeAt(0);
    let neg = false;
    if (c === 45 || c === 43) {
        neg = c === 45;
        i = 1;
    }
    let mant = 0;
    let digits = 0;
    let frac = 0;
    let dot = false;
    for (; i < n; i++) {
        c = v.charCodeAt(i);
        if (c >= 48 && c <= 57) {
            mant = mant * 10 + (c - 48);
            digits++;
            if (dot)
                frac++;
        }
        else if (c === 46 && !dot)
            dot = true;
        else
            break;
    }
    if (digits === 0)
        return Number.NaN;
    if (i < n) {
        if (c !== 101 && c !== 69)
            return Number.NaN;
        // exponent: validate the rest, then let Number() do the rounding
        let j = i + 1;
        c = v.charCodeAt(j);
        if (c === 45 || c === 43)
            j++;
        if (j >= n)
            return Number.NaN;
        for (; j < n; j++) {
            c = v.charCodeAt(j);
            if (c < 48 || c > 57)
                return Number.NaN;
        }
        NUM_INT_TEXT = false;
        return Number(v);
    }
    NUM_INT_TEXT = !dot;
    if (digits > 15 || frac > 22)
        return Number(v);
    const x = frac === 0 ? mant : mant / POW10[frac];
    return neg ? -x : x;
}
/** parseNumberText over UTF-8 bytes [s, e). */
function parseNumberBytes(b, s, e) {
    let i = s;
    let c = b[s];
    let neg = false;
    if (c === 45 || c === 43) {
        neg = c === 45;
        i++;
    }
    let mant = 0;
    let digits = 0;
    let frac = 0;
    let dot = false;
    for (; i < e; i++) {
        c = b[i];
        if (c >= 48 && c <= 57) {
            mant = mant * 10 + (c - 48);
            digits++;
            if (dot)
                frac++;
        }
        else if (c === 46 && !dot)
            dot = true;
        else
            break;
    }
    if (digits === 0)
        return Number.NaN;
    if (i < e || digits > 15 || frac > 22) {
        if (i < e && c !== 101 && c !== 69)
            return Number.NaN;
        return parseNumberText(b.toString('latin1', s, e));
    }
    NUM_INT_TEXT = !dot;
    const x = frac === 0 ? mant : mant / POW10[frac];
    return neg ? -x : x;
}
/** Streaming state of one column. */
class ColumnProfiler {
    name;
    sampleSize;
    seed;
    maxExamples;
    rows = 0;
    missing = 0;
    // type evidence
    maybeNum = true;
    maybeInt = true;
    maybeBool = true;
    maybeDate = true;
    firstNonNumeric;
    /** The first MAX_LISTED_CELLS non-missing cells that are not numbers (nearly-numeric.ts reports them). */
    nonNumeric = [];
    /** Every numeric cell so far had integer text (maybeInt also turns false on a text cell). */
    numInt = true;
    // numeric statistics (Welford)
    numCount = 0;
    /** min, max, shift (first value), \u03a3(x \u2212 shift), \u03a3(x \u2212 shift)\u00b2: unboxed doubles. */
    acc = Float64Array.of(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, 0, 0);
    get min() {
        return this.acc[0];
    }
    get max() {
        return this.acc[1];
    }
    get mean() {
        return this.acc[2] + this.acc[3] / this.numCount;
    }
    /** Population variance (ddof = 0), from sums shifted by the first value for accuracy. */
    get variance() {
        const n = this.numCount;
        const m = this.acc[3] / n;
        return Math.max(0, this.acc[4] / n - m * m);
    }
    reservoir;
    /** Counts of numeric values: integers 0\u20131023 in an array, the rest in a map; null beyond DISTINCT_CAP. */
    numCounts = new NumberCounts();
    smallCounts = new Float64Array(1024);
    smallDistinct = 0;
    /** Text values, dictionary-encoded (each distinct text is checked once); null beyond DISTINCT_CAP. */
    dict = new TextDict();
    minStr;
    maxStr;
    // rules
    rule;
    declaredNumeric;
    checkValues;
    needsText;
    typeCode;
    allowed;
    regex;
    minNum;
    maxNum;
    minText;
    maxText;
    violations = {
        type: 0,
        min: 0,
        max: 0,
        categories: 0,
        regex: 0,
        nulls: 0,
        examples: { type: [], min: [], max: [], categories: [], regex: [], nulls: [] },
    };
    uniq;
    uniqInferOnly = false;
    /** Set when a repeated value was seen while only inferring uniqueness. */
    repeated = false;
    constructor(name, rule, sampleSize, seed, maxExamples, trackUnique) {
        this.name = name;
        this.sampleSize = sampleSize;
        this.seed = seed;
        this.maxExamples = maxExamples;
        this.rule = rule ?? undefined;
        const t = this.rule?.type;
        this.declaredNumeric = t === 'int' || t === 'float';
        this.allowed = this.rule?.categories ? new Set(this.rule.categories.map((c) => String(c))) : undefined;
        this.regex = this.rule?.regex ? new RegExp(this.rule.regex) : undefined;
        const isNum = (x) => typeof x === 'number';
        this.minNum = isNum(this.rule?.min) ? this.rule.min : undefined;
        this.maxNum = isNum(this.rule?.max) ? this.rule.max : undefined;
        this.minText = typeof this.rule?.min === 'string' ? this.rule.min : undefined;
        this.maxText = typeof this.rule?.max === 'string' ? this.rule.max : undefined;
        this.needsText = this.allowed !== undefined || this.regex !== undefined;
        this.typeCode = t === 'int' ? T_INT : t === 'bool' ? T_BOOL : t === 'datetime' ? T_DATETIME : T_OTHER;
        this.checkValues = !!this.rule && (t !== undefined || this.allowed !== undefined || this.regex !== undefined || this.rule.min !== undefined || this.rule.max !== undefined);
        if (trackUnique || this.rule?.unique)
            this.uniq = new _sample_js__WEBPACK_IMPORTED_MODULE_5__/* .DuplicateFinder */ .Gv();
        // Only inferring: a repeat seen in the exact counts settles it, and the hashes can go.
        this.uniqInferOnly = trackUnique && !this.rule?.unique;
    }
    bad(kind, line, value) {
        this.violations[kind]++;
        const ex = this.violations.examples[kind];
        if (ex.length < this.maxExamples)
            ex.push({ line, value });
    }
    addMissing(line) {
        this.rows++;
        this.missing++;
        if (this.rule?.nullable === false)
            this.bad('nulls', line, '');
    }
    /** Add the number in X[0]. */
    addNumber() {
        const x = X[0];
        const a = this.acc;
        if (this.numCount++ === 0) {
            a[2] = x;
            this.reservoir = new _sample_js__WEBPACK_IMPORTED_MODULE_5__/* .Reservoir */ .AS(this.sampleSize, (this.seed ^ (0,_sample_js__WEBPACK_IMPORTED_MODULE_5__/* .fnv1a */ .PS)(this.name)) >>> 0);
        }
        if (x < a[0])
            a[0] = x;
        if (x > a[1])
            a[1] = x;
        const d = x - a[2];
        a[3] += d;
        a[4] += d * d;
        this.reservoir.add(x);
        const nc = this.numCounts;
        if (nc !== null) {
            const sm = this.smallCounts;
            if (x >= 0 && x < 1024 && x % 1 === 0 && !(x === 0 && 1 / x < 0)) {
                const k = sm[x]++;
                if (k === 0) {
                    if (++this.smallDistinct + nc.size > DISTINCT_CAP)
                        this.dropNumCounts();
                }
                else if (this.uniqInferOnly)
                    this.settleNotUnique();
            }
            else {
                const k = nc.add(x, DISTINCT_CAP - this.smallDistinct);
                if (k > 0) {
                    if (this.uniqInferOnly)
                        this.settleNotUnique();
                }
                else if (k < 0)
                    this.dropNumCounts();
            }
        }
    }
    settleNotUnique() {
        this.repeated = true;
        this.uniq = undefined;
        this.uniqInferOnly = false;
    }
    dropNumCounts() {
        this.numCounts = null;
        this.smallCounts = null;
    }
    /** A raw text value (CSV/TSV cell, or a JSON string); '', NA, null\u2026 are missing (missing.ts). */
    addString(v, line) {
        if (v.length === 0) {
            this.addMissing(line);
            return;
        }
        if (this.maybeNum || this.declaredNumeric || this.mayBeNearlyNumeric()) {
            const x = parseNumberText(v);
            if (x === x) {
                this.rows++;
                X[0] = x;
                this.numericCell(NUM_INT_TEXT, line, v, undefined, 0, 0);
                return;
            }
        }
        // No missing token parses as a number, so numeric cells skip this test.
        if ((0,_missing_js__WEBPACK_IMPORTED_MODULE_2__/* .isMissingText */ .wF)(v)) {
            this.addMissing(line);
            return;
        }
        this.rows++;
        this.textCell(v, line);
    }
    /** A CSV/TSV cell given as bytes [s, e) of valid UTF-8 (no quotes); empty, NA, null\u2026 are missing. */
    addCell(b, s, e, line) {
        if (s === e) {
            this.addMissing(line);
            return;
        }
        if (this.maybeNum || this.declaredNumeric || this.mayBeNearlyNumeric()) {
            const x = parseNumberBytes(b, s, e);
            if (x === x) {
                this.rows++;
                X[0] = x;
                this.numericCell(NUM_INT_TEXT, line, undefined, b, s, e);
                return;
            }
        }
        // No missing token parses as a number, so numeric cells skip this test.
        if ((0,_missing_js__WEBPACK_IMPORTED_MODULE_2__/* .isMissingBytes */ .sg)(b, s, e)) {
            this.addMissing(line);
            return;
        }
        this.rows++;
        const dict = this.dict;
        if (dict !== null) {
            let i = dict.findBytes(b, s, e);
            if (i < 0) {
                const text = b.toString('utf8', s, e);
                i = this.newEntry(text, Buffer.from(b.subarray(s, e)));
                if (i < 0)
                    return this.textCell(text, line);
            }
            this.entryCell(i, line);
            return;
        }
        if (!this.maybeNum && !this.maybeBool && !this.checkValues && !this.uniq) {
            // Too many distinct texts to count and no rule to apply: only the date evidence is left,
            // judged on the bytes (no string per cell).
            if (this.maybeDate)
                this.dateBytesCell(b, s, e);
            return;
        }
        this.textCell(b.toString('utf8', s, e), line);
    }
    /**
     * Whether cells are still parsed as numbers after a text cell: while the text cells are at most
     * 1% of the values so far (+ 10 for bad cells early in the file), the column may end up numeric
     * with bad cells (NEARLY_NUMERIC_SHARE). A text column stops being parsed after ~10 cells.
     */
    mayBeNearlyNumeric() {
        const present = this.rows - this.missing;
        return 100 * (present - this.numCount) <= present + 1000;
    }
    /** textCell's date evidence (DATE_RE, min/max text) for a cell given as bytes. */
    dateBytesCell(b, s, e) {
        if (!isDateBytes(b, s, e)) {
            this.maybeDate = false;
            return;
        }
        // A date is ASCII: byte order is the order of the strings.
        if (this.minStr === undefined || compareAsciiBytes(b, s, e, this.minStr) < 0)
            this.minStr = b.toString('latin1', s, e);
        if (this.maxStr === undefined || compareAsciiBytes(b, s, e, this.maxStr) > 0)
            this.maxStr = b.toString('latin1', s, e);
    }
    /** Add a distinct text to the dictionary and judge it once; -1 when the dictionary is full (then dropped). */
    newEntry(text, bytes) {
        const dict = this.dict;
        if (dict.size >= DISTINCT_CAP) {
            // Too many distinct values to count: keep judging every cell as text from now on.
            this.dict = null;
            return -1;
        }
        if (this.maybeNum) {
            this.maybeNum = false;
            this.maybeInt = false;
        }
        if (this.maybeBool && !lowerBool(text))
            this.maybeBool = false;
        if (this.maybeDate) {
            if (DATE_RE.test(text)) {
                if (this.minStr === undefined || text < this.minStr)
                    this.minStr = text;
                if (this.maxStr === undefined || text > this.maxStr)
                    this.maxStr = text;
            }
            else
                this.maybeDate = false;
        }
        const verdict = this.checkValues ? this.verdict(text, Number.NaN, false) : 0;
        let h1 = 0;
        let h2 = 0;
        if (this.uniq) {
            (0,_sample_js__WEBPACK_IMPORTED_MODULE_5__/* .hash2 */ .vb)(text, H);
            h1 = H[0];
            h2 = H[1];
        }
        return dict.add(text, bytes, verdict, h1, h2);
    }
    /** One more cell with the text of dictionary entry `i`. */
    entryCell(i, line) {
        const dict = this.dict;
        if (dict.counts[i]++ > 0 && this.uniqInferOnly)
            this.settleNotUnique();
        if (this.firstNonNumeric === undefined)
            this.firstNonNumeric = { line, value: dict.texts[i] };
        if (this.nonNumeric.length < _nearly_numeric_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_LISTED_CELLS */ .lY)
            this.nonNumeric.push({ line, value: dict.texts[i] });
        const v = dict.verdicts[i];
        if (v !== 0)
            this.applyVerdict(v, line, dict.texts[i]);
        if (this.uniq)
            this.uniq.add(dict.h1[i], dict.h2[i], line);
    }
    /**
     * A numeric cell; `v` is its text when already a string, else bytes [s, e) of `b`, else (a JS
     * number) the text is String(x). The text is only built when a rule or the unique check needs it.
     */
    numericCell(intText, line, v, b, s, e) {
        const x = X[0];
        this.maybeBool = false;
        this.maybeDate = false;
        if (this.maybeInt && (!intText || x % 1 !== 0))
            this.maybeInt = false;
        if (this.numInt && (!intText || x % 1 !== 0))
            this.numInt = false;
        this.addNumber();
        if (this.checkValues) {
            // The text is only needed for categories/regex, or to show a bad value.
            if (this.needsText)
                this.check(v ?? (b ? b.toString('utf8', s, e) : String(x)), x, intText, line);
            else {
                const verdict = this.numericVerdict(x, intText);
                if (verdict !== 0)
                    this.applyVerdict(verdict, line, v ?? (b ? b.toString('utf8', s, e) : String(x)));
            }
        }
        if (this.uniq) {
            // numeric text is ASCII: hashing its bytes gives the same hash as hashing the string
            if (v !== undefined)
                (0,_sample_js__WEBPACK_IMPORTED_MODULE_5__/* .hash2 */ .vb)(v, H);
            else if (b !== undefined)
                (0,_sample_js__WEBPACK_IMPORTED_MODULE_5__/* .hash2Bytes */ .mo)(b, s, e, H);
            else
                (0,_sample_js__WEBPACK_IMPORTED_MODULE_5__/* .hash2 */ .vb)(String(x), H);
            this.uniq.add(H[0], H[1], line);
        }
    }
    /** A non-numeric cell. */
    textCell(v, line) {
        const dict = this.dict;
        if (dict !== null) {
            let i = dict.findText(v);
            if (i < 0)
                i = this.newEntry(v, Buffer.from(v, 'utf8'));
            if (i >= 0) {
                this.entryCell(i, line);
                return;
            }
        }
        if (this.maybeNum) {
            this.maybeNum = false;
            this.maybeInt = false;
            this.firstNonNumeric = { line, value: v };
        }
        if (this.nonNumeric.length < _nearly_numeric_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_LISTED_CELLS */ .lY)
            this.nonNumeric.push({ line, value: v });
        if (this.maybeBool && !lowerBool(v))
            this.maybeBool = false;
        if (this.maybeDate) {
            if (DATE_RE.test(v)) {
                if (this.minStr === undefined || v < this.minStr)
                    this.minStr = v;
                if (this.maxStr === undefined || v > this.maxStr)
                    this.maxStr = v;
            }
            else
                this.maybeDate = false;
        }
        if (this.checkValues)
            this.check(v, Number.NaN, false, line);
        if (this.uniq) {
            (0,_sample_js__WEBPACK_IMPORTED_MODULE_5__/* .hash2 */ .vb)(v, H);
            this.uniq.add(H[0], H[1], line);
        }
    }
    tsCount = 0;
    minTs = Number.POSITIVE_INFINITY;
    maxTs = Number.NEGATIVE_INFINITY;
    minTsBound;
    maxTsBound;
    /** A timestamp as epoch milliseconds (Parquet TIMESTAMP/DATE columns). */
    addTimestamp(ms, line) {
        X[0] = ms;
        this.timestampCell(line);
    }
    /** The timestamp in X[0]. */
    timestampCell(line) {
        const ms = X[0];
        this.rows++;
        this.tsCount++;
        this.maybeNum = false;
        this.maybeInt = false;
        this.maybeBool = false;
        if (ms < this.minTs)
            this.minTs = ms;
        if (ms > this.maxTs)
            this.maxTs = ms;
        const r = this.rule;
        if (r) {
            if (r.type !== undefined && r.type !== 'datetime' && r.type !== 'string')
                this.bad('type', line, new Date(ms).toISOString());
            if (this.minText !== undefined && ms < (this.minTsBound ??= Date.parse(this.minText)))
                this.bad('min', line, new Date(ms).toISOString());
            if (this.maxText !== undefined && ms > (this.maxTsBound ??= Date.parse(this.maxText)))
                this.bad('max', line, new Date(ms).toISOString());
        }
        if (this.uniq)
            this.uniq.add(Math.floor(ms / 4294967296) >>> 0, ms >>> 0, line);
    }
    /** Finish a timestamp column: min/max as ISO text. */
    finishTimestamps() {
        if (this.tsCount === 0)
            return;
        const lo = new Date(this.minTs).toISOString();
        const hi = new Date(this.maxTs).toISOString();
        if (this.minStr === undefined || lo < this.minStr)
            this.minStr = lo;
        if (this.maxStr === undefined || hi > this.maxStr)
            this.maxStr = hi;
    }
    /**
     * A page of Parquet numbers (timestamps: epoch milliseconds): the same as addValue (addTimestamp
     * for timestamps) per value, without boxing. `nulls[i]` = 1 and NaN are missing; value i is on
     * line (record) `line0 + i`.
     */
    addNumbers(values, nulls, n, line0, timestamps) {
        for (let i = 0; i < n; i++) {
            const line = line0 + i;
            if (nulls !== undefined && nulls[i] === 1)
                this.addMissing(line);
            else if (timestamps) {
                X[0] = values[i];
                this.timestampCell(line);
            }
            else {
                const x = values[i];
                if (x !== x)
                    this.addMissing(line);
                else {
                    this.rows++;
                    X[0] = x;
                    this.numericCell(x % 1 === 0, line, undefined, undefined, 0, 0);
                }
            }
        }
    }
    pqDict;
    /**
     * Per index of `pqDict`: its TextDict entry (-1 = not looked up yet), its number (NaN: not one),
     * whether that had integer text, and whether the text is a missing token (missing.ts).
     */
    pqEntry = new Int32Array(0);
    pqNum = new Float64Array(0);
    pqInt = new Uint8Array(0);
    pqMissing = new Uint8Array(0);
    /**
     * A page of dictionary-encoded Parquet text (index -1 = missing): the same as addString per
     * value, but each distinct text of the dictionary is parsed, looked up and judged once.
     */
    addDictionaryPage(dictionary, indices, n, line0) {
        const texts = dictionary.texts;
        if (dictionary !== this.pqDict) {
            this.pqDict = dictionary;
            const m = texts.length;
            this.pqEntry = new Int32Array(m).fill(-1);
            this.pqNum = new Float64Array(m);
            this.pqInt = new Uint8Array(m);
            this.pqMissing = new Uint8Array(m);
            for (let k = 0; k < m; k++) {
                if ((0,_missing_js__WEBPACK_IMPORTED_MODULE_2__/* .isMissingText */ .wF)(texts[k])) {
                    this.pqMissing[k] = 1;
                    this.pqNum[k] = Number.NaN;
                }
                else {
                    this.pqNum[k] = parseNumberText(texts[k]);
                    this.pqInt[k] = NUM_INT_TEXT ? 1 : 0;
                }
            }
        }
        const entry = this.pqEntry;
        const num = this.pqNum;
        const missing = this.pqMissing;
        for (let i = 0; i < n; i++) {
            const line = line0 + i;
            const k = indices[i];
            if (k < 0 || missing[k] === 1) {
                this.addMissing(line);
                continue;
            }
            const v = texts[k];
            this.rows++;
            if (this.maybeNum || this.declaredNumeric) {
                const x = num[k];
                if (x === x) {
                    X[0] = x;
                    this.numericCell(this.pqInt[k] === 1, line, v, undefined, 0, 0);
                    continue;
                }
            }
            const dict = this.dict;
            if (dict !== null) {
                let e = entry[k];
                if (e < 0) {
                    e = dict.findText(v);
                    if (e < 0)
                        e = this.newEntry(v, Buffer.from(v, 'utf8'));
                    if (e >= 0)
                        entry[k] = e;
                }
                if (e >= 0) {
                    this.entryCell(e, line);
                    continue;
                }
            }
            this.textCell(v, line);
        }
    }
    /** A JS value (JSON, Parquet): null/undefined/NaN/'' are missing. */
    addValue(v, line) {
        if (typeof v === 'string')
            return this.addString(v, line);
        if (v === null || v === undefined || (typeof v === 'number' && v !== v))
            return this.addMissing(line);
        if (typeof v === 'number') {
            this.rows++;
            const intText = Number.isInteger(v);
            X[0] = v;
            this.numericCell(intText, line, undefined, undefined, 0, 0);
            return;
        }
        if (typeof v === 'boolean')
            return this.addString(v ? 'true' : 'false', line);
        if (v instanceof Date)
            return this.addString(Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString(), line);
        this.addString(typeof v === 'bigint' ? v.toString() : JSON.stringify(v), line);
    }
    check(v, x, intText, line) {
        const verdict = this.verdict(v, x, intText);
        if (verdict !== 0)
            this.applyVerdict(verdict, line, v);
    }
    applyVerdict(verdict, line, v) {
        if (verdict & V_TYPE)
            this.bad('type', line, v);
        if (verdict & V_MIN)
            this.bad('min', line, v);
        if (verdict & V_MAX)
            this.bad('max', line, v);
        if (verdict & V_CAT)
            this.bad('categories', line, v);
        if (verdict & V_REGEX)
            this.bad('regex', line, v);
    }
    /** verdict() for a numeric value when no rule needs its text (the hot path of numeric columns). */
    numericVerdict(x, intText) {
        const tc = this.typeCode;
        if (tc === T_INT) {
            if (!intText || x % 1 !== 0)
                return V_TYPE;
        }
        else if (tc === T_BOOL || tc === T_DATETIME)
            return V_TYPE;
        let out = 0;
        const lo = this.minNum;
        const hi = this.maxNum;
        if (lo !== undefined && x < lo)
            out |= V_MIN;
        if (hi !== undefined && x > hi)
            out |= V_MAX;
        return out;
    }
    /** Which rules a value breaks (bit mask; a type failure hides the others). */
    verdict(v, x, intText) {
        const t = this.rule.type;
        if (t !== undefined) {
            let ok;
            switch (t) {
                case 'int':
                    ok = x === x && intText && x % 1 === 0;
                    break;
                case 'float':
                    ok = x === x;
                    break;
                case 'bool':
                    ok = lowerBool(v);
                    break;
                case 'datetime':
                    ok = DATE_RE.test(v) && !Number.isNaN(Date.parse(v.length === 10 ? v : v.replace(' ', 'T')));
                    break;
                default:
                    ok = true;
            }
            if (!ok)
                return V_TYPE;
        }
        let out = 0;
        if (this.minNum !== undefined && x === x && x < this.minNum)
            out |= V_MIN;
        else if (this.minText !== undefined && x !== x && v < this.minText)
            out |= V_MIN;
        if (this.maxNum !== undefined && x === x && x > this.maxNum)
            out |= V_MAX;
        else if (this.maxText !== undefined && x !== x && v > this.maxText)
            out |= V_MAX;
        if (this.allowed !== undefined && !this.allowed.has(v))
            out |= V_CAT;
        if (this.regex !== undefined && !this.regex.test(v))
            out |= V_REGEX;
        return out;
    }
    /** The type the values support. */
    inferType() {
        const n = this.rows - this.missing;
        if (n === 0)
            return 'string';
        if (this.maybeNum && this.numCount === n)
            return this.maybeInt ? 'int' : 'float';
        // \u2265 99% numbers: numeric with bad cells (listed in nonNumeric), not a category.
        if (this.tsCount === 0 && (0,_nearly_numeric_js__WEBPACK_IMPORTED_MODULE_6__/* .isNearlyNumeric */ .pR)(this.numCount, n))
            return this.numInt ? 'int' : 'float';
        if (this.maybeBool)
            return 'bool';
        if (this.maybeDate)
            return 'datetime';
        const vc = this.valueCounts();
        if (vc !== null && vc.size <= CATEGORY_MAX && vc.size * 2 <= n)
            return 'category';
        return 'string';
    }
    get nonMissing() {
        return this.rows - this.missing;
    }
    /** Exact number of distinct non-missing values, or undefined beyond DISTINCT_CAP. */
    distinct() {
        const c = this.valueCounts();
        return c === null ? undefined : c.size;
    }
    /**
     * Counts of every non-missing value as text: text cells by their text, numeric cells by their
     * number (so "1.0" and "1" are one value). null when there are more than DISTINCT_CAP.
     */
    valueCounts() {
        if (this.tsCount > 0)
            return null;
        const textCells = this.nonMissing - this.numCount;
        if (textCells > 0 && this.dict === null)
            return null;
        if (this.numCount > 0 && this.numCounts === null)
            return null;
        const out = new Map();
        if (this.dict !== null)
            for (let i = 0; i < this.dict.size; i++)
                out.set(this.dict.texts[i], this.dict.counts[i]);
        if (this.numCount > 0) {
            const add = (k, v) => {
                const key = String(k);
                out.set(key, (out.get(key) ?? 0) + v);
            };
            const sm = this.smallCounts;
            for (let k = 0; k < sm.length; k++)
                if (sm[k] > 0)
                    add(k, sm[k]);
            this.numCounts.forEach(add);
        }
        return out.size > DISTINCT_CAP ? null : out;
    }
}
/** Stream a file once and build its profile. */
async function profileDataset(path, opts = {}) {
    const format = (0,_read_js__WEBPACK_IMPORTED_MODULE_1__.detectFormat)(path, opts.format);
    const sampleSize = opts.sampleSize ?? 50_000;
    const seed = opts.seed ?? 1;
    const maxExamples = opts.maxExamples ?? 20;
    const profilers = [];
    let columns = [];
    let rows = 0;
    const dup = opts.duplicateRows ? new _sample_js__WEBPACK_IMPORTED_MODULE_5__/* .DuplicateFinder */ .Gv() : undefined;
    const onProgress = opts.onProgress;
    // A file that cannot be read is reported by the reader below, as without progress.
    const totalBytes = onProgress && format !== 'delta' ? await (0,_io_fs_js__WEBPACK_IMPORTED_MODULE_4__.fileSize)(path).catch(() => 0) : 0;
    let bytes = 0;
    const onBytes = onProgress ? (b) => void (bytes = b) : undefined;
    const progress = onProgress ? () => onProgress({ bytes, totalBytes, rows, done: false }) : undefined;
    const addColumns = (names) => {
        // Columns may grow (JSON): a new column was missing in every earlier row.
        while (profilers.length < names.length) {
            const name = names[profilers.length];
            const p = new ColumnProfiler(name, opts.rules?.[name], sampleSize, seed, maxExamples, !!opts.inferUnique);
            for (let r = 0; r < rows; r++)
                p.addMissing(r + 1);
            profilers.push(p);
        }
        columns = names;
    };
    const addTextRows = (data, lines) => {
        const nc = profilers.length;
        for (let r = 0; r < data.length; r++) {
            const row = data[r];
            const line = lines[r];
            for (let c = 0; c < nc; c++)
                profilers[c].addString(row[c], line);
            if (dup) {
                rowHash(row, H);
                dup.add(H[0], H[1], line);
            }
        }
        rows += data.length;
    };
    if (format === 'csv' || format === 'tsv') {
        const delimiter = format === 'csv' ? ',' : '\t';
        for await (const part of (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readDelimitedParts */ .gu)(path, delimiter, 16384, opts.chunkSize, onBytes)) {
            if (part.kind === 'rows') {
                addColumns(part.batch.columns);
                addTextRows(part.batch.rows, part.batch.lines);
            }
            else {
                addColumns(part.columns);
                rows += scanLines(path, delimiter, part.buf, part.start, part.end, part.firstLine, profilers, dup);
            }
            progress?.();
        }
    }
    else if (format === 'parquet' || format === 'delta') {
        const hasher = dup ? new RowHasher() : undefined;
        for await (const g of (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readParquetColumns */ .GZ)(path, format, false, onBytes)) {
            addColumns(g.columns);
            hasher?.reset(g.rows);
            for (let c = 0; c < g.columns.length; c++) {
                const p = profilers[c];
                const ts = g.timestamps[c];
                await g.readPages(c, (page) => {
                    const base = page.rowStart + 1;
                    const at = page.rowStart - g.rowStart;
                    if (page.kind === 'numbers') {
                        p.addNumbers(page.values, page.nulls, page.rows, base, ts);
                        hasher?.addNumbers(page.values, page.nulls, page.rows, at);
                    }
                    else if (page.kind === 'dict') {
                        p.addDictionaryPage(page.dictionary, page.indices, page.rows, base);
                        hasher?.addDictionary(page.dictionary, page.indices, page.rows, at);
                    }
                    else {
                        const col = page.values;
                        for (let i = 0; i < page.rows; i++) {
                            const v = col[i];
                            if (v === null || v === undefined)
                                p.addMissing(base + i);
                            else if (ts && typeof v === 'number')
                                p.addTimestamp(v, base + i);
                            else
                                p.addValue(typeof v === 'bigint' ? Number(v) : v, base + i);
                        }
                        hasher?.addValues(col, page.rows, at);
                    }
                });
            }
            if (dup && hasher) {
                for (let i = 0; i < g.rows; i++) {
                    hasher.finish(i, H);
                    dup.add(H[0], H[1], g.rowStart + i + 1);
                }
            }
            rows += g.rows;
            progress?.();
        }
        for (const p of profilers)
            p.finishTimestamps();
    }
    else {
        for await (const batch of (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readBatches */ .Pu)(path, { format, batchSize: 16384, chunkSize: opts.chunkSize, onBytes })) {
            addColumns(batch.columns);
            const nc = profilers.length;
            const data = batch.rows;
            const lines = batch.lines;
            for (let r = 0; r < data.length; r++) {
                const row = data[r];
                const line = lines[r];
                for (let c = 0; c < nc; c++)
                    profilers[c].addValue(row[c], line);
                if (dup) {
                    rowHash(row.map((v) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : String(v))), H);
                    dup.add(H[0], H[1], line);
                }
            }
            rows += data.length;
            progress?.();
        }
    }
    onProgress?.({ bytes: Math.max(bytes, totalBytes), totalBytes, rows, done: true });
    return {
        path,
        format,
        linesAreRecords: _read_js__WEBPACK_IMPORTED_MODULE_1__/* .LINE_IS_RECORD */ ._C[format],
        rows,
        columns,
        profilers,
        duplicateRows: dup?.duplicates(maxExamples),
        sampleSize,
        seed,
    };
}
/**
 * Tokenize complete, quote-free lines of bytes straight into the column profilers: no strings
 * or arrays per row. Returns the number of rows (blank lines skipped).
 */
function scanLines(path, delimiter, buf, start, end, firstLine, profilers, dup) {
    const b = buf;
    const d = delimiter.charCodeAt(0);
    const n = profilers.length;
    let line = firstLine;
    let i = start;
    let rows = 0;
    while (i < end) {
        const nl = b.indexOf(10, i);
        let e = nl;
        if (e > i && b[e - 1] === 13)
            e--;
        if (e === i) {
            i = nl + 1;
            line++;
            continue;
        }
        // A ragged row aborts the whole run, so cells before the error may already be counted.
        let c = 0;
        let s = i;
        for (let k = i; k < e; k++) {
            if (b[k] === d) {
                if (c === n - 1)
                    throw (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .raggedRowError */ .Th)(path, delimiter, line, b.toString('utf8', i, e).split(delimiter), n);
                profilers[c++].addCell(b, s, k, line);
                s = k + 1;
            }
        }
        if (c !== n - 1)
            throw (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .raggedRowError */ .Th)(path, delimiter, line, b.toString('utf8', i, e).split(delimiter), n);
        profilers[c].addCell(b, s, e, line);
        if (dup) {
            if (rowHashBytes(b, i, e, d, H))
                dup.add(H[0], H[1], line);
            else {
                rowHash(b.toString('utf8', i, e).split(delimiter), H);
                dup.add(H[0], H[1], line);
            }
        }
        rows++;
        i = nl + 1;
        line++;
    }
    return rows;
}
/**
 * 64-bit hashes of the rows of one Parquet row group, built a column at a time (so each column
 * is decoded once): every cell mixes two 32-bit words into the row's state \u2014 a number's IEEE
 * bits (\u22120 as 0, missing as a NaN pattern no value has), a text's hash2 (missing = hash2('')).
 * Rows are equal when their cells are, so equal hashes mean duplicate rows (up to 64-bit collisions).
 */
class RowHasher {
    h1 = new Uint32Array(0);
    h2 = new Uint32Array(0);
    f = new Float64Array(1);
    w = new Uint32Array(this.f.buffer);
    t = new Uint32Array(2);
    dictSeen;
    dictH1 = new Uint32Array(0);
    dictH2 = new Uint32Array(0);
    reset(rows) {
        if (this.h1.length < rows) {
            this.h1 = new Uint32Array(rows);
            this.h2 = new Uint32Array(rows);
        }
        this.h1.fill(0x811c9dc5, 0, rows);
        this.h2.fill(0x9747b28c, 0, rows);
    }
    mix(r, a, b) {
        let h1 = this.h1[r];
        let h2 = this.h2[r];
        let k = Math.imul(a, 0xcc9e2d51);
        k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
        h1 ^= k;
        h1 = Math.imul((h1 << 13) | (h1 >>> 19), 5) + 0xe6546b64;
        k = Math.imul(b, 0xcc9e2d51);
        k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
        h1 ^= k;
        h1 = Math.imul((h1 << 13) | (h1 >>> 19), 5) + 0xe6546b64;
        h2 = Math.imul(h2 ^ b, 0x5bd1e995);
        h2 ^= h2 >>> 13;
        h2 = Math.imul(h2 ^ a, 0x5bd1e995);
        h2 ^= h2 >>> 15;
        this.h1[r] = h1;
        this.h2[r] = h2;
    }
    addNumbers(values, nulls, n, at) {
        const f = this.f;
        const w = this.w;
        for (let i = 0; i < n; i++) {
            if (nulls !== undefined && nulls[i] === 1)
                this.mix(at + i, 0x7ff8dead, 0xbeef0001);
            else {
                const x = values[i];
                f[0] = x === 0 ? 0 : x;
                this.mix(at + i, w[0], w[1]);
            }
        }
    }
    addDictionary(dictionary, indices, n, at) {
        if (dictionary !== this.dictSeen) {
            this.dictSeen = dictionary;
            const m = dictionary.texts.length;
            this.dictH1 = new Uint32Array(m);
            this.dictH2 = new Uint32Array(m);
            for (let k = 0; k < m; k++) {
                (0,_sample_js__WEBPACK_IMPORTED_MODULE_5__/* .hash2 */ .vb)(dictionary.texts[k], this.t);
                this.dictH1[k] = this.t[0];
                this.dictH2[k] = this.t[1];
            }
        }
        (0,_sample_js__WEBPACK_IMPORTED_MODULE_5__/* .hash2 */ .vb)('', this.t);
        const e1 = this.t[0];
        const e2 = this.t[1];
        for (let i = 0; i < n; i++) {
            const k = indices[i];
            if (k < 0)
                this.mix(at + i, e1, e2);
            else
                this.mix(at + i, this.dictH1[k], this.dictH2[k]);
        }
    }
    addValues(values, n, at) {
        const t = this.t;
        for (let i = 0; i < n; i++) {
            const v = values[i];
            (0,_sample_js__WEBPACK_IMPORTED_MODULE_5__/* .hash2 */ .vb)(v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : typeof v === 'object' ? objectText(v) : String(v), t);
            this.mix(at + i, t[0], t[1]);
        }
    }
    finish(r, out) {
        out[0] = this.h1[r] >>> 0;
        out[1] = this.h2[r] >>> 0;
    }
}
function objectText(v) {
    try {
        return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x));
    }
    catch {
        return String(v);
    }
}
/** rowHash over ASCII bytes; false (no hash) when the line has non-ASCII bytes. */
function rowHashBytes(b, s, e, d, out) {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = s; i <= e; i++) {
        let ch = i === e ? d : b[i];
        if (ch >= 0x80)
            return false;
        if (ch === d)
            ch = 0x1f;
        h1 = Math.imul(h1 ^ ch, 0x01000193);
        h2 = Math.imul(h2 ^ ch, 0x5bd1e995);
        h2 ^= h2 >>> 13;
    }
    out[0] = h1 >>> 0;
    out[1] = (h2 ^ (h2 >>> 15)) >>> 0;
    return true;
}
/** 64-bit hash of a row of strings (cells separated by a unit separator). */
function rowHash(row, out) {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let c = 0; c < row.length; c++) {
        const s = row[c];
        for (let i = 0; i < s.length; i++) {
            const ch = s.charCodeAt(i);
            h1 = Math.imul(h1 ^ ch, 0x01000193);
            h2 = Math.imul(h2 ^ ch, 0x5bd1e995);
            h2 ^= h2 >>> 13;
        }
        h1 = Math.imul(h1 ^ 0x1f, 0x01000193);
        h2 = Math.imul(h2 ^ 0x1f, 0x5bd1e995);
        h2 ^= h2 >>> 13;
    }
    out[0] = h1 >>> 0;
    out[1] = (h2 ^ (h2 >>> 15)) >>> 0;
}
const QUANTILES = [
    ['p01', 0.01],
    ['p05', 0.05],
    ['p25', 0.25],
    ['p50', 0.5],
    ['p75', 0.75],
    ['p95', 0.95],
    ['p99', 0.99],
];
/** Summaries of one column for the report. `type` is the declared type when there is one. */
function summarizeColumn(p, topN = 10) {
    const inferredType = p.inferType();
    const out = { name: p.name, inferredType, rows: p.rows, missing: p.missing };
    const distinct = p.distinct();
    if (distinct !== undefined)
        out.distinct = distinct;
    if (p.numCount > 0 && p.reservoir) {
        const arr = (0,_stats_js__WEBPACK_IMPORTED_MODULE_3__/* .toNumberArray */ .gI)(p.reservoir.sample().sort());
        const quantiles = {};
        for (const [k, q] of QUANTILES)
            quantiles[k] = (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .quantileSorted */ .Z4)(arr, q);
        const exact = p.reservoir.exact;
        out.numeric = {
            min: p.min,
            max: p.max,
            mean: p.mean,
            std: Math.sqrt(p.variance),
            quantiles,
            exact,
            rankError: exact ? 0 : 3 * Math.sqrt(0.25 / p.reservoir.size),
        };
    }
    if (inferredType === 'datetime' && p.minStr !== undefined && p.maxStr !== undefined)
        out.datetime = { min: p.minStr, max: p.maxStr };
    const vc = inferredType === 'category' || inferredType === 'bool' || inferredType === 'string' ? p.valueCounts() : null;
    if (vc !== null) {
        out.top = [...vc.entries()]
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
            .slice(0, topN)
            .map(([value, count]) => ({ value, count }));
    }
    if (p.uniq)
        out.unique = p.uniq.duplicates(0).count === 0;
    else if (p.repeated)
        out.unique = false;
    return out;
}


/***/ }),

/***/ 87082:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ Reservoir),
/* harmony export */   Gv: () => (/* binding */ DuplicateFinder),
/* harmony export */   Is: () => (/* binding */ seededRandom),
/* harmony export */   PS: () => (/* binding */ fnv1a),
/* harmony export */   mo: () => (/* binding */ hash2Bytes),
/* harmony export */   vb: () => (/* binding */ hash2)
/* harmony export */ });
/**
 * Deterministic randomness and bounded-memory structures for streaming profiles:
 * a seeded PRNG, a reservoir sample (Li's Algorithm L: O(k) memory, one random draw per
 * accepted value) and a 64-bit-hash duplicate finder (12 bytes per value).
 */
/** mulberry32: a small, fast, seedable 32-bit PRNG; returns floats in [0, 1). */
function seededRandom(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** 32-bit FNV-1a of a string (for seeds). */
function fnv1a(s, seed = 0x811c9dc5) {
    let h = seed >>> 0;
    for (let i = 0; i < s.length; i++)
        h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
}
/**
 * Uniform reservoir sample of at most `capacity` numbers from a stream (Algorithm L). Below the
 * capacity it holds every value (exact); above it, a uniform sample drawn with a seeded PRNG, so
 * the same input and seed always give the same sample.
 */
class Reservoir {
    capacity;
    values;
    size = 0;
    seen = 0;
    /** mulberry32 state in a typed array (no boxed numbers per draw). */
    state = new Uint32Array(1);
    /** Algorithm L's w and the stream index of the next accepted value, unboxed (a double stored in a field or returned from a call is a heap allocation). */
    wn = new Float64Array(2);
    /** The last uniform draw in [0, 1) (written by rand()). */
    r = new Float64Array(1);
    rand() {
        const s = this.state;
        const a = (s[0] = (s[0] + 0x6d2b79f5) >>> 0);
        let t = Math.imul(a ^ (a >>> 15), a | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        this.r[0] = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    constructor(capacity, seed) {
        this.capacity = capacity;
        this.values = new Float64Array(capacity);
        this.state[0] = seed >>> 0;
        this.rand();
        this.wn[0] = Math.exp(Math.log(this.r[0] || 1e-300) / capacity);
        this.rand();
        this.wn[1] = capacity + Math.floor(Math.log(this.r[0] || 1e-300) / Math.log(1 - this.wn[0])) + 1;
    }
    add(x) {
        const s = this.seen++;
        if (s < this.capacity) {
            this.values[s] = x;
            this.size = s + 1;
            return;
        }
        if (s + 1 === this.wn[1])
            this.accept(x);
    }
    accept(x) {
        const wn = this.wn;
        this.rand();
        this.values[Math.floor(this.r[0] * this.capacity)] = x;
        this.rand();
        wn[0] *= Math.exp(Math.log(this.r[0] || 1e-300) / this.capacity);
        this.rand();
        wn[1] += Math.floor(Math.log(this.r[0] || 1e-300) / Math.log(1 - wn[0])) + 1;
    }
    /** The sample (a copy), in stream order for the exact case. */
    sample() {
        return this.values.slice(0, this.size);
    }
    get exact() {
        return this.seen <= this.capacity;
    }
}
/** Two independent 32-bit hashes of a string (FNV-1a and a murmur-style mix). */
function hash2(s, out) {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x5bd1e995);
        h2 ^= h2 >>> 13;
    }
    out[0] = h1 >>> 0;
    out[1] = (h2 ^ (h2 >>> 15)) >>> 0;
}
/** hash2 over bytes [s, e); equal to hash2 of the same text when the bytes are ASCII. */
function hash2Bytes(b, s, e, out) {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = s; i < e; i++) {
        const c = b[i];
        h1 = Math.imul(h1 ^ c, 0x01000193);
        h2 = Math.imul(h2 ^ c, 0x5bd1e995);
        h2 ^= h2 >>> 13;
    }
    out[0] = h1 >>> 0;
    out[1] = (h2 ^ (h2 >>> 15)) >>> 0;
}
/**
 * Finds values seen more than once from their 64-bit hashes: 12 bytes per value (two hash
 * halves and the line). A false duplicate needs a 64-bit
 * collision: probability about n\u00b2/2\u2076\u2075 (3e-8 for a million values). Keys are sorted natively
 * at the end (8 bytes per value, temporarily).
 */
class DuplicateFinder {
    h1 = new Uint32Array(1024);
    h2 = new Uint32Array(1024);
    lines = new Uint32Array(1024);
    count = 0;
    add(a, b, line) {
        if (this.count === this.h1.length) {
            const grow = (x) => {
                const y = new Uint32Array(Math.ceil(x.length * 1.5));
                y.set(x);
                return y;
            };
            this.h1 = grow(this.h1);
            this.h2 = grow(this.h2);
            this.lines = grow(this.lines);
        }
        this.h1[this.count] = a;
        this.h2[this.count] = b;
        this.lines[this.count] = line;
        this.count++;
    }
    result;
    /** Number of values equal to an earlier one, and the earliest `limit` of them (with the line they repeat). */
    duplicates(limit) {
        this.result ??= this.findDuplicates(10_000);
        return { count: this.result.count, examples: this.result.examples.slice(0, limit) };
    }
    findDuplicates(limit) {
        const n = this.count;
        // 1. Sort the 64-bit keys natively (a BigUint64Array filled through a Uint32 view: no BigInts).
        const keys = new BigUint64Array(n);
        const v = new Uint32Array(keys.buffer);
        for (let i = 0; i < n; i++) {
            v[2 * i] = this.h2[i];
            v[2 * i + 1] = this.h1[i];
        }
        keys.sort();
        const dup = new Map();
        for (let i = 1; i < n; i++) {
            if (v[2 * i] === v[2 * i - 2] && v[2 * i + 1] === v[2 * i - 1]) {
                const hi = v[2 * i + 1];
                let set = dup.get(hi);
                if (!set)
                    dup.set(hi, (set = new Set()));
                set.add(v[2 * i]);
            }
        }
        if (dup.size === 0)
            return { count: 0, examples: [] };
        // 2. Walk the values in file order: the first of each repeated key is the original.
        const first = new Map();
        let count = 0;
        const examples = [];
        for (let i = 0; i < n; i++) {
            const set = dup.get(this.h1[i]);
            if (!set || !set.has(this.h2[i]))
                continue;
            const key = `${this.h1[i]}:${this.h2[i]}`;
            const f = first.get(key);
            if (f === undefined)
                first.set(key, this.lines[i]);
            else {
                count++;
                if (examples.length < limit)
                    examples.push({ line: this.lines[i], firstLine: f });
            }
        }
        return { count, examples };
    }
}


/***/ }),

/***/ 18385:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ee: () => (/* binding */ sturgesShares),
/* harmony export */   Lc: () => (/* binding */ fillZeros),
/* harmony export */   TZ: () => (/* binding */ sortedCopy),
/* harmony export */   U_: () => (/* binding */ chiSquare),
/* harmony export */   V_: () => (/* binding */ ks2Sample),
/* harmony export */   at: () => (/* binding */ chiSquareHomogeneity),
/* harmony export */   fy: () => (/* binding */ jensenShannon),
/* harmony export */   gI: () => (/* binding */ toNumberArray),
/* harmony export */   js: () => (/* binding */ psi),
/* harmony export */   o9: () => (/* binding */ zTestProportions),
/* harmony export */   w8: () => (/* binding */ wassersteinNormed)
/* harmony export */ });
/* unused harmony exports populationStd, mean, kolmogorovSf, gammaQ, twoSidedNormalP, wasserstein1 */
/* harmony import */ var simple_statistics__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85989);
/**
 * Two-sample statistics used by the drift engine, with the definitions Evidently uses (each one
 * checked against scipy 1.10 in tests/unit/data/stats.test.ts). simple-statistics supplies what it
 * has: mean, population standard deviation, log-gamma and the error function.
 */

/** Ascending numeric sort of a copy. */
function sortedCopy(values) {
    const out = new Float64Array(values.length);
    for (let i = 0; i < out.length; i++)
        out[i] = values[i];
    return out.sort();
}
/**
 * A plain array of the values, copied with an index loop: Array.from(typedArray) goes through the
 * iterator protocol, allocating a result object and a boxed number per element (tens of MB of
 * garbage for the 50,000-value samples).
 */
function toNumberArray(values) {
    const out = new Array(values.length);
    for (let i = 0; i < out.length; i++)
        out[i] = values[i];
    return out;
}
/** Population standard deviation (numpy's np.std, ddof=0). */
function populationStd(values) {
    if (values.length === 0)
        return 0;
    return (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .standardDeviation */ .Fx)(toNumberArray(values));
}
function mean(values) {
    return values.length === 0 ? Number.NaN : ssMean(toNumberArray(values));
}
/**
 * Two-sample two-sided KS test. The p-value is exact (the lattice-path distribution of D under
 * H0, as scipy's method="exact") when n1\u00b7n2 \u2264 2.5e7, else the Kolmogorov limit with Stephens'
 * small-sample correction. Inputs must be sorted ascending.
 */
function ks2Sample(a, b) {
    const m = a.length;
    const n = b.length;
    if (m === 0 || n === 0)
        return { statistic: Number.NaN, pValue: Number.NaN };
    // D in integer units of 1/(m\u00b7n): |i\u00b7n \u2212 j\u00b7m| at each distinct value.
    let i = 0;
    let j = 0;
    let dmax = 0;
    while (i < m && j < n) {
        const v = a[i] <= b[j] ? a[i] : b[j];
        while (i < m && a[i] === v)
            i++;
        while (j < n && b[j] === v)
            j++;
        const d = Math.abs(i * n - j * m);
        if (d > dmax)
            dmax = d;
    }
    const statistic = dmax / (m * n);
    if (dmax === 0)
        return { statistic: 0, pValue: 1 };
    if (m * n <= 2.5e7)
        return { statistic, pValue: ksExactPValue(m, n, dmax) };
    const en = (m * n) / (m + n);
    return { statistic, pValue: kolmogorovSf((Math.sqrt(en) + 0.12 + 0.11 / Math.sqrt(en)) * statistic) };
}
/** P(max |i\u00b7n \u2212 j\u00b7m| \u2265 dmax) over random lattice paths from (0,0) to (m,n): mass leaving the band. */
function ksExactPValue(m, n, dmax) {
    let prev = new Float64Array(n + 1);
    let cur = new Float64Array(n + 1);
    let out = 0;
    for (let i = 0; i <= m; i++) {
        for (let jj = 0; jj <= n; jj++) {
            let mass;
            if (i === 0 && jj === 0)
                mass = 1;
            else {
                mass = 0;
                if (i > 0)
                    mass += (prev[jj] * (m - i + 1)) / (m + n - (i - 1) - jj);
                if (jj > 0)
                    mass += (cur[jj - 1] * (n - jj + 1)) / (m + n - i - (jj - 1));
            }
            if (Math.abs(i * n - jj * m) >= dmax) {
                out += mass;
                cur[jj] = 0;
            }
            else
                cur[jj] = mass;
        }
        const t = prev;
        prev = cur;
        cur = t;
    }
    return Math.min(1, out);
}
/** Survival function of the Kolmogorov distribution: 2 \u03a3 (\u22121)^(k\u22121) exp(\u22122k\u00b2x\u00b2). */
function kolmogorovSf(x) {
    if (x <= 0)
        return 1;
    if (x < 0.2)
        return 1;
    let sum = 0;
    let term = 0;
    for (let k = 1; k <= 100; k++) {
        term = 2 * (k % 2 === 1 ? 1 : -1) * Math.exp(-2 * k * k * x * x);
        sum += term;
        if (Math.abs(term) < 1e-16 * Math.abs(sum))
            break;
    }
    return Math.max(0, Math.min(1, sum));
}
// ---------------------------------------------------------------------------------------------
// Chi-square (scipy.stats.chisquare) and the regularized incomplete gamma function
/** Upper regularized incomplete gamma Q(a, x) (Numerical Recipes gammq). */
function gammaQ(a, x) {
    if (x < 0 || a <= 0)
        return Number.NaN;
    if (x === 0)
        return 1;
    const gln = (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .gammaln */ .SW)(a);
    if (x < a + 1) {
        // series for P, then Q = 1 \u2212 P
        let ap = a;
        let sum = 1 / a;
        let del = sum;
        for (let k = 0; k < 10_000; k++) {
            ap += 1;
            del *= x / ap;
            sum += del;
            if (Math.abs(del) < Math.abs(sum) * 1e-16)
                break;
        }
        return Math.max(0, 1 - sum * Math.exp(-x + a * Math.log(x) - gln));
    }
    // continued fraction for Q (modified Lentz)
    const FPMIN = 1e-300;
    let b = x + 1 - a;
    let c = 1 / FPMIN;
    let d = 1 / b;
    let h = d;
    for (let k = 1; k < 10_000; k++) {
        const an = -k * (k - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < FPMIN)
            d = FPMIN;
        c = b + an / c;
        if (Math.abs(c) < FPMIN)
            c = FPMIN;
        d = 1 / d;
        const del = d * c;
        h *= del;
        if (Math.abs(del - 1) < 1e-16)
            break;
    }
    return Math.exp(-x + a * Math.log(x) - gln) * h;
}
/** Pearson chi-square goodness of fit of observed against expected counts; df = k \u2212 1. */
function chiSquare(observed, expected) {
    let stat = 0;
    for (let k = 0; k < observed.length; k++) {
        const e = expected[k];
        const d = observed[k] - e;
        stat += e === 0 ? (d === 0 ? 0 : Number.POSITIVE_INFINITY) : (d * d) / e;
    }
    const df = observed.length - 1;
    if (df <= 0)
        return { statistic: stat, pValue: 1 };
    // An observed count where nothing is expected: \u03c7\u00b2 = \u221e and p = 0 (scipy.stats.chisquare gives the same).
    if (stat === Number.POSITIVE_INFINITY)
        return { statistic: stat, pValue: 0 };
    return { statistic: stat, pValue: gammaQ(df / 2, stat / 2) };
}
/**
 * Pearson's chi-square test of homogeneity of two binned samples (scipy.stats.chi2_contingency on
 * the 2 \u00d7 k table, no continuity correction): unlike the goodness-of-fit form, it counts the
 * sampling noise of the reference too, which matters when the reference is a few hundred holdout
 * rows split into ten bins.
 */
function chiSquareHomogeneity(a, b) {
    const na = a.reduce((x, y) => x + y, 0);
    const nb = b.reduce((x, y) => x + y, 0);
    const n = na + nb;
    let stat = 0;
    let k = 0;
    for (let i = 0; i < a.length; i++) {
        const col = a[i] + b[i];
        if (col === 0)
            continue;
        k++;
        const ea = (na * col) / n;
        const eb = (nb * col) / n;
        stat += (a[i] - ea) ** 2 / ea + (b[i] - eb) ** 2 / eb;
    }
    if (k < 2 || na === 0 || nb === 0)
        return { statistic: 0, pValue: 1 };
    return { statistic: stat, pValue: gammaQ((k - 1) / 2, stat / 2) };
}
// ---------------------------------------------------------------------------------------------
// Normal tail, Z-test for two proportions (Evidently's z_stat_test)
/** erfc with small relative error in the tails (Numerical Recipes erfcc, |rel err| < 1.2e-7). */
function erfcTail(x) {
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const r = t *
        Math.exp(-z * z -
            1.26551223 +
            t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
}
/** Two-sided normal p-value 2\u00b7(1 \u2212 \u03a6(|z|)). simple-statistics' erf where it is precise, erfc in the far tail. */
function twoSidedNormalP(z) {
    const x = Math.abs(z) / Math.SQRT2;
    // simple-statistics' erf(0) is \u22123e-8: clamp so that identical shares give p = 1, not 1.00000003.
    return x < 2 ? Math.min(1, 1 - (0,simple_statistics__WEBPACK_IMPORTED_MODULE_0__/* .errorFunction */ .T7)(x)) : erfcTail(x);
}
/**
 * Evidently's Z-test for a binary column: the share of the first (sorted) category in reference
 * vs current, pooled standard error, two-sided p-value.
 */
function zTestProportions(refFirst, refN, curFirst, curN) {
    const p1 = refFirst / refN;
    const p2 = curFirst / curN;
    const P = (refFirst + curFirst) / (refN + curN);
    const se = Math.sqrt(P * (1 - P) * (1 / refN + 1 / curN));
    if (se === 0)
        return { statistic: 0, pValue: 1 };
    const z = (p1 - p2) / se;
    return { statistic: z, pValue: twoSidedNormalP(z) };
}
// ---------------------------------------------------------------------------------------------
// Distances
/** First Wasserstein distance between two sorted samples (scipy.stats.wasserstein_distance). */
function wasserstein1(a, b) {
    const m = a.length;
    const n = b.length;
    if (m === 0 || n === 0)
        return Number.NaN;
    let i = 0;
    let j = 0;
    let prev = Math.min(a[0], b[0]);
    let total = 0;
    while (i < m || j < n) {
        const v = j >= n || (i < m && a[i] <= b[j]) ? a[i] : b[j];
        total += Math.abs(i / m - j / n) * (v - prev);
        prev = v;
        while (i < m && a[i] === v)
            i++;
        while (j < n && b[j] === v)
            j++;
    }
    return total;
}
/** Evidently's normalized Wasserstein: W1 / max(std(reference), 0.001). */
function wassersteinNormed(reference, current) {
    return wasserstein1(reference, current) / Math.max(populationStd(reference), 0.001);
}
/** Jensen\u2013Shannon distance (scipy.spatial.distance.jensenshannon) with the given log base. */
function jensenShannon(p, q, base = 2) {
    const sp = p.reduce((s, x) => s + x, 0);
    const sq = q.reduce((s, x) => s + x, 0);
    let js = 0;
    for (let k = 0; k < p.length; k++) {
        const pk = p[k] / sp;
        const qk = q[k] / sq;
        const mk = (pk + qk) / 2;
        if (pk > 0)
            js += pk * Math.log(pk / mk);
        if (qk > 0)
            js += qk * Math.log(qk / mk);
    }
    js /= Math.log(base);
    return Math.sqrt(Math.max(0, js) / 2);
}
/** Population stability index \u03a3 (r \u2212 c)\u00b7ln(r / c) over matched bins (zeros already filled). */
function psi(ref, cur) {
    let s = 0;
    for (let k = 0; k < ref.length; k++)
        s += (ref[k] - cur[k]) * Math.log(ref[k] / cur[k]);
    return s;
}
/** Evidently's zero filling: zeros become min(non-zero)/1e6 if that min \u2264 1e-4, else 1e-4. */
function fillZeros(p) {
    const nz = p.filter((x) => x !== 0);
    if (nz.length === 0)
        return p.slice();
    const mn = Math.min(...nz);
    const fill = mn <= 0.0001 ? mn / 1e6 : 0.0001;
    return p.map((x) => (x === 0 ? fill : x));
}
/**
 * numpy histogram with Sturges' bins over the union of both samples (Evidently's binning of a
 * numeric column with more than 20 reference values): shares of each sample per bin.
 */
function sturgesShares(ref, cur) {
    const all = ref.length + cur.length;
    const nbins = Math.max(1, Math.ceil(Math.log2(all) + 1));
    let lo = Math.min(ref[0], cur[0]);
    let hi = Math.max(ref[ref.length - 1], cur[cur.length - 1]);
    if (lo === hi) {
        lo -= 0.5;
        hi += 0.5;
    }
    const edges = Array.from({ length: nbins + 1 }, (_, k) => lo + ((hi - lo) * k) / nbins);
    const count = (xs) => {
        const c = new Array(nbins).fill(0);
        for (let k = 0; k < xs.length; k++) {
            let bin = Math.floor(((xs[k] - lo) / (hi - lo)) * nbins);
            if (bin >= nbins)
                bin = nbins - 1;
            if (bin < 0)
                bin = 0;
            // correct for floating point at edges, as numpy does
            if (xs[k] < edges[bin])
                bin--;
            else if (bin < nbins - 1 && xs[k] >= edges[bin + 1])
                bin++;
            c[bin]++;
        }
        return c.map((x) => x / xs.length);
    };
    return { ref: count(ref), cur: count(cur), edges };
}


/***/ })

};
