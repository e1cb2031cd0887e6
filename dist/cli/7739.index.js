export const id = 7739;
export const ids = [7739];
export const modules = {

/***/ 7739:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kW: () => (/* binding */ ColumnProfiler),
/* harmony export */   mk: () => (/* binding */ summarizeColumn),
/* harmony export */   profileDataset: () => (/* binding */ profileDataset)
/* harmony export */ });
/* unused harmony exports DISTINCT_CAP, CATEGORY_MAX, TextDict, parseNumberText, parseNumberBytes */
/* harmony import */ var simple_statistics__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5989);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1284);
/* harmony import */ var _sample_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7082);
/**
 * One streaming pass over a dataset: per-column statistics, type evidence, bounded samples for
 * quantiles and drift, and the schema's per-value rules — all in constant memory per column
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
    slots = new Int32Array(16384); // entry index + 1; 0 = empty (load ≤ 1/4 at DISTINCT_CAP)
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
    // numeric statistics (Welford)
    numCount = 0;
    /** min, max, shift (first value), Σ(x − shift), Σ(x − shift)²: unboxed doubles. */
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
    /** Counts of numeric values: integers 0–1023 in an array, the rest in a map; null beyond DISTINCT_CAP. */
    numCounts = new Map();
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
            this.uniq = new _sample_js__WEBPACK_IMPORTED_MODULE_2__/* .DuplicateFinder */ .Gv();
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
    addNumber(x) {
        const a = this.acc;
        if (this.numCount++ === 0) {
            a[2] = x;
            this.reservoir = new _sample_js__WEBPACK_IMPORTED_MODULE_2__/* .Reservoir */ .AS(this.sampleSize, (this.seed ^ (0,_sample_js__WEBPACK_IMPORTED_MODULE_2__/* .fnv1a */ .PS)(this.name)) >>> 0);
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
                const k = nc.get(x);
                if (k !== undefined) {
                    nc.set(x, k + 1);
                    if (this.uniqInferOnly)
                        this.settleNotUnique();
                }
                else if (nc.size + this.smallDistinct < DISTINCT_CAP)
                    nc.set(x, 1);
                else
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
    /** A raw text value (CSV/TSV cell, or a JSON string); '' is missing. */
    addString(v, line) {
        if (v.length === 0) {
            this.addMissing(line);
            return;
        }
        this.rows++;
        if (this.maybeNum || this.declaredNumeric) {
            const x = parseNumberText(v);
            if (x === x) {
                this.numericCell(x, NUM_INT_TEXT, line, v, undefined, 0, 0);
                return;
            }
        }
        this.textCell(v, line);
    }
    /** A CSV/TSV cell given as bytes [s, e) of valid UTF-8 (no quotes); empty is missing. */
    addCell(b, s, e, line) {
        if (s === e) {
            this.addMissing(line);
            return;
        }
        this.rows++;
        if (this.maybeNum || this.declaredNumeric) {
            const x = parseNumberBytes(b, s, e);
            if (x === x) {
                this.numericCell(x, NUM_INT_TEXT, line, undefined, b, s, e);
                return;
            }
        }
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
        this.textCell(b.toString('utf8', s, e), line);
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
            (0,_sample_js__WEBPACK_IMPORTED_MODULE_2__/* .hash2 */ .vb)(text, H);
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
    numericCell(x, intText, line, v, b, s, e) {
        this.maybeBool = false;
        this.maybeDate = false;
        if (this.maybeInt && (!intText || x % 1 !== 0))
            this.maybeInt = false;
        this.addNumber(x);
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
                (0,_sample_js__WEBPACK_IMPORTED_MODULE_2__/* .hash2 */ .vb)(v, H);
            else if (b !== undefined)
                (0,_sample_js__WEBPACK_IMPORTED_MODULE_2__/* .hash2Bytes */ .mo)(b, s, e, H);
            else
                (0,_sample_js__WEBPACK_IMPORTED_MODULE_2__/* .hash2 */ .vb)(String(x), H);
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
            (0,_sample_js__WEBPACK_IMPORTED_MODULE_2__/* .hash2 */ .vb)(v, H);
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
    /** A JS value (JSON, Parquet): null/undefined/NaN/'' are missing. */
    addValue(v, line) {
        if (typeof v === 'string')
            return this.addString(v, line);
        if (v === null || v === undefined || (typeof v === 'number' && v !== v))
            return this.addMissing(line);
        if (typeof v === 'number') {
            this.rows++;
            const intText = Number.isInteger(v);
            this.numericCell(v, intText, line, undefined, undefined, 0, 0);
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
            for (const [k, v] of this.numCounts)
                add(k, v);
        }
        return out.size > DISTINCT_CAP ? null : out;
    }
}
/** Stream a file once and build its profile. */
async function profileDataset(path, opts = {}) {
    const format = (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .detectFormat */ .Tz)(path, opts.format);
    const sampleSize = opts.sampleSize ?? 50_000;
    const seed = opts.seed ?? 1;
    const maxExamples = opts.maxExamples ?? 20;
    const profilers = [];
    let columns = [];
    let rows = 0;
    const dup = opts.duplicateRows ? new _sample_js__WEBPACK_IMPORTED_MODULE_2__/* .DuplicateFinder */ .Gv() : undefined;
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
        for await (const part of (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readDelimitedParts */ .gu)(path, delimiter, 16384, opts.chunkSize)) {
            if (part.kind === 'rows') {
                addColumns(part.batch.columns);
                addTextRows(part.batch.rows, part.batch.lines);
            }
            else {
                addColumns(part.columns);
                rows += scanLines(path, delimiter, part.buf, part.start, part.end, part.firstLine, profilers, dup);
            }
        }
    }
    else if (format === 'parquet') {
        for await (const g of (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readParquetColumns */ .GZ)(path)) {
            addColumns(g.columns);
            for (let c = 0; c < g.columns.length; c++) {
                const p = profilers[c];
                const col = await g.readColumn(c);
                const ts = g.timestamps[c];
                const base = g.rowStart + 1;
                for (let i = 0; i < g.rows; i++) {
                    const v = col[i];
                    if (v === null || v === undefined)
                        p.addMissing(base + i);
                    else if (ts && typeof v === 'number')
                        p.addTimestamp(v, base + i);
                    else
                        p.addValue(typeof v === 'bigint' ? Number(v) : v, base + i);
                }
            }
            if (dup) {
                const all = [];
                for (let c = 0; c < g.columns.length; c++)
                    all.push(await g.readColumn(c));
                for (let i = 0; i < g.rows; i++) {
                    rowHash(all.map((col) => { const v = col[i]; return v === null || v === undefined ? '' : String(v); }), H);
                    dup.add(H[0], H[1], g.rowStart + i + 1);
                }
            }
            rows += g.rows;
        }
        for (const p of profilers)
            p.finishTimestamps();
    }
    else {
        for await (const batch of (0,_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readBatches */ .Pu)(path, { format, batchSize: 16384, chunkSize: opts.chunkSize })) {
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
        }
    }
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
        const sample = p.reservoir.sample().sort();
        const arr = Array.from(sample);
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

/***/ 7082:
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
    w;
    next;
    rand() {
        const s = this.state;
        const a = (s[0] = (s[0] + 0x6d2b79f5) >>> 0);
        let t = Math.imul(a ^ (a >>> 15), a | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    constructor(capacity, seed) {
        this.capacity = capacity;
        this.values = new Float64Array(capacity);
        this.state[0] = seed >>> 0;
        this.w = Math.exp(Math.log(this.rand() || 1e-300) / capacity);
        this.next = capacity + Math.floor(Math.log(this.rand() || 1e-300) / Math.log(1 - this.w)) + 1;
    }
    add(x) {
        const s = this.seen++;
        if (s < this.capacity) {
            this.values[s] = x;
            this.size = s + 1;
            return;
        }
        if (s + 1 === this.next) {
            this.values[Math.floor(this.rand() * this.capacity)] = x;
            this.w *= Math.exp(Math.log(this.rand() || 1e-300) / this.capacity);
            this.next += Math.floor(Math.log(this.rand() || 1e-300) / Math.log(1 - this.w)) + 1;
        }
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
 * collision: probability about n²/2⁶⁵ (3e-8 for a million values). Keys are sorted natively
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


/***/ })

};
