export const id = 7254;
export const ids = [7254];
export const modules = {

/***/ 37254:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ie: () => (/* reexport */ cellText),
  vX: () => (/* reexport */ moveRows),
  readColumnBatches: () => (/* binding */ readColumnBatches),
  Ej: () => (/* binding */ readColumns),
  LY: () => (/* reexport */ takeRows)
});

// UNUSED EXPORTS: PROGRESS_MS, ProgressClock, isNumberColumn, sliceTable

// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(16986);
// EXTERNAL MODULE: ./src/io/fs.js
var fs = __webpack_require__(92907);
// EXTERNAL MODULE: ./src/data/read.js
var read = __webpack_require__(11284);
// EXTERNAL MODULE: ./src/data/missing.js
var missing = __webpack_require__(63146);
// EXTERNAL MODULE: ./src/data/profile.js
var profile = __webpack_require__(87739);
;// CONCATENATED MODULE: ./src/data/table-build.js
/**
 * Building one column of a ColumnTable (src/data/table.ts) row by row, in chunked typed storage
 * (no 2\u00d7 peak from doubling a 10M-row array: chunks of CHUNK rows, concatenated once at the end).
 *
 * A column starts as numbers (Float64Array, NaN = missing or not a number, raw text of odd cells
 * in `other`) and switches once to dictionary codes (Int32Array + dict) when its non-number,
 * non-missing cells exceed max(16, 1% of its non-missing cells so far); see docs in table.ts.
 */



/** Rows per storage chunk. */
const CHUNK = 1 << 16;
/** Non-canonical number texts kept in `other` before a column is marked lossy. */
const NON_CANONICAL_CAP = 4096;
/** Fewest non-number cells that switch a column to text. */
const SWITCH_MIN = 16;
const SWITCH_SHARE = 0.01;
const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** The number a text cell holds (trimmed), or NaN; the trainer's rule (src/model/preprocess.ts). */
function numberOfText(v) {
    if (NUMBER_RE.test(v))
        return Number(v);
    const t = v.trim();
    if (t !== v && NUMBER_RE.test(t))
        return Number(t);
    return Number.NaN;
}
/**
 * Growable typed storage: chunks of CHUNK values, or one array of a reserved size (an estimate
 * of the rows, filled in place and handed out as a view: no copy, no 2\u00d7 peak), then chunks again
 * if the estimate was short; finish() concatenates only then.
 */
class Chunks {
    make;
    chunks = [];
    cur;
    pos = 0;
    length = 0;
    constructor(make) {
        this.make = make;
        this.cur = make(0);
    }
    push(x) {
        if (this.pos === this.cur.length)
            this.next();
        this.cur[this.pos++] = x;
        this.length++;
    }
    next() {
        if (this.cur.length > 0)
            this.chunks.push(this.cur);
        this.cur = this.make(CHUNK);
        this.pos = 0;
    }
    /** Room for `rows` values in one array (when nothing is chunked yet and it is more than now). */
    reserve(rows) {
        if (this.chunks.length > 0 || rows <= this.cur.length)
            return;
        const big = this.make(rows);
        big.set(this.cur.subarray(0, this.pos));
        this.cur = big;
    }
    /** One array of `length` values; the chunks are released (pushing again starts a new array). */
    finish() {
        let out;
        if (this.chunks.length === 0) {
            // A view when the reservation was about right; a copy when it was far too big.
            if (this.pos === this.cur.length)
                out = this.cur;
            else if (this.cur.length <= CHUNK || this.pos >= 0.9 * this.cur.length)
                out = this.cur.subarray(0, this.pos);
            else
                out = this.cur.slice(0, this.pos);
        }
        else {
            out = this.make(this.length);
            let at = 0;
            for (const c of this.chunks) {
                out.set(c, at);
                at += c.length;
            }
            out.set(this.cur.subarray(0, this.pos), at);
        }
        this.chunks = [];
        this.cur = this.make(0);
        this.pos = 0;
        this.length = 0;
        return out;
    }
}
/**
 * Text \u2192 code dictionary in order of first appearance, found by the string or by its UTF-8 bytes
 * (open addressing on FNV-1a over the bytes, in typed arrays; grows at half load).
 */
class Dict {
    texts = [];
    index = new Map();
    slots = new Int32Array(256); // code + 1; 0 = empty
    arena = new Uint8Array(4096);
    used = 0;
    starts = new Int32Array(64);
    hashes = new Int32Array(64);
    code(s) {
        const k = this.index.get(s);
        if (k !== undefined)
            return k;
        const b = Buffer.from(s, 'utf8');
        return this.add(s, b, 0, b.length, hashBytes(b, 0, b.length));
    }
    /** Code of the text in UTF-8 bytes [s, e) (valid UTF-8). */
    codeBytes(b, s, e) {
        let h = 0x811c9dc5;
        for (let i = s; i < e; i++)
            h = Math.imul(h ^ b[i], 0x01000193);
        const slots = this.slots;
        const mask = slots.length - 1;
        const len = e - s;
        const arena = this.arena;
        for (let slot = h & mask;; slot = (slot + 1) & mask) {
            const k1 = slots[slot];
            if (k1 === 0)
                break;
            const k = k1 - 1;
            if (this.hashes[k] !== h)
                continue;
            const a = this.starts[k];
            if (this.starts[k + 1] - a !== len)
                continue;
            let i = 0;
            while (i < len && arena[a + i] === b[s + i])
                i++;
            if (i === len)
                return k;
        }
        return this.add(b.toString('utf8', s, e), b, s, e, h);
    }
    add(text, b, s, e, h) {
        const k = this.texts.length;
        this.texts.push(text);
        this.index.set(text, k);
        const len = e - s;
        if (this.used + len > this.arena.length) {
            const bigger = new Uint8Array(Math.max(this.arena.length * 2, this.used + len));
            bigger.set(this.arena.subarray(0, this.used));
            this.arena = bigger;
        }
        this.arena.set(b.subarray(s, e), this.used);
        if (k + 2 > this.starts.length) {
            const st = new Int32Array(this.starts.length * 2);
            st.set(this.starts);
            this.starts = st;
            const hs = new Int32Array(this.hashes.length * 2);
            hs.set(this.hashes);
            this.hashes = hs;
        }
        this.starts[k] = this.used;
        this.used += len;
        this.starts[k + 1] = this.used;
        this.hashes[k] = h;
        if (2 * (k + 1) > this.slots.length)
            this.rehash();
        else
            this.place(k, h);
        return k;
    }
    place(k, h) {
        const mask = this.slots.length - 1;
        let slot = h & mask;
        while (this.slots[slot] !== 0)
            slot = (slot + 1) & mask;
        this.slots[slot] = k + 1;
    }
    rehash() {
        this.slots = new Int32Array(this.slots.length * 2);
        for (let k = 0; k < this.texts.length; k++)
            this.place(k, this.hashes[k]);
    }
}
function hashBytes(b, s, e) {
    let h = 0x811c9dc5;
    for (let i = s; i < e; i++)
        h = Math.imul(h ^ b[i], 0x01000193);
    return h;
}
class ColumnBuilder {
    kind;
    n = 0;
    nums;
    other = new Map();
    lossy = false;
    nonCanonical = 0;
    nonMissing = 0;
    nonNumber = 0;
    codes;
    dict;
    /** Rows expected (0: unknown): storage is reserved for them. */
    hint = 0;
    reserve(rows) {
        this.hint = rows;
        this.nums?.reserve(rows);
        this.codes?.reserve(rows);
    }
    constructor(text) {
        this.kind = text ? 'text' : 'number';
        if (text)
            this.toText();
        else
            this.nums = new Chunks((k) => new Float64Array(k));
    }
    /** Rows [n, r) become missing (a JSON column first seen at row r). */
    padTo(r) {
        while (this.n < r)
            this.pushMissing();
    }
    pushMissing() {
        if (this.kind === 'number')
            this.nums.push(Number.NaN);
        else
            this.codes.push(-1);
        this.n++;
    }
    /** A number; `raw` is the text as read when it is not String(x) (undefined: canonical or not text). */
    pushNumber(x, raw) {
        this.nonMissing++;
        if (this.kind === 'number') {
            if (raw !== undefined) {
                if (this.nonCanonical < NON_CANONICAL_CAP) {
                    this.nonCanonical++;
                    this.other.set(this.n, raw);
                }
                else
                    this.lossy = true;
            }
            this.nums.push(x);
        }
        else
            this.codes.push(this.dict.code(raw ?? String(x)));
        this.n++;
    }
    /** A non-missing value that is not a number, as text. */
    pushText(s) {
        this.nonMissing++;
        if (this.kind === 'number') {
            this.other.set(this.n, s);
            this.nums.push(Number.NaN);
            this.n++;
            if (++this.nonNumber > SWITCH_MIN && this.nonNumber > SWITCH_SHARE * this.nonMissing)
                this.toText();
            return;
        }
        this.codes.push(this.dict.code(s));
        this.n++;
    }
    /** A text cell as read (CSV/TSV field, JSON string). */
    pushString(s) {
        if ((0,missing/* isMissingText */.wF)(s))
            return this.pushMissing();
        if (this.kind === 'text') {
            this.nonMissing++;
            this.codes.push(this.dict.code(s));
            this.n++;
            return;
        }
        const x = numberOfText(s);
        if (x === x)
            this.pushNumber(x, String(x) === s ? undefined : s);
        else
            this.pushText(s);
    }
    /** A CSV/TSV field: UTF-8 bytes [s, e) of `b`, as read (valid UTF-8). */
    pushBytes(b, s, e) {
        if (s === e)
            return this.pushMissing();
        const first = b[s];
        const last = b[e - 1];
        if (first <= 0x20 || first >= 0x80 || last <= 0x20 || last >= 0x80)
            return this.pushString(b.toString('utf8', s, e));
        if (this.kind === 'number') {
            const x = parseCellBytes(b, s, e);
            if (x === x) {
                if (CANONICAL) {
                    this.nonMissing++;
                    this.nums.push(x);
                    this.n++;
                    return;
                }
                return this.pushNumber(x, b.toString('latin1', s, e));
            }
            if ((0,missing/* isMissingBytes */.sg)(b, s, e))
                return this.pushMissing();
            return this.pushText(b.toString('utf8', s, e));
        }
        if ((0,missing/* isMissingBytes */.sg)(b, s, e))
            return this.pushMissing();
        this.nonMissing++;
        this.codes.push(this.dict.codeBytes(b, s, e));
        this.n++;
    }
    /** A page of Parquet doubles (rows [0, rows) of `values`; nulls[i] 1 = missing). */
    pushDoubles(values, nulls, rows) {
        if (this.kind === 'number') {
            const nums = this.nums;
            let present = 0;
            for (let i = 0; i < rows; i++) {
                const x = values[i];
                if ((nulls !== undefined && nulls[i] !== 0) || x !== x)
                    nums.push(Number.NaN);
                else {
                    nums.push(x);
                    present++;
                }
            }
            this.nonMissing += present;
            this.n += rows;
            return;
        }
        for (let i = 0; i < rows; i++) {
            const x = values[i];
            if ((nulls !== undefined && nulls[i] !== 0) || x !== x)
                this.pushMissing();
            else
                this.pushNumber(x, undefined);
        }
    }
    pageDict;
    /** Per entry of pageDict: 0 missing, 1 number (canonical), 2 number (raw text differs), 3 text. */
    pageKind = new Uint8Array(0);
    pageNum = new Float64Array(0);
    /** Per entry: code in this.dict, or -2 not yet looked up (text columns). */
    pageCode = new Int32Array(0);
    /** A page of dictionary-encoded Parquet text: indices into `texts`, -1 = missing. */
    pushDictPage(texts, indices, rows) {
        if (this.pageDict !== texts) {
            this.pageDict = texts;
            const m = texts.length;
            this.pageKind = new Uint8Array(m);
            this.pageNum = new Float64Array(m);
            this.pageCode = new Int32Array(m).fill(-2);
            for (let k = 0; k < m; k++) {
                const t = texts[k];
                if ((0,missing/* isMissingText */.wF)(t))
                    continue;
                const x = numberOfText(t);
                if (x === x) {
                    this.pageNum[k] = x;
                    this.pageKind[k] = String(x) === t ? 1 : 2;
                }
                else
                    this.pageKind[k] = 3;
            }
        }
        const kind = this.pageKind;
        for (let i = 0; i < rows; i++) {
            const k = indices[i];
            if (this.kind === 'text') {
                if (k < 0 || kind[k] === 0) {
                    this.codes.push(-1);
                    this.n++;
                    continue;
                }
                let code = this.pageCode[k];
                if (code === -2)
                    code = this.pageCode[k] = this.dict.code(texts[k]);
                this.codes.push(code);
                this.nonMissing++;
                this.n++;
                continue;
            }
            if (k < 0)
                this.pushMissing();
            else {
                const kk = kind[k];
                if (kk === 0)
                    this.pushMissing();
                else if (kk === 1)
                    this.pushNumber(this.pageNum[k], undefined);
                else if (kk === 2)
                    this.pushNumber(this.pageNum[k], texts[k]);
                else
                    this.pushText(texts[k]);
            }
        }
    }
    /** A JS value from JSON or Parquet (null = missing; Date \u2192 ISO text; objects \u2192 JSON text). */
    pushValue(v) {
        if (v === null || v === undefined)
            return this.pushMissing();
        switch (typeof v) {
            case 'string':
                return this.pushString(v);
            case 'number':
                return v === v ? this.pushNumber(v, undefined) : this.pushMissing();
            case 'bigint':
                return this.pushNumber(Number(v), undefined);
            case 'boolean':
                return this.pushText(v ? 'true' : 'false');
            default:
                if (v instanceof Date) {
                    const t = v.getTime();
                    return t === t ? this.pushText(v.toISOString()) : this.pushMissing();
                }
                return this.pushText(typeof v === 'object' ? jsonText(v) : String(v));
        }
    }
    /** Switch to dictionary codes, converting the rows held so far. */
    toText() {
        this.kind = 'text';
        this.dict = new Dict();
        this.codes = new Chunks((k) => new Int32Array(k));
        if (this.hint > 0)
            this.codes.reserve(this.hint);
        if (!this.nums)
            return;
        const nums = this.nums.finish();
        this.nums = undefined;
        for (let r = 0; r < this.n; r++) {
            const raw = this.other.get(r);
            if (raw !== undefined)
                this.codes.push(this.dict.code(raw));
            else {
                const x = nums[r];
                this.codes.push(x === x ? this.dict.code(String(x)) : -1);
            }
        }
        this.other = new Map();
        this.lossy = false;
    }
    finish() {
        if (this.kind === 'number') {
            const col = { kind: 'number', values: this.nums.finish(), other: this.other };
            if (this.lossy)
                col.lossy = true;
            return col;
        }
        return { kind: 'text', codes: this.codes.finish(), dict: this.dict.texts };
    }
}
/** Set by parseCellBytes: whether the text is exactly String(x) of the number it returned. */
let CANONICAL = false;
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** Whether the text the last parseCellBytes call parsed as a number is String(x) exactly. */
function lastCellCanonical() {
    return CANONICAL;
}
/**
 * The number in ASCII bytes [s, e) (no surrounding whitespace), or NaN; one pass that also sets
 * CANONICAL. [-]digits[.digits] with at most 15 digits is parsed here (mantissa / 10^k: correctly
 * rounded, the same double as Number(text)); anything else (exponent, '+', more digits) by
 * parseNumberBytes and a string comparison.
 */
function parseCellBytes(b, s, e) {
    let i = s;
    let c = b[i];
    let neg = false;
    if (c === 45) {
        neg = true;
        i++;
    }
    const intStart = i;
    let mant = 0;
    while (i < e) {
        c = b[i];
        if (c < 48 || c > 57)
            break;
        mant = mant * 10 + (c - 48);
        i++;
    }
    const intLen = i - intStart;
    let frac = 0;
    let canon = intLen > 0 && (intLen === 1 || b[intStart] !== 48);
    if (i < e && b[i] === 46) {
        i++;
        const fracStart = i;
        while (i < e) {
            c = b[i];
            if (c < 48 || c > 57)
                break;
            mant = mant * 10 + (c - 48);
            i++;
        }
        frac = i - fracStart;
        if (frac === 0 || b[i - 1] === 48)
            canon = false;
    }
    if (i !== e || intLen + frac > 15 || intLen + frac === 0) {
        // exponent, '+', many digits, or not a number: the general parser, then compare the text
        const x = (0,profile/* parseNumberBytes */.oX)(b, s, e);
        CANONICAL = x === x && String(x) === b.toString('latin1', s, e);
        return x;
    }
    let x = frac === 0 ? mant : mant / POW10[frac];
    if (neg) {
        x = -x;
        if (mant === 0)
            canon = false; // "-0": String gives "0"
    }
    if (canon && frac > 0 && x < 1e-6 && x > -1e-6)
        canon = false; // String writes these with an exponent
    CANONICAL = canon;
    return x;
}
function jsonText(v) {
    try {
        return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? Number(x) : x)) ?? String(v);
    }
    catch {
        return String(v);
    }
}
/** Columns (of the file's, in file order) to keep, checked against `wanted` when `final`. */
function selectColumns(path, present, wanted, final) {
    if (!wanted)
        return present.map((_, i) => i);
    const set = new Set(wanted);
    if (final) {
        const have = new Set(present);
        const missing = wanted.filter((w) => !have.has(w));
        if (missing.length > 0) {
            throw new errors.UsageError(`${path}: column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} not found; the file has ${present.map((p) => `"${p}"`).join(', ')}; check the column names (they are case-sensitive)`);
        }
    }
    const out = [];
    for (let i = 0; i < present.length; i++)
        if (set.has(present[i]))
            out.push(i);
    return out;
}
/** The records' bytes of a batch (CSV/TSV/JSONL), copied into one growing buffer. */
class RawBuilder {
    bytes = Buffer.allocUnsafe(1 << 16);
    used = 0;
    starts = new Chunks((k) => new Int32Array(k));
    ends = new Chunks((k) => new Int32Array(k));
    room(len) {
        if (this.used + len <= this.bytes.length)
            return;
        const bigger = Buffer.allocUnsafe(Math.max(Math.ceil(this.bytes.length * 1.5), this.used + len));
        this.bytes.copy(bigger, 0, 0, this.used);
        this.bytes = bigger;
    }
    addBytes(b, s, e) {
        this.room(e - s);
        this.starts.push(this.used);
        b.copy(this.bytes, this.used, s, e);
        this.used += e - s;
        this.ends.push(this.used);
    }
    addText(t) {
        const len = Buffer.byteLength(t);
        this.room(len);
        this.starts.push(this.used);
        this.bytes.write(t, this.used);
        this.used += len;
        this.ends.push(this.used);
    }
    finish() {
        return { bytes: new Uint8Array(this.bytes.buffer, this.bytes.byteOffset, this.used), start: this.starts.finish(), end: this.ends.finish() };
    }
}
/**
 * A table (or a batch) being read: the file's columns, a builder per kept column (undefined for
 * skipped ones, indexed by file column), lines, and optionally the records' raw bytes.
 */
class Assembler {
    path;
    format;
    wanted;
    textSet;
    batchRows;
    withRaw;
    fileColumns = [];
    slots = [];
    lines = new Chunks((k) => new Int32Array(k));
    n = 0;
    total = 0;
    raw;
    header;
    want;
    constructor(path, format, wanted, textSet, batchRows, withRaw) {
        this.path = path;
        this.format = format;
        this.wanted = wanted;
        this.textSet = textSet;
        this.batchRows = batchRows;
        this.withRaw = withRaw;
        this.want = wanted ? new Set(wanted) : undefined;
        if (withRaw)
            this.raw = new RawBuilder();
    }
    /** The file's columns so far (a longer list adds columns at the end: JSON keys seen later). `final`: check `wanted` now. */
    setColumns(cols, final) {
        if (final)
            selectColumns(this.path, cols, this.wanted, true);
        for (let i = this.fileColumns.length; i < cols.length; i++) {
            if (this.want && !this.want.has(cols[i]))
                this.slots.push(undefined);
            else {
                const b = new ColumnBuilder(this.textSet.has(cols[i]));
                if (this.hint > 0)
                    b.reserve(this.hint);
                b.padTo(this.n);
                this.slots.push(b);
            }
        }
        this.fileColumns = cols.length > this.fileColumns.length ? cols.slice() : this.fileColumns;
    }
    /** Rows expected in this table: storage for them is reserved now (one array per column). */
    reserve(rows) {
        for (const b of this.slots)
            b?.reserve(rows);
        this.lines.reserve(rows);
        this.hint = rows;
    }
    hint = 0;
    endRow(line) {
        this.lines.push(line);
        this.n++;
        this.total++;
    }
    /** The rows read since the last flush as a table; builders start again empty. */
    flush() {
        const keep = [];
        for (let i = 0; i < this.slots.length; i++)
            if (this.slots[i])
                keep.push(i);
        const columns = [];
        for (const i of keep) {
            const b = this.slots[i];
            b.padTo(this.n);
            columns.push(b.finish());
            this.slots[i] = new ColumnBuilder(this.textSet.has(this.fileColumns[i]));
        }
        const t = {
            file: this.path,
            format: this.format,
            names: keep.map((i) => this.fileColumns[i]),
            columns,
            n: this.n,
            lines: this.lines.finish(),
            positions: keep.map((i) => i + 1),
        };
        if (this.raw) {
            t.raw = this.raw.finish();
            this.raw = new RawBuilder();
        }
        if (this.header)
            t.header = this.header;
        this.n = 0;
        return t;
    }
}
/** Rows a file of `totalBytes` likely holds, from `rows` rows in `bytes` bytes, 3% over (storage is reserved for them). */
function estimateRows(totalBytes, rows, bytes) {
    return Math.ceil(((totalBytes * rows) / bytes) * 1.03) + 1024;
}

;// CONCATENATED MODULE: ./src/data/table-csv.js
/**
 * CSV/TSV into columns: validate's byte-level reader (readDelimitedParts) cuts the file at record
 * ends; records without quotes, and records whose quoted fields are well formed, are tokenized here
 * from bytes straight into the column builders (numbers parsed from bytes, text looked up in the
 * dictionary by its bytes: no string per cell); a piece with any other use of quotes comes parsed
 * by papaparse as strings (its errors and readings are readTable's).
 */



/**
 * Tokenize lines from cursor.pos until `end` or until the batch is full. The lines hold no
 * quote; each ends with "\n".
 */
function consumeBytes(a, cur, buf, end, delim, path) {
    const slots = a.slots;
    const nCols = slots.length;
    const raw = a.raw;
    const limit = a.batchRows;
    let pos = cur.pos;
    let line = cur.line;
    while (pos < end && a.n < limit) {
        const nl = buf.indexOf(10, pos);
        const next = nl + 1;
        let le = nl;
        if (le > pos && buf[le - 1] === 13)
            le--;
        if (le === pos && nCols > 1) {
            pos = next;
            line++;
            continue; // a blank line (with one column it is a row with one empty cell, as readTable reads it)
        }
        let s = pos;
        let c = 0;
        for (let i = pos; i < le; i++) {
            if (buf[i] === delim) {
                if (c < nCols) {
                    const b = slots[c];
                    if (b !== undefined)
                        b.pushBytes(buf, s, i);
                }
                c++;
                s = i + 1;
            }
        }
        if (c < nCols) {
            const b = slots[c];
            if (b !== undefined)
                b.pushBytes(buf, s, le);
        }
        c++;
        if (c !== nCols) {
            cur.pos = pos;
            cur.line = line;
            const row = buf.toString('utf8', pos, le).split(String.fromCharCode(delim));
            throw (0,read/* raggedRowError */.Th)(path, String.fromCharCode(delim), line, row, nCols);
        }
        if (raw !== undefined)
            raw.addBytes(buf, pos, le);
        a.endRow(line);
        pos = next;
        line++;
    }
    cur.pos = pos;
    cur.line = line;
}
/** Field bounds of one quoted record: which buffer (0: the part, 1: the unescape scratch), start, end. */
const F_WHICH = [];
const F_START = [];
const F_END = [];
let scratch = Buffer.allocUnsafe(1 << 16);
/**
 * Tokenize well-quoted records (wellQuotedEnd said so) from cursor.pos until `end` or until the
 * batch is full: quoted fields unescaped ("" \u2192 ") into a scratch buffer, then every field pushed
 * from bytes as in consumeBytes. The last field loses one trailing "\r" (as readTable strips it).
 */
function consumeQuoted(a, cur, buf, end, delim, path) {
    const slots = a.slots;
    const nCols = slots.length;
    const raw = a.raw;
    const limit = a.batchRows;
    let pos = cur.pos;
    let line = cur.line;
    while (pos < end && a.n < limit) {
        const recLine = line;
        let i = pos;
        let k = 0;
        let used = 0;
        for (;;) {
            if (buf[i] === 34) {
                i++;
                const from = used;
                for (;;) {
                    const c = buf[i];
                    if (c === 34) {
                        if (buf[i + 1] === 34) {
                            if (used + 1 > scratch.length)
                                scratch = growScratch(scratch, used + 1);
                            scratch[used++] = 34;
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (c === 10)
                        line++;
                    if (used + 1 > scratch.length)
                        scratch = growScratch(scratch, used + 1);
                    scratch[used++] = c;
                    i++;
                }
                F_WHICH[k] = 1;
                F_START[k] = from;
                F_END[k] = used;
            }
            else {
                const from = i;
                while (buf[i] !== delim && buf[i] !== 10)
                    i++;
                F_WHICH[k] = 0;
                F_START[k] = from;
                F_END[k] = i;
            }
            k++;
            if (buf[i] === delim) {
                i++;
                continue;
            }
            break; // at "\n" or "\r\n" (wellQuotedEnd checked)
        }
        let recEnd = i;
        if (buf[i] === 13)
            i++;
        // i is at "\n"
        const next = i + 1;
        const lastBuf = F_WHICH[k - 1] === 1 ? scratch : buf;
        if (F_END[k - 1] > F_START[k - 1] && lastBuf[F_END[k - 1] - 1] === 13) {
            F_END[k - 1]--;
            if (F_WHICH[k - 1] === 0)
                recEnd = F_END[k - 1];
        }
        if (k === 1 && F_END[0] === F_START[0] && nCols > 1) {
            pos = next;
            line++;
            continue; // a blank line
        }
        if (k !== nCols) {
            const row = [];
            for (let f = 0; f < k; f++)
                row.push((F_WHICH[f] === 1 ? scratch : buf).toString('utf8', F_START[f], F_END[f]));
            cur.pos = pos;
            cur.line = recLine;
            throw (0,read/* raggedRowError */.Th)(path, String.fromCharCode(delim), recLine, row, nCols);
        }
        for (let f = 0; f < k; f++) {
            const b = slots[f];
            if (b !== undefined)
                b.pushBytes(F_WHICH[f] === 1 ? scratch : buf, F_START[f], F_END[f]);
        }
        if (raw !== undefined)
            raw.addBytes(buf, pos, recEnd);
        a.endRow(recLine);
        pos = next;
        line++;
    }
    cur.pos = pos;
    cur.line = line;
}
function growScratch(b, need) {
    const bigger = Buffer.allocUnsafe(Math.max(need, b.length * 2));
    b.copy(bigger, 0, 0, b.length);
    return bigger;
}
/** A CSV record for fields (quoted where needed). */
function recordText(row, delimiter) {
    let out = '';
    for (let i = 0; i < row.length; i++) {
        const f = row[i];
        if (i > 0)
            out += delimiter;
        out += f.includes('"') || f.includes(delimiter) || f.includes('\n') || f.includes('\r') ? `"${f.replace(/"/g, '""')}"` : f;
    }
    return out;
}
/** The header line's bytes (no BOM, no terminator) when it holds no quote; else the names joined. */
async function headerBytes(path, columns, delimiter) {
    const head = Buffer.from(await (0,fs.readRange)(path, 0, 1 << 16));
    let s = head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    const nl = head.indexOf(10, s);
    const q = head.indexOf(34, s);
    if (nl !== -1 && (q === -1 || q > nl)) {
        const e = nl > s && head[nl - 1] === 13 ? nl - 1 : nl;
        return new Uint8Array(head.subarray(s, e));
    }
    s = 0;
    return Buffer.from(recordText(columns, delimiter));
}
async function* readDelimitedColumns(path, delimiter, a, onBytes, totalBytes) {
    let estimated = Number.isFinite(a.batchRows);
    const delim = delimiter.charCodeAt(0);
    const cur = { pos: 0, line: 0 };
    let started = false;
    let bytesRead = 0;
    const seeBytes = (b) => {
        bytesRead = b;
        onBytes(b);
    };
    for await (const part of (0,read/* readDelimitedParts */.gu)(path, delimiter, 65536, 1 << 20, seeBytes, true)) {
        const columns = part.kind === 'bytes' ? part.columns : part.batch.columns;
        if (!started) {
            a.setColumns(columns, true);
            if (a.withRaw)
                a.header = await headerBytes(path, columns, delimiter);
            started = true;
        }
        if (part.kind === 'bytes') {
            cur.pos = part.start;
            cur.line = part.firstLine;
            const buf = part.buf;
            const before = a.total;
            const consume = part.quoted ? consumeQuoted : consumeBytes;
            while (cur.pos < part.end) {
                consume(a, cur, buf, part.end, delim, path);
                if (a.n >= a.batchRows)
                    yield a.flush();
            }
            if (!estimated && a.total - before >= 100) {
                a.reserve(estimateRows(totalBytes, a.total - before, part.end - part.start));
                estimated = true;
            }
        }
        else {
            const { rows, lines } = part.batch;
            const slots = a.slots;
            for (let r = 0; r < rows.length; r++) {
                const row = rows[r];
                for (let c = 0; c < slots.length; c++)
                    slots[c]?.pushString(row[c]);
                if (a.raw)
                    a.raw.addText(recordText(row, delimiter));
                a.endRow(lines[r]);
                if (a.n >= a.batchRows)
                    yield a.flush();
            }
            if (!estimated && a.total >= 1000 && bytesRead > 0) {
                // rows parsed so far in the bytes read so far (a part of a line may be unparsed: a small overestimate)
                a.reserve(estimateRows(totalBytes, a.total, bytesRead));
                estimated = true;
            }
        }
    }
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/data/table-json.js
/**
 * JSON Lines and JSON arrays into columns. JSON Lines: the file is cut at line-end bytes, checked
 * as UTF-8 a piece at a time, each line parsed with JSON.parse and its values put straight into
 * the column builders (a key first seen later adds a column, missing before); each record's bytes
 * are kept for batches. JSON arrays: readBatches' records. Errors are readTable's.
 */





/** Put one record's values into the builders (columns it lacks: missing). */
function putRecord(a, obj, index) {
    const n = a.n;
    for (const key in obj) {
        let i = index.get(key);
        if (i === undefined) {
            i = a.fileColumns.length;
            index.set(key, i);
            a.setColumns([...a.fileColumns, key], false);
        }
        const b = a.slots[i];
        if (b !== undefined && b.n === n)
            b.pushValue(obj[key]);
    }
    const slots = a.slots;
    for (let c = 0; c < slots.length; c++) {
        const b = slots[c];
        if (b !== undefined && b.n === n)
            b.pushMissing();
    }
}
async function* readJsonLinesColumns(path, a, onBytes, totalBytes) {
    let estimated = Number.isFinite(a.batchRows);
    const index = new Map();
    const chunkSize = 1 << 20;
    let buf = Buffer.allocUnsafe(2 * chunkSize);
    let carry = 0;
    let line = 1;
    let bytesRead = 0;
    let any = false;
    let first = true;
    const reader = await (0,fs/* openReader */.cE)(path);
    /** Lines [s, e) of buf (e is just after a "\n", or the end of the file). */
    function* take(s, e, last) {
        let pos = s;
        while (pos < e) {
            let nl = buf.indexOf(10, pos);
            if (nl === -1 || nl >= e) {
                if (!last)
                    break;
                nl = e;
            }
            let le = nl;
            if (le > pos && buf[le - 1] === 13)
                le--;
            const text = buf.toString('utf8', pos, le);
            if (text.trim() !== '') {
                putRecord(a, (0,read/* parseJsonLine */.wz)(path, text, line), index);
                if (a.raw)
                    a.raw.addBytes(buf, pos, le);
                a.endRow(line);
                if (a.n >= a.batchRows)
                    yield a.flush();
            }
            line++;
            pos = nl + 1;
        }
    }
    try {
        for (;;) {
            if (buf.length - carry < chunkSize) {
                const bigger = Buffer.allocUnsafe(buf.length * 2);
                buf.copy(bigger, 0, 0, carry);
                buf = bigger;
            }
            const got = await reader.read(buf, carry, chunkSize);
            if (got === 0)
                break;
            any = true;
            bytesRead += got;
            onBytes(bytesRead);
            let len = carry + got;
            if (first) {
                if (len >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
                    buf.copy(buf, 0, 3, len);
                    len -= 3;
                }
                first = false;
            }
            const last = buf.lastIndexOf(10, len - 1);
            if (last === -1) {
                carry = len;
                continue;
            }
            if (!(0,external_node_buffer_.isUtf8)(buf.subarray(0, last + 1)))
                throw await (0,read/* utf8Error */.s3)(path);
            const before = a.total;
            yield* take(0, last + 1, false);
            if (!estimated && a.total - before >= 100) {
                a.reserve(estimateRows(totalBytes, a.total - before, last + 1));
                estimated = true;
            }
            buf.copy(buf, 0, last + 1, len);
            carry = len - last - 1;
        }
        if (!any)
            throw (0,read/* emptyError */.CA)(path);
        if (carry > 0) {
            if (!(0,external_node_buffer_.isUtf8)(buf.subarray(0, carry)))
                throw await (0,read/* utf8Error */.s3)(path);
            yield* take(0, carry, true);
        }
    }
    finally {
        await reader.close();
    }
    if (a.total === 0)
        throw new errors.UsageError(`${path}:1:1: no records; a JSON Lines file holds one JSON object per line`);
}
/** JSON arrays (record numbers as lines) through readBatches' records. */
async function* readJsonArrayColumns(path, a, onBytes) {
    for await (const b of (0,read/* readBatches */.Pu)(path, { format: 'json', batchSize: 8192, onBytes })) {
        if (b.columns.length > a.fileColumns.length)
            a.setColumns(b.columns, false);
        const slots = a.slots;
        for (let r = 0; r < b.rows.length; r++) {
            const row = b.rows[r];
            for (let c = 0; c < slots.length; c++)
                slots[c]?.pushValue(c < row.length ? row[c] : null);
            a.endRow(b.lines[r]);
            if (a.n >= a.batchRows)
                yield a.flush();
        }
    }
}

;// CONCATENATED MODULE: ./src/data/table-types.js
function isNumberColumn(c) {
    return c.kind === 'number';
}
/** Raw value of one cell (null = missing). */
function cellText(c, r) {
    if (c.kind === 'number') {
        const o = c.other.get(r);
        if (o !== undefined)
            return o;
        const x = c.values[r];
        return x === x ? String(x) : null;
    }
    const k = c.codes[r];
    return k < 0 ? null : c.dict[k];
}
/** Rows `idx` of a table (small tables and tests; big paths use index arrays). */
function takeRows(t, idx) {
    return { ...t, columns: t.columns.map((c) => takeColumn(c, idx)), n: idx.length, lines: takeLines(t.lines, idx) };
}
/**
 * takeRows that takes `t` apart as it copies: each column is let go once its rows are copied, and
 * `release()` (a full garbage collection in the CLI) runs after every `every` columns, so the
 * source's memory goes while the copy grows instead of after it (train's holdout at 1M \u00d7 21: a
 * 34 MB copy beside a 168 MB table). `t` is left with no columns and no lines.
 */
function moveRows(t, idx, release, every) {
    const source = t.columns;
    const lines = takeLines(t.lines, idx);
    t.columns = [];
    t.lines = new Int32Array(0);
    const columns = [];
    for (let j = 0; j < source.length; j++) {
        columns.push(takeColumn(source[j], idx));
        source[j] = undefined;
        if ((j + 1) % every === 0 && j + 1 < source.length)
            release();
    }
    return { ...t, columns, n: idx.length, lines };
}
function takeColumn(c, idx) {
    if (c.kind === 'number') {
        const values = new Float64Array(idx.length);
        const other = new Map();
        for (let i = 0; i < idx.length; i++) {
            values[i] = c.values[idx[i]];
            const o = c.other.size > 0 ? c.other.get(idx[i]) : undefined;
            if (o !== undefined)
                other.set(i, o);
        }
        const out = { kind: 'number', values, other };
        if (c.lossy)
            out.lossy = true;
        return out;
    }
    const codes = new Int32Array(idx.length);
    for (let i = 0; i < idx.length; i++)
        codes[i] = c.codes[idx[i]];
    return { kind: 'text', codes, dict: c.dict };
}
function takeLines(lines, idx) {
    const out = new Int32Array(idx.length);
    for (let i = 0; i < idx.length; i++)
        out[i] = lines[idx[i]];
    return out;
}
/** Rows [from, to) of a table: views on its arrays (the dictionary is shared). */
function sliceTable(t, from, to) {
    if (from === 0 && to === t.n)
        return t;
    const columns = t.columns.map((c) => {
        if (c.kind === 'text')
            return { kind: 'text', codes: c.codes.subarray(from, to), dict: c.dict };
        const other = new Map();
        for (const [r, v] of c.other)
            if (r >= from && r < to)
                other.set(r - from, v);
        const out = { kind: 'number', values: c.values.subarray(from, to), other };
        if (c.lossy)
            out.lossy = true;
        return out;
    });
    return { ...t, columns, n: to - from, lines: t.lines.subarray(from, to) };
}

;// CONCATENATED MODULE: ./src/data/table-parquet.js
/**
 * Parquet and Delta into columns through validate's page reader (readParquetColumns): number
 * pages go straight into the Float64Array chunks, dictionary pages into codes (each dictionary
 * entry classified once), other pages value by value. Timestamps and dates become ISO 8601 text
 * (what readTable's Date values print as). Lines are 1-based record numbers.
 */



function isoOf(ms) {
    const d = new Date(ms);
    const t = d.getTime();
    return t === t ? d.toISOString() : undefined;
}
function pushPage(b, page, timestamp) {
    if (page.kind === 'numbers') {
        if (!timestamp)
            return b.pushDoubles(page.values, page.nulls, page.rows);
        for (let i = 0; i < page.rows; i++) {
            const iso = page.nulls && page.nulls[i] ? undefined : isoOf(page.values[i]);
            if (iso === undefined)
                b.pushMissing();
            else
                b.pushText(iso);
        }
    }
    else if (page.kind === 'dict') {
        b.pushDictPage(page.dictionary.texts, page.indices, page.rows);
    }
    else {
        for (let i = 0; i < page.rows; i++) {
            const v = page.values[i];
            if (timestamp && typeof v === 'number') {
                const iso = isoOf(v);
                if (iso === undefined)
                    b.pushMissing();
                else
                    b.pushText(iso);
            }
            else
                b.pushValue(v);
        }
    }
}
/** Rows of the file (its footer) or the Delta snapshot (its add stats); 0 when unknown. */
async function countRows(path, format, totalBytes) {
    try {
        if (format === 'delta') {
            const scan = await __webpack_require__.e(/* import() */ 6934).then(__webpack_require__.bind(__webpack_require__, 66934));
            return scan.countRows(await scan.openDeltaTable(path)) ?? 0;
        }
        const { parquetMetadataAsync } = await Promise.all(/* import() */[__webpack_require__.e(7209), __webpack_require__.e(5787), __webpack_require__.e(6087)]).then(__webpack_require__.bind(__webpack_require__, 26087));
        const meta = await parquetMetadataAsync({ byteLength: totalBytes, slice: (s, e) => (0,fs.readRange)(path, s, e ?? totalBytes) });
        return Number(meta.num_rows);
    }
    catch {
        return 0; // the reader reports what is wrong with the file
    }
}
async function* readParquetTableColumns(path, format, a, onBytes, totalBytes) {
    let started = false;
    let rowsSeen = 0;
    const totalRows = await countRows(path, format, totalBytes);
    let reserved = Number.isFinite(a.batchRows);
    for await (const g of (0,read/* readParquetColumns */.GZ)(path, format)) {
        if (!started) {
            a.setColumns(g.columns, true);
            started = true;
            if (!reserved && totalRows > 0)
                a.reserve(totalRows);
            reserved = true;
        }
        for (let c = 0; c < a.slots.length; c++) {
            const b = a.slots[c];
            if (b === undefined)
                continue;
            const ts = g.timestamps[c];
            await g.readPages(c, (page) => pushPage(b, page, ts));
            b.padTo(a.n + g.rows);
        }
        for (let i = 0; i < g.rows; i++)
            a.endRow(g.rowStart + i + 1);
        rowsSeen += g.rows;
        // Bytes as the share of the rows read (row groups are read whole, one column at a time).
        if (totalRows > 0)
            onBytes(Math.round((totalBytes * Math.min(rowsSeen, totalRows)) / totalRows));
        if (Number.isFinite(a.batchRows) && a.n >= a.batchRows) {
            const t = a.flush();
            for (let s = 0; s < t.n; s += a.batchRows)
                yield sliceTable(t, s, Math.min(t.n, s + a.batchRows));
        }
    }
}

;// CONCATENATED MODULE: ./src/data/table.js
/**
 * The in-memory columnar table every stage reads data into (issue 13; contract in
 * /work/helpers/COLUMNS.md): numbers as Float64Array (NaN = missing or not a number, raw text of
 * odd cells kept sparsely), text as dictionary codes (Int32Array + distinct texts), the line (or
 * record) of every row, and each column's position in the file for file:line:column messages.
 *
 * Missing: a text cell that, trimmed, is one of MISSING_TOKENS (src/data/missing.ts); JSON null.
 * Number: a text cell matching [+-]?(digits[.digits]|.digits)([eE][+-]?digits)? (trimmed), a JSON
 * or Parquet number. Column kind: see ColumnBuilder (src/data/table-build.ts).
 *
 * Readers (byte level, validate's): CSV/TSV src/data/table-csv.ts (records tokenized from bytes,
 * well-quoted fields included: numbers parsed from bytes, text found in the dictionary by its
 * bytes; a piece with any other use of quotes through papaparse, for its exact errors), JSON Lines / JSON arrays src/data/table-json.ts,
 * Parquet / Delta src/data/table-parquet.ts (typed pages). Memory: one array per column, reserved
 * from a row estimate (the first MiB's bytes per row, +3%; Parquet: the footer's count), so no
 * column is copied at the end: \u2248 8 bytes \u00d7 rows \u00d7 number columns + 4 \u00d7 rows \u00d7 (text columns + 1).
 * Timestamps and dates (Parquet/Delta) are text columns of ISO 8601 texts, as readTable printed
 * its Date values.
 */








/** The whole file as columns. */
async function readColumns(path, opts = {}) {
    let out;
    for await (const t of readTables(path, opts, Infinity))
        out = t;
    return out;
}
/** The file in batches of at most `batchRows` rows (default 65536); lines are absolute. */
function readColumnBatches(path, opts = {}) {
    const batchRows = opts.batchRows ?? 65536;
    if (!(batchRows >= 1))
        throw new errors.UsageError(`batchRows must be at least 1, got ${batchRows}`);
    return readTables(path, opts, batchRows);
}
/** Progress reports at most every PROGRESS_MS, plus the final one. */
const PROGRESS_MS = 500;
/** Calls onProgress at most every PROGRESS_MS. */
class ProgressClock {
    fn;
    totalBytes;
    now;
    last;
    constructor(fn, totalBytes, now = Date.now) {
        this.fn = fn;
        this.totalBytes = totalBytes;
        this.now = now;
        this.last = now();
    }
    tick(bytes, rows) {
        if (!this.fn)
            return;
        const now = this.now();
        if (now - this.last < PROGRESS_MS)
            return;
        this.last = now;
        this.fn({ bytes, totalBytes: this.totalBytes, rows, done: false });
    }
    end(rows) {
        this.fn?.({ bytes: this.totalBytes, totalBytes: this.totalBytes, rows, done: true });
    }
}
/** Bytes to read: the file's size, or a Delta snapshot's data files' (their `add` sizes). */
async function totalBytesOf(path, format) {
    if (format !== 'delta')
        return (0,fs.fileSize)(path);
    const { openDeltaTable } = await __webpack_require__.e(/* import() */ 6934).then(__webpack_require__.bind(__webpack_require__, 66934));
    const s = await openDeltaTable(path);
    let total = 0;
    for (const f of s.files)
        total += f.size;
    return total;
}
const RAW_FORMATS = new Set(['csv', 'tsv', 'jsonl']);
/** The reader of every format: batches of at most `batchRows` rows (Infinity: the whole file as one). */
async function* readTables(path, opts, batchRows) {
    const format = (0,read.detectFormat)(path, opts.format);
    const totalBytes = await totalBytesOf(path, format);
    const clock = new ProgressClock(opts.onProgress, totalBytes, opts.now);
    const batched = Number.isFinite(batchRows);
    const a = new Assembler(path, format, opts.columns, new Set(opts.text ?? []), batchRows, batched && RAW_FORMATS.has(format));
    let bytes = 0;
    const onBytes = (b) => {
        bytes = b;
        clock.tick(bytes, a.total);
    };
    let parts;
    switch (format) {
        case 'csv':
        case 'tsv':
            parts = readDelimitedColumns(path, format === 'csv' ? ',' : '\t', a, onBytes, totalBytes);
            break;
        case 'jsonl':
            parts = readJsonLinesColumns(path, a, onBytes, totalBytes);
            break;
        case 'json':
            parts = readJsonArrayColumns(path, a, onBytes);
            break;
        case 'parquet':
        case 'delta':
            parts = readParquetTableColumns(path, format, a, onBytes, totalBytes);
            break;
    }
    for await (const t of parts) {
        yield t;
        clock.tick(bytes, a.total);
    }
    selectColumns(path, a.fileColumns, opts.columns, true);
    if (a.n > 0 || a.total === 0)
        yield a.flush();
    clock.end(a.total);
}


/***/ })

};
