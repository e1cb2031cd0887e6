export const id = 7154;
export const ids = [7154,6587];
export const modules = {

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


/***/ }),

/***/ 36587:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hc: () => (/* binding */ parseDataSchema),
/* harmony export */   stringifyDataSchema: () => (/* binding */ stringifyDataSchema)
/* harmony export */ });
/* unused harmony exports COLUMN_TYPES, DRIFT_TESTS, SEVERITIES, columnRuleSchema, boundProblems, dataSchemaSchema */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33483);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98476);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16986);
/* harmony import */ var _config_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61049);
/**
 * The data contract: a schema YAML (format documented in actions/validate-data/README.md),
 * parsed with `yaml` keeping line numbers and validated with zod. Errors name file:line.
 */




const COLUMN_TYPES = ['int', 'float', 'bool', 'string', 'category', 'datetime'];
const DRIFT_TESTS = ['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi'];
const SEVERITIES = ['error', 'warning'];
const enumWithHint = (values, what) => zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(values, { error: (iss) => `unknown ${what} ${JSON.stringify(iss.input)}; use one of ${values.join(', ')}` });
const bound = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()], { error: (iss) => `must be a number, or ISO 8601 text for a datetime column, got ${JSON.stringify(iss.input)}` });
const driftOverride = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    test: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([enumWithHint(DRIFT_TESTS, 'drift test'), zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('none')]).optional(),
    threshold: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().positive().optional(),
})
    .strict();
const columnRuleSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    type: enumWithHint(COLUMN_TYPES, 'type').optional(),
    required: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional(),
    nullable: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional(),
    mostly: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().min(0).max(1).optional(),
    min: bound.optional(),
    max: bound.optional(),
    categories: zod__WEBPACK_IMPORTED_MODULE_3__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY()])).min(1).optional(),
    regex: zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()
        .refine((s) => {
        try {
            new RegExp(s);
            return true;
        }
        catch {
            return false;
        }
    }, { message: 'not a valid regular expression' })
        .optional(),
    unique: zod__WEBPACK_IMPORTED_MODULE_3__/* .boolean */ .zMY().optional(),
    severity: enumWithHint(SEVERITIES, 'severity').optional(),
    drift: driftOverride.optional(),
    /** Informational, written by --infer. */
    distinct: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative().optional(),
})
    .strict()
    .superRefine((rule, ctx) => {
    for (const message of boundProblems(rule))
        ctx.addIssue({ code: 'custom', path: [message.key], message: message.text });
});
const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
/** Epoch ms of an ISO 8601 date or date-time bound (UTC when no offset), undefined when it is not one. */
function isoDateMs(text) {
    if (!ISO_DATE_RE.test(text))
        return undefined;
    const iso = text.length === 10 ? `${text}T00:00:00Z` : /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text.replace(' ', 'T') : `${text.replace(' ', 'T')}Z`;
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? undefined : ms;
}
/**
 * What is wrong with a column's min/max, if anything: a bound whose kind does not fit the column's
 * type (text on a number, a number on a datetime), a bound on a type that has no order (category,
 * bool), or min greater than max. Each problem names the key, what was expected and the fix.
 */
function boundProblems(rule) {
    const out = [];
    const t = rule.type;
    const keys = ['min', 'max'].filter((k) => rule[k] !== undefined);
    if (keys.length === 0)
        return out;
    const show = (v) => JSON.stringify(v);
    if (t === 'category' || t === 'bool') {
        for (const k of keys)
            out.push({ key: k, text: `${k} does not apply to a ${t} column (its values have no order); remove it${t === 'category' ? ', list the allowed values under "categories"' : ''}, or change the type to int, float, datetime or string` });
        return out;
    }
    const values = {};
    for (const k of keys) {
        const v = rule[k];
        if (t === 'int' || t === 'float') {
            if (typeof v !== 'number') {
                out.push({ key: k, text: `${k} must be a number for a${t === 'int' ? 'n' : ''} ${t} column, got ${show(v)}; write a number (e.g. ${k}: 0) or change the type` });
                continue;
            }
            values[k] = v;
        }
        else if (t === 'datetime') {
            const ms = typeof v === 'string' ? isoDateMs(v) : undefined;
            if (ms === undefined) {
                out.push({ key: k, text: `${k} must be an ISO 8601 date or date-time for a datetime column (e.g. ${k}: '2024-01-31' or '2024-01-31T12:00:00Z'), got ${show(v)}` });
                continue;
            }
            values[k] = ms;
        }
        else if (t === 'string') {
            if (typeof v !== 'string') {
                out.push({ key: k, text: `${k} of a string column is compared as text and must be quoted text, got the number ${show(v)}; quote it (${k}: '${v}') or change the type to int or float` });
                continue;
            }
        }
        else if (typeof v === 'string' && isoDateMs(v) === undefined) {
            out.push({ key: k, text: `${k} ${show(v)} is neither a number nor an ISO 8601 date; write a number, a date like '2024-01-31', or set the column's type` });
            continue;
        }
        else if (typeof v === 'number')
            values[k] = v;
        else
            values[k] = isoDateMs(v);
    }
    if (out.length > 0 || keys.length < 2)
        return out;
    const [lo, hi] = [rule.min, rule.max];
    if (typeof lo !== typeof hi) {
        out.push({ key: 'max', text: `min ${show(lo)} and max ${show(hi)} are not of the same kind (one a number, one text); write both as numbers or both as dates` });
        return out;
    }
    const greater = values.min !== undefined && values.max !== undefined ? values.min > values.max : lo > hi;
    if (greater)
        out.push({ key: 'min', text: `min ${show(lo)} is greater than max ${show(hi)}, so no value could pass; swap them or fix the bound` });
    return out;
}
const policy = zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['error', 'warning', 'ignore'], { error: (iss) => `must be error, warning or ignore, got ${JSON.stringify(iss.input)}` });
const dataSchemaSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1).optional(),
    rows: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ min: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative().optional(), max: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative().optional() })
        .strict()
        .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, { path: ['min'], message: 'min is greater than max, so no dataset could pass; swap them' })
        .optional(),
    'duplicate-rows': policy.optional(),
    'unexpected-columns': policy.optional(),
    drift: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
        share: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().gt(0).max(1).optional(),
        'sample-size': zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().min(100).max(10_000_000).optional(),
        seed: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().optional(),
        test: zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz('auto'), enumWithHint(DRIFT_TESTS, 'drift test')]).optional(),
        /** Severity of the dataset-drift check (default warning). */
        severity: enumWithHint(SEVERITIES, 'severity').optional(),
    })
        .strict()
        .optional(),
    columns: zod__WEBPACK_IMPORTED_MODULE_3__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP(), columnRuleSchema.nullable()).default({}),
})
    .strict();
/** Parse and validate schema text; `file` names it in messages. */
function parseDataSchema(text, file) {
    return (0,_config_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlWithSchema */ .Ku)(text, file, dataSchemaSchema, {
        what: 'schema',
        syntaxHint: '; fix the syntax of the schema',
        spellingHint: '(see the validate-data README for the schema format)',
        checkRaw: (raw) => {
            if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UsageError(`${file}:1: a schema is a mapping with "columns:" (see the validate-data README)`);
        },
    });
}
/** Serialize a schema as YAML with a short header comment. */
function stringifyDataSchema(schema, header = []) {
    const head = header.map((h) => `# ${h}\n`).join('');
    return head + (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(schema, { lineWidth: 0 });
}


/***/ }),

/***/ 85074:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ stableJson),
/* harmony export */   d: () => (/* binding */ canonicalJson)
/* harmony export */ });
/**
 * Canonical JSON: object keys sorted at every level (by UTF-16 code units, as Array#sort), so the
 * same value always gives the same bytes — for digests (model bundle manifest, OCI config and
 * manifest) and reproducible files. Values go through JSON.stringify, toJSON methods included.
 *
 *   canonicalJson({ b: 1, a: { d: 2, c: 3 } })      → '{"a":{"c":3,"d":2},"b":1}'
 *   canonicalJson({ b: 1, a: [] }, 2)               → '{\n  "a": [],\n  "b": 1\n}'
 */
function canonicalJson(value, indent) {
    return JSON.stringify(value, (_key, v) => {
        if (v && typeof v === 'object' && !Array.isArray(v)) {
            const o = v;
            const sorted = {};
            for (const k of Object.keys(o).sort())
                sorted[k] = o[k];
            return sorted;
        }
        return v;
    }, indent);
}
/** canonicalJson, 2-space indented with a trailing newline: the model bundle's JSON files. */
function stableJson(value) {
    return canonicalJson(value, 2) + '\n';
}


/***/ }),

/***/ 17309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  featureSpecs: () => (/* binding */ featureSpecs),
  loadServedModel: () => (/* binding */ loadServedModel),
  readBundleSchema: () => (/* binding */ readBundleSchema)
});

// UNUSED EXPORTS: decileEdges

// EXTERNAL MODULE: ./src/model/bundle.js + 1 modules
var model_bundle = __webpack_require__(19025);
// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(16986);
// EXTERNAL MODULE: ./src/model/mlcart.js
var mlcart = __webpack_require__(89932);
// EXTERNAL MODULE: ./src/model/preprocess.js
var preprocess = __webpack_require__(3749);
;// CONCATENATED MODULE: ./src/model/record-scorer.js
/**
 * Scoring a few records at a time with no per-call allocation: the serving runtime's path (one
 * request = one call). The bundle's preprocessing is compiled once into a row transform
 * (compileRowTransform: the same rules as transformColumns) that writes row-major features into a
 * reused buffer, and the compiled tree(s) walk those rows (leavesOfRows). Results are views into
 * buffers reused by the next call (only the first n entries are this call's): read them before
 * scoring again.
 */



/**
 * Compile a scorer for a bundle's preprocessing and model. A record that fails preprocessing
 * throws a UsageError naming the record (1-based), column, value and what was expected, as
 * scoreRecords does.
 */
function compileRecordScorer(bundle) {
    const transform = (0,preprocess/* compileRowTransform */.c6)(bundle.preprocess);
    const model = bundle.model;
    const stride = Math.max(1, bundle.preprocess.features.length);
    const k = model.nClasses;
    const clf = model.task === 'classification';
    let cap = 0;
    let X = new Float64Array(0);
    let leaves = new Int32Array(0);
    let pred = new Float64Array(0);
    let proba = new Float64Array(0);
    const grow = (n) => {
        cap = Math.max(n, cap * 2, 16);
        X = new Float64Array(cap * stride);
        leaves = new Int32Array(cap);
        pred = new Float64Array(cap);
        if (clf)
            proba = new Float64Array(cap * k);
    };
    return (records) => {
        const n = records.length;
        if (n > cap)
            grow(n);
        for (let r = 0; r < n; r++) {
            const e = transform(records[r], X, r * stride);
            if (e)
                throw new errors.UsageError(`record ${r + 1}: column "${e.column}" is ${JSON.stringify(e.value)}, expected ${e.expected}`);
        }
        const trees = model.trees;
        if (!clf) {
            pred.fill(0, 0, n);
            for (const t of trees) {
                (0,mlcart/* leavesOfRows */.F_)(t, X, n, stride, leaves);
                for (let r = 0; r < n; r++)
                    pred[r] += t.leafValue[leaves[r]];
            }
            if (trees.length > 1)
                for (let r = 0; r < n; r++)
                    pred[r] /= trees.length;
            return { n, predictions: pred };
        }
        if (trees.length === 1) {
            const t = trees[0];
            (0,mlcart/* leavesOfRows */.F_)(t, X, n, stride, leaves);
            for (let r = 0; r < n; r++) {
                const l = leaves[r];
                pred[r] = t.leafClass[l];
                for (let c = 0; c < k; c++)
                    proba[r * k + c] = t.leafProba[l * k + c];
            }
        }
        else {
            proba.fill(0, 0, n * k);
            for (const t of trees) {
                (0,mlcart/* leavesOfRows */.F_)(t, X, n, stride, leaves);
                for (let r = 0; r < n; r++)
                    for (let c = 0; c < k; c++)
                        proba[r * k + c] += t.leafProba[leaves[r] * k + c];
            }
            for (let r = 0; r < n; r++) {
                let best = 0;
                for (let c = 0; c < k; c++) {
                    proba[r * k + c] /= trees.length;
                    if (proba[r * k + c] > proba[r * k + best])
                        best = c;
                }
                pred[r] = best;
            }
        }
        return { n, predictions: pred, probabilities: proba };
    };
}

// EXTERNAL MODULE: ./src/data/schema.js
var schema = __webpack_require__(36587);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/serve/model.js
/**
 * The model as the server sees it: feature specs for validation and metrics, and a score function.
 * loadServedModel adapts a bundle verified by src/model (readBundle checks every sha256 in
 * manifest.json) and scores with src/model's own preprocessing and tree walk (scoreRecords), so
 * serving applies exactly what training fitted. Request types come from the bundle's schema.yml
 * (the data contract inferred at training); drift bins from the deciles of its holdout rows.
 */






const SCHEMA_KIND = { int: 'integer', float: 'number', bool: 'boolean', category: 'category', string: 'string', datetime: 'datetime' };
const PREPROCESS_KIND = { numeric: 'number', boolean: 'boolean', categorical: 'category', datetime: 'datetime' };
/** Deciles (9 inner edges) of the numeric values, deduplicated. */
function decileEdges(values) {
    if (values.length < 10)
        return [];
    const v = Float64Array.from(values).sort();
    const edges = [];
    for (let q = 1; q < 10; q++) {
        const e = v[Math.min(v.length - 1, Math.floor((q * v.length) / 10))];
        if (edges.length === 0 || e > edges[edges.length - 1])
            edges.push(e);
    }
    return edges;
}
/** The bundle's schema.yml (the data contract inferred at training), if it has one. */
async function readBundleSchema(bundle) {
    if (!('schema.yml' in bundle.manifest.files))
        return undefined;
    const text = await (0,promises_.readFile)((0,external_node_path_.join)(bundle.dir, 'schema.yml'), 'utf8');
    if (!/^\s*columns:/m.test(text))
        return undefined; // "# schema inference unavailable"
    return (0,schema/* parseDataSchema */.Hc)(text, (0,external_node_path_.join)(bundle.dir, 'schema.yml'));
}
/** Feature specs: types and nullability from schema.yml, else from the fitted preprocessing. */
function featureSpecs(bundle, schema, holdout) {
    return bundle.preprocess.columns.map((col) => {
        const rule = schema?.columns[col.name] ?? undefined;
        const kind = (rule?.type && SCHEMA_KIND[rule.type]) || PREPROCESS_KIND[col.kind] || 'string';
        // Without a rule saying otherwise, missing values are imputed as in training.
        const nullable = rule ? rule.nullable !== false && rule.required !== true : true;
        const spec = { name: col.name, kind, nullable };
        if (col.categories)
            spec.categories = col.categories;
        if (col.kind === 'numeric' && kind !== 'category' && kind !== 'string') {
            const vals = [];
            for (const r of holdout) {
                const v = r[col.name];
                if (!(0,preprocess/* isMissing */.b2)(v)) {
                    const x = typeof v === 'number' ? v : Number(v);
                    if (Number.isFinite(x))
                        vals.push(x);
                }
            }
            spec.edges = decileEdges(vals);
        }
        return spec;
    });
}
async function loadServedModel(bundleDir) {
    const bundle = await (0,model_bundle.readBundle)(bundleDir, { verify: true });
    const schema = await readBundleSchema(bundle);
    const holdout = 'holdout.jsonl' in bundle.manifest.files ? (await (0,model_bundle.readHoldout)(bundle)).records : [];
    const features = featureSpecs(bundle, schema, holdout);
    const task = bundle.task;
    const metrics = {};
    const holdoutMetrics = (bundle.metrics.holdout ?? {});
    const headline = holdoutMetrics[bundle.headlineMetric] ?? bundle.metrics.headline_value;
    if (typeof headline === 'number')
        metrics[bundle.headlineMetric] = headline;
    for (const k of ['accuracy', 'f1_macro', 'roc_auc', 'rmse', 'mae', 'r2'])
        if (typeof holdoutMetrics[k] === 'number')
            metrics[k] = holdoutMetrics[k];
    let predictionBuckets;
    if (task === 'regression') {
        const ys = holdout.map((r) => Number(r[bundle.target])).filter(Number.isFinite);
        const edges = decileEdges(ys);
        predictionBuckets = edges.length > 0 ? edges : undefined;
    }
    const digest = `sha256:${bundle.digest}`;
    const scorer = compileRecordScorer(bundle);
    return {
        task,
        classes: bundle.classes,
        features,
        version: bundle.digest.slice(0, 12),
        digest,
        predictionBuckets,
        metrics,
        name: typeof bundle.params.name === 'string' ? bundle.params.name : undefined,
        score(records) {
            const out = scorer(records);
            return { n: out.n, index: out.predictions, probabilities: out.probabilities };
        },
    };
}


/***/ }),

/***/ 95388:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rp: () => (/* binding */ SampleLog),
/* harmony export */   wW: () => (/* binding */ SAMPLE_FILE_RE)
/* harmony export */ });
/* unused harmony exports SAMPLE_FILE, sampleFileName */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _data_sample_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87082);
/**
 * The request sample: a bounded, sampled log of the inputs the server scored and the predictions
 * it returned, for the monitor stage (JSON Lines, one row a line):
 *
 *   {"t":"2026-01-05T10:00:00.000Z","input":{"temp_max":12.2,…},"prediction":"rain"}
 *
 * Off by default. Each scored row is kept with probability `rate` (a seeded PRNG unless another
 * random source is injected). Lines are buffered and appended to `<dir>/requests.jsonl` at most
 * every `flushMs` (or when the buffer passes 64 KiB); when that file reaches `maxFileBytes` it is
 * rotated to `requests.1.jsonl` (older ones shift up to `requests.<maxFiles-1>.jsonl`, the oldest
 * is deleted), so the log never holds more than about maxFileBytes × maxFiles bytes. Writing never
 * slows or fails a request: errors are counted and reported through `log`.
 */



const SAMPLE_FILE = 'requests.jsonl';
/** Active file first, then rotated files from newest to oldest. */
function sampleFileName(index) {
    return index === 0 ? SAMPLE_FILE : `requests.${index}.jsonl`;
}
/** Every name the log can use: requests.jsonl, requests.N.jsonl. */
const SAMPLE_FILE_RE = /^requests(?:\.(\d+))?\.jsonl$/;
const BUFFER_LIMIT = 64 * 1024;
class SampleLog {
    dir;
    rate;
    maxFileBytes;
    maxFiles;
    random;
    now;
    log;
    buffer = [];
    bufferBytes = 0;
    fileBytes = -1;
    chain = Promise.resolve();
    timer;
    closed = false;
    /** Rows kept, rows seen, write errors. */
    kept = 0;
    seen = 0;
    errors = 0;
    constructor(opts) {
        if (!(opts.rate >= 0 && opts.rate <= 1))
            throw new RangeError(`sample rate must be in [0, 1], got ${opts.rate}`);
        this.dir = opts.dir;
        this.rate = opts.rate;
        this.maxFileBytes = opts.maxFileBytes ?? 8 * 1024 * 1024;
        this.maxFiles = Math.max(1, opts.maxFiles ?? 4);
        this.random = opts.random ?? (0,_data_sample_js__WEBPACK_IMPORTED_MODULE_2__/* .seededRandom */ .Is)(opts.seed ?? 1);
        this.now = opts.now ?? Date.now;
        this.log = opts.log ?? (() => undefined);
        this.timer = setInterval(() => void this.flush(), opts.flushMs ?? 1000);
        this.timer.unref();
    }
    /** Keep each row with probability `rate`. Cheap: no I/O on the caller's path. */
    record(inputs, predictions) {
        if (this.closed || this.rate === 0) {
            this.seen += inputs.length;
            return;
        }
        let t;
        for (let i = 0; i < inputs.length; i++) {
            this.seen++;
            if (this.rate < 1 && this.random() >= this.rate)
                continue;
            t ??= this.isoNow();
            const line = JSON.stringify({ t, input: inputs[i], prediction: typeof predictions === 'function' ? predictions(i) : predictions[i] }) + '\n';
            this.buffer.push(line);
            this.bufferBytes += Buffer.byteLength(line);
            this.kept++;
        }
        if (this.bufferBytes >= BUFFER_LIMIT)
            void this.flush();
    }
    lastMs = Number.NaN;
    lastIso = '';
    /** The time as ISO text, formatted once per millisecond. */
    isoNow() {
        const ms = this.now();
        if (ms !== this.lastMs) {
            this.lastMs = ms;
            this.lastIso = new Date(ms).toISOString();
        }
        return this.lastIso;
    }
    /** Write what is buffered (serialized: one flush at a time). */
    flush() {
        if (this.buffer.length === 0)
            return this.chain;
        const lines = this.buffer;
        this.buffer = [];
        this.bufferBytes = 0;
        this.chain = this.chain.then(() => this.write(lines)).catch((err) => {
            this.errors++;
            this.log(`request sample: write failed (${err.message}); ${lines.length} sampled row(s) dropped`);
        });
        return this.chain;
    }
    async write(lines) {
        if (this.fileBytes < 0) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(this.dir, { recursive: true });
            this.fileBytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, SAMPLE_FILE)).then((s) => s.size, () => 0);
        }
        // Fill the active file up to the cap, rotate, continue: one line is never split.
        let chunk = [];
        let chunkBytes = 0;
        for (const line of lines) {
            const n = Buffer.byteLength(line);
            if (this.fileBytes + chunkBytes + n > this.maxFileBytes && this.fileBytes + chunkBytes > 0) {
                if (chunk.length > 0)
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, SAMPLE_FILE), chunk.join(''));
                await this.rotate();
                chunk = [];
                chunkBytes = 0;
            }
            chunk.push(line);
            chunkBytes += n;
        }
        if (chunk.length > 0) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, SAMPLE_FILE), chunk.join(''));
            this.fileBytes += chunkBytes;
        }
    }
    async rotate() {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, sampleFileName(this.maxFiles - 1)), { force: true });
        for (let i = this.maxFiles - 2; i >= 0; i--) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, sampleFileName(i)), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, sampleFileName(i + 1))).catch((err) => {
                if (err.code !== 'ENOENT')
                    throw err;
            });
        }
        this.fileBytes = 0;
    }
    /** Flush and stop the timer. */
    async close() {
        this.closed = true;
        clearInterval(this.timer);
        await this.flush();
    }
}


/***/ }),

/***/ 63659:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startServer: () => (/* binding */ startServer)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: ../../node_modules/papaparse/papaparse.js
var papaparse = __webpack_require__(38116);
// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(16986);
// EXTERNAL MODULE: ../../node_modules/prom-client/index.js
var prom_client = __webpack_require__(3890);
;// CONCATENATED MODULE: ./src/serve/metrics.js
/**
 * Prometheus metrics of the serving runtime (prom-client, own registry). Names (stable; the
 * deploy-canary and monitor stages read them):
 *
 *   cd4ml_http_requests_total{route,code}              counter    requests by route and status code
 *   cd4ml_http_request_duration_seconds{route}         histogram  latency (buckets 0.5 ms … 2.5 s)
 *   cd4ml_predictions_total{class}                     counter    predicted classes (classification)
 *   cd4ml_prediction_value                             histogram  predicted values (regression)
 *   cd4ml_rows_total                                   counter    rows scored
 *   cd4ml_feature_observations_total{feature}          counter    non-missing values seen per feature
 *   cd4ml_feature_missing_total{feature}               counter    missing (null/absent) values per feature
 *   cd4ml_feature_sum{feature}                         gauge      sum of numeric values (mean = sum / observations)
 *   cd4ml_feature_bin_total{feature,bin}               counter    numeric values per training-decile bin
 *                                                                 ("0" … "9"; edges in cd4ml_feature_bin_upper),
 *                                                                 categories per value ("__other__" for unseen)
 *   cd4ml_feature_bin_upper{feature,bin}               gauge      upper edge of each numeric bin (+Inf last)
 *   cd4ml_model_info{version,digest,task}              gauge      1, identifies the served bundle
 *   plus prom-client's default process metrics (process_resident_memory_bytes, nodejs_eventloop_lag_seconds, …)
 *
 * Per-row and per-request counts are kept in plain arrays on the hot path and handed to prom-client
 * at scrape time (the request counter and latency histogram as metrics registered with the same
 * names, types and labels prom-client's own Counter and Histogram would give them).
 */

const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
class ServeMetrics {
    opts;
    registry = new prom_client.Registry();
    routes = new Map();
    classCounts;
    predictionHist;
    rows = 0;
    features;
    constructor(opts) {
        this.opts = opts;
        const registers = [this.registry];
        if (opts.defaultMetrics !== false)
            (0,prom_client.collectDefaultMetrics)({ register: this.registry });
        const routes = this.routes;
        this.registry.registerMetric({
            name: 'cd4ml_http_requests_total',
            help: 'HTTP requests by route and status code',
            type: 'counter',
            get: () => {
                const values = [];
                for (const [route, r] of routes)
                    r.codes.forEach((value, code) => values.push({ labels: { route, code: String(code) }, value }));
                return { name: 'cd4ml_http_requests_total', help: 'HTTP requests by route and status code', type: 'counter', values, aggregator: 'sum' };
            },
        });
        this.registry.registerMetric({
            name: 'cd4ml_http_request_duration_seconds',
            help: 'HTTP request latency',
            type: 'histogram',
            get: () => {
                const name = 'cd4ml_http_request_duration_seconds';
                const values = [];
                for (const [route, r] of routes) {
                    let acc = 0;
                    LATENCY_BUCKETS.forEach((le, i) => {
                        acc += r.buckets[i];
                        values.push({ labels: { le }, sharedLabels: { route }, value: acc, metricName: `${name}_bucket` });
                    });
                    values.push({ labels: { le: '+Inf' }, sharedLabels: { route }, value: r.count, metricName: `${name}_bucket` });
                    values.push({ labels: {}, sharedLabels: { route }, value: r.sum, metricName: `${name}_sum` });
                    values.push({ labels: {}, sharedLabels: { route }, value: r.count, metricName: `${name}_count` });
                }
                return { name, help: 'HTTP request latency', type: 'histogram', values, aggregator: 'sum' };
            },
        });
        this.classCounts = new Array((opts.classes ?? []).length).fill(0);
        const self = this;
        if (opts.task === 'classification') {
            new prom_client.Counter({
                name: 'cd4ml_predictions_total',
                help: 'Predicted classes',
                labelNames: ['class'],
                registers,
                collect() {
                    this.reset();
                    self.classCounts.forEach((n, i) => this.inc({ class: opts.classes[i] }, n));
                },
            });
        }
        else {
            this.predictionHist = new prom_client.Histogram({ name: 'cd4ml_prediction_value', help: 'Predicted values', buckets: opts.predictionBuckets ?? [0, 1, 10, 100, 1000, 10000], registers });
        }
        this.features = opts.features.map((spec) => {
            if (spec.kind === 'category' || spec.kind === 'string' || spec.kind === 'boolean') {
                const cats = spec.kind === 'boolean' ? ['false', 'true'] : (spec.categories ?? []);
                return { spec, observations: 0, missing: 0, sum: 0, bins: new Array(cats.length + 1).fill(0), binNames: [...cats, '__other__'], catIndex: new Map(cats.map((c, i) => [c, i])) };
            }
            const edges = spec.edges ?? [];
            return { spec, observations: 0, missing: 0, sum: 0, bins: new Array(edges.length + 1).fill(0), binNames: Array.from({ length: edges.length + 1 }, (_, i) => String(i)) };
        });
        new prom_client.Counter({ name: 'cd4ml_rows_total', help: 'Rows scored', registers, collect() { this.reset(); this.inc(self.rows); } });
        new prom_client.Counter({
            name: 'cd4ml_feature_observations_total',
            help: 'Non-missing values seen per feature',
            labelNames: ['feature'],
            registers,
            collect() {
                this.reset();
                for (const f of self.features)
                    this.inc({ feature: f.spec.name }, f.observations);
            },
        });
        new prom_client.Counter({
            name: 'cd4ml_feature_missing_total',
            help: 'Missing (null or absent) values per feature',
            labelNames: ['feature'],
            registers,
            collect() {
                this.reset();
                for (const f of self.features)
                    this.inc({ feature: f.spec.name }, f.missing);
            },
        });
        new prom_client.Gauge({
            name: 'cd4ml_feature_sum',
            help: 'Sum of numeric feature values (mean = sum / observations)',
            labelNames: ['feature'],
            registers,
            collect() {
                for (const f of self.features)
                    if (!f.catIndex)
                        this.set({ feature: f.spec.name }, f.sum);
            },
        });
        new prom_client.Counter({
            name: 'cd4ml_feature_bin_total',
            help: 'Values per bin: numeric features by training-decile bin, categorical by value (__other__ for unseen)',
            labelNames: ['feature', 'bin'],
            registers,
            collect() {
                this.reset();
                for (const f of self.features)
                    f.bins.forEach((n, i) => this.inc({ feature: f.spec.name, bin: f.binNames[i] }, n));
            },
        });
        new prom_client.Gauge({
            name: 'cd4ml_feature_bin_upper',
            help: 'Upper edge of each numeric feature bin',
            labelNames: ['feature', 'bin'],
            registers,
            collect() {
                for (const f of self.features) {
                    if (f.catIndex)
                        continue;
                    const edges = f.spec.edges ?? [];
                    f.binNames.forEach((b, i) => this.set({ feature: f.spec.name, bin: b }, i < edges.length ? edges[i] : Infinity));
                }
            },
        });
        new prom_client.Gauge({ name: 'cd4ml_model_info', help: 'The served model bundle', labelNames: ['version', 'digest', 'task'], registers }).set({ version: opts.version, digest: opts.digest, task: opts.task }, 1);
    }
    observeRequest(route, code, seconds) {
        let r = this.routes.get(route);
        if (!r)
            this.routes.set(route, (r = { codes: new Map(), buckets: new Float64Array(LATENCY_BUCKETS.length + 1), sum: 0, count: 0 }));
        r.codes.set(code, (r.codes.get(code) ?? 0) + 1);
        let b = 0;
        while (b < LATENCY_BUCKETS.length && seconds > LATENCY_BUCKETS[b])
            b++;
        r.buckets[b]++;
        r.sum += seconds;
        r.count++;
    }
    observeRows(records) {
        this.rows += records.length;
        for (const f of this.features) {
            const name = f.spec.name;
            const edges = f.spec.edges;
            for (let r = 0; r < records.length; r++) {
                const v = records[r][name];
                if (v === null || v === undefined) {
                    f.missing++;
                    continue;
                }
                f.observations++;
                if (f.catIndex) {
                    const i = f.catIndex.get(String(v));
                    f.bins[i === undefined ? f.bins.length - 1 : i]++;
                }
                else {
                    const x = v;
                    f.sum += x;
                    let b = 0;
                    if (edges)
                        while (b < edges.length && x > edges[b])
                            b++;
                    f.bins[b]++;
                }
            }
        }
    }
    /** Class indexes (classification) or values (regression) of the first n entries. */
    observePredictions(predictions, n = predictions.length) {
        if (this.predictionHist)
            for (let i = 0; i < n; i++)
                this.predictionHist.observe(predictions[i]);
        else
            for (let i = 0; i < n; i++)
                this.classCounts[predictions[i]]++;
    }
    get contentType() {
        return this.registry.contentType;
    }
    text() {
        return this.registry.metrics();
    }
}

// EXTERNAL MODULE: ./src/serve/model.js + 1 modules
var serve_model = __webpack_require__(17309);
// EXTERNAL MODULE: ./src/serve/sample-log.js
var sample_log = __webpack_require__(95388);
// EXTERNAL MODULE: ./src/serve/scoring.js
var scoring = __webpack_require__(54720);
// EXTERNAL MODULE: ./src/serve/oip.js
var serve_oip = __webpack_require__(47297);
;// CONCATENATED MODULE: ./src/serve/server.js
/**
 * The serving runtime: a node:http server around one verified model bundle.
 *
 *   POST /predict   JSON object, JSON array of objects, or CSV (text/csv, header row) → predictions
 *                   (+ class probabilities); 400 with per-field errors; X-Model-Version/-Digest headers
 *   GET  /healthz   alive
 *   GET  /readyz    bundle loaded and verified (503 while draining)
 *   GET  /metrics   Prometheus text (see metrics.ts for the names)
 *
 * and the Open Inference Protocol (KServe v2) REST API beside them (oip.ts: names, tensors):
 *
 *   GET  /v2, /v2/health/live, /v2/health/ready
 *   GET  /v2/models/{name}[/versions/{version}], …/ready
 *   POST /v2/models/{name}[/versions/{version}]/infer
 *
 * and, with `grpcPort`, the same protocol over gRPC on a second port (grpc.ts). Every protocol
 * scores through one path (scoring.ts): same validation, metrics and request sample.
 *
 * Every request is answered (4xx with a message for bad input, 500 if scoring itself fails); no
 * request can crash the process. close() stops accepting, drains in-flight requests, then resolves.
 */








const ROUTES = { '/predict': '/predict', '/healthz': '/healthz', '/readyz': '/readyz', '/metrics': '/metrics' };
const ROUTE_LIST = 'POST /predict, GET /healthz, /readyz, /metrics; OIP: GET /v2, /v2/health/live, /v2/health/ready, /v2/models/{name}[/versions/{version}][/ready], POST /v2/models/{name}[/versions/{version}]/infer';
/** A request header from the raw list (the `headers` object is built on first use: the hot path avoids it). */
function rawHeader(req, name) {
    const raw = req.rawHeaders;
    for (let i = 0; i < raw.length; i += 2)
        if (raw[i].length === name.length && raw[i].toLowerCase() === name)
            return raw[i + 1];
    return undefined;
}
/** Read the whole body (at most `limit` bytes), then call `done` once. Callbacks, not a promise: this is the hot path. */
function readBody(req, limit, done) {
    const declared = Number(rawHeader(req, 'content-length'));
    if (declared > limit) {
        done(new scoring/* RequestError */.GI(413, `request body of ${declared} bytes is larger than the limit of ${limit} bytes; send smaller batches`));
        return;
    }
    let first;
    let chunks;
    let size = 0;
    let finished = false;
    const finish = (err, body) => {
        if (finished)
            return;
        finished = true;
        done(err, body);
    };
    req.on('data', (c) => {
        if (finished)
            return;
        size += c.length;
        if (size > limit) {
            finish(new scoring/* RequestError */.GI(413, `request body is larger than the limit of ${limit} bytes; send smaller batches`));
            return;
        }
        if (!first)
            first = c;
        else
            (chunks ??= [first]).push(c);
    });
    req.on('end', () => finish(undefined, chunks ? Buffer.concat(chunks, size) : (first ?? Buffer.alloc(0))));
    req.on('error', (err) => finish(new scoring/* RequestError */.GI(400, `request body could not be read: ${err.message}`)));
    req.on('aborted', () => finish(new scoring/* RequestError */.GI(400, 'request aborted by the client')));
}
function parseRows(body, contentType, maxRows) {
    const type = contentType.split(';')[0].trim().toLowerCase();
    const text = body.toString('utf8');
    if (type === 'text/csv' || type === 'application/csv') {
        const parsed = papaparse.parse(text, { header: true, skipEmptyLines: true });
        if (parsed.errors.length > 0) {
            const e = parsed.errors[0];
            throw new scoring/* RequestError */.GI(400, `invalid CSV at row ${(e.row ?? 0) + 1}: ${e.message}`);
        }
        if (parsed.data.length === 0)
            throw new scoring/* RequestError */.GI(400, 'CSV body has a header but no rows');
        if (parsed.data.length > maxRows)
            throw new scoring/* RequestError */.GI(413, `${parsed.data.length} rows is more than the limit of ${maxRows} per request`);
        return { rows: parsed.data, source: 'csv', single: false };
    }
    if (type !== '' && type !== 'application/json' && !type.endsWith('+json')) {
        throw new scoring/* RequestError */.GI(415, `unsupported content type "${type}"; send application/json (an object or an array of objects) or text/csv`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new scoring/* RequestError */.GI(400, `invalid JSON: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    if (Array.isArray(value)) {
        if (value.length === 0)
            throw new scoring/* RequestError */.GI(400, 'empty array: send at least one object of feature values');
        if (value.length > maxRows)
            throw new scoring/* RequestError */.GI(413, `${value.length} rows is more than the limit of ${maxRows} per request`);
        return { rows: value, source: 'json', single: false };
    }
    if (value !== null && typeof value === 'object')
        return { rows: [value], source: 'json', single: true };
    throw new scoring/* RequestError */.GI(400, `expected a JSON object of feature values or an array of them, got ${value === null ? 'null' : typeof value}`);
}
async function startServer(opts) {
    let model = opts.model;
    if (!model) {
        if (!opts.bundleDir)
            throw new Error('startServer needs bundleDir or model');
        model = await (0,serve_model.loadServedModel)(opts.bundleDir);
    }
    const served = model;
    const maxBody = opts.maxBodyBytes ?? 5 * 1024 * 1024;
    const maxRows = opts.maxRows ?? 10_000;
    const metrics = new ServeMetrics({ features: served.features, task: served.task, classes: served.classes, version: served.version, digest: served.digest, predictionBuckets: served.predictionBuckets });
    const modelInfo = JSON.stringify({ version: served.version, digest: served.digest });
    const oip = (0,serve_oip/* oipModel */.IJ)(served, opts.modelName);
    const serverVersion = opts.serverVersion ?? '0.1.0';
    let ready = true;
    let inFlight = 0;
    const log = opts.log ?? (() => undefined);
    const sampler = opts.sampleLog && opts.sampleLog.rate > 0 ? new sample_log/* SampleLog */.Rp({ log, ...opts.sampleLog }) : undefined;
    const scoreRows = (0,scoring/* createScoringPath */.T3)(served, metrics, sampler);
    const classification = served.task === 'classification';
    const labels = (0,scoring/* labelJson */.x$)(served);
    const k = (served.classes ?? []).length;
    const JSON_TYPE = 'application/json; charset=utf-8';
    const send = (res, route, t0, status, body, contentType = JSON_TYPE, extra) => {
        inFlight--;
        if (res.headersSent || res.destroyed)
            return;
        // While draining, finish this response and close its keep-alive connection.
        if (!ready)
            res.shouldKeepAlive = false;
        // A flat [name, value, …] list: node:http takes it as is, without copying an object.
        const headers = ['content-type', contentType, 'content-length', String(Buffer.byteLength(body)), 'x-model-version', served.version, 'x-model-digest', served.digest];
        if (extra)
            for (const k in extra)
                headers.push(k, extra[k]);
        res.writeHead(status, headers);
        res.end(body);
        metrics.observeRequest(route, status, (performance.now() - t0) / 1e3);
    };
    const sendError = (res, route, t0, status, message, details) => send(res, route, t0, status, JSON.stringify({ error: message, ...(details ? { errors: details } : {}) }), undefined, status === 413 ? { connection: 'close' } : undefined);
    /** OIP health answers: a status and an empty body (required_api.md: "The HTTP response body should be empty"). */
    const sendEmpty = (res, route, t0, status) => send(res, route, t0, status, '', 'text/plain; charset=utf-8');
    const predict = (req, res, t0, body) => {
        const { rows, source } = parseRows(body, rawHeader(req, 'content-type') ?? '', maxRows);
        const { scored } = scoreRows(rows, source);
        let out = `{"model":${modelInfo},"predictions":${(0,scoring/* predictionsJson */.hB)(scored, labels, classification)}`;
        if (classification && scored.probabilities)
            out += `,"probabilities":${(0,scoring/* probabilitiesJson */.O5)(scored, k, true)}`;
        send(res, '/predict', t0, 200, out + '}');
    };
    const infer = (req, res, t0, route, body) => {
        const type = (rawHeader(req, 'content-type') ?? '').split(';')[0].trim().toLowerCase();
        if (type !== '' && type !== 'application/json' && !type.endsWith('+json'))
            throw new scoring/* RequestError */.GI(415, `unsupported content type "${type}"; send an application/json inference request`);
        let value;
        try {
            value = JSON.parse(body.toString('utf8'));
        }
        catch (err) {
            throw new scoring/* RequestError */.GI(400, `invalid JSON: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
        const request = (0,serve_oip/* parseRestInferRequest */.n)(value);
        const rows = (0,serve_oip/* rowsFromTensors */.qB)(request.inputs, served.features, maxRows);
        const outputs = (0,serve_oip/* selectOutputs */.JU)(served, request.outputs);
        const { scored } = scoreRows(rows, 'json');
        let out = `{"model_name":${JSON.stringify(oip.name)},"model_version":"${oip.version}"`;
        if (request.id !== undefined)
            out += `,"id":${JSON.stringify(request.id)}`;
        out += ',"outputs":[';
        outputs.forEach((o, i) => {
            if (i > 0)
                out += ',';
            const data = o.name === 'probabilities' ? (0,scoring/* probabilitiesJson */.O5)(scored, k, false) : (0,scoring/* predictionsJson */.hB)(scored, labels, classification);
            out += `{"name":"${o.name}","datatype":"${o.datatype}","shape":${JSON.stringify((0,serve_oip/* outputShape */.x_)(o, scored.n))},"data":${data}}`;
        });
        send(res, route, t0, 200, out + ']}');
    };
    /** Answer a failed POST: 4xx for the client's mistakes, 500 when scoring itself failed. */
    const failed = (req, res, t0, route, oipStyle) => (err) => {
        if (err instanceof scoring/* RequestError */.GI)
            sendError(res, route, t0, err.status, err.message, oipStyle ? undefined : err.details);
        else if (err instanceof errors.UsageError)
            sendError(res, route, t0, 400, `invalid input: ${err.message}`);
        else {
            log(`${route} failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
            sendError(res, route, t0, 500, `prediction failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
        // Stop reading an oversized or broken body; the response above closes the connection.
        if (!req.complete)
            req.resume();
    };
    /** Read the body, then answer with `fn` (synchronous); every failure is answered by `failed`. */
    const withBody = (req, res, t0, route, oipStyle, fn) => readBody(req, maxBody, (err, body) => {
        if (err)
            return failed(req, res, t0, route, oipStyle)(err);
        try {
            fn(body);
        }
        catch (e) {
            failed(req, res, t0, route, oipStyle)(e);
        }
    });
    /** The OIP REST routes (path starts with /v2). */
    const handleV2 = (req, res, t0, path) => {
        const get = req.method === 'GET' || req.method === 'HEAD';
        if (path === '/v2' || path === '/v2/') {
            if (!get)
                return sendError(res, '/v2', t0, 405, `use GET ${path}`);
            return send(res, '/v2', t0, 200, JSON.stringify({ name: 'cd4ml', version: serverVersion, extensions: [] }));
        }
        if (path === '/v2/health/live' || path === '/v2/health/ready') {
            if (!get)
                return sendError(res, path, t0, 405, `use GET ${path}`);
            return sendEmpty(res, path, t0, path === '/v2/health/live' || ready ? 200 : 400);
        }
        const m = /^\/v2\/models\/([^/]+)(?:\/versions\/([^/]+))?(\/ready|\/infer)?\/?$/.exec(path);
        if (!m) {
            req.resume();
            return sendError(res, 'other', t0, 404, `no route ${path}; routes: ${ROUTE_LIST}`);
        }
        const action = m[3] ?? '';
        const route = `/v2/models/{name}${action}`;
        let name;
        let version;
        try {
            name = decodeURIComponent(m[1]);
            version = m[2] === undefined ? undefined : decodeURIComponent(m[2]);
        }
        catch {
            req.resume();
            return sendError(res, route, t0, 400, `bad percent-encoding in ${path}`);
        }
        const missing = (0,serve_oip/* findModel */.P6)(oip, name, version);
        if (action === '/infer') {
            if (req.method !== 'POST')
                return sendError(res, route, t0, 405, `use POST ${path} with an inference request`);
            if (missing) {
                req.resume();
                return sendError(res, route, t0, 404, missing);
            }
            return withBody(req, res, t0, route, true, (body) => infer(req, res, t0, route, body));
        }
        if (!get)
            return sendError(res, route, t0, 405, `use GET ${path}`);
        if (missing)
            return sendError(res, route, t0, 404, missing);
        if (action === '/ready')
            return sendEmpty(res, route, t0, ready ? 200 : 400);
        return send(res, route, t0, 200, JSON.stringify((0,serve_oip/* modelMetadata */.LK)(oip)));
    };
    const handle = (req, res) => {
        const t0 = performance.now();
        const url = req.url;
        const q = url.indexOf('?');
        const path = q < 0 ? url : url.slice(0, q);
        inFlight++;
        const route = ROUTES[path];
        try {
            if (route === '/predict') {
                if (req.method !== 'POST')
                    return sendError(res, route, t0, 405, 'use POST /predict with a JSON or CSV body');
                return withBody(req, res, t0, route, false, (body) => predict(req, res, t0, body));
            }
            if (route === undefined && path.startsWith('/v2'))
                return handleV2(req, res, t0, path);
            if (req.method !== 'GET' && req.method !== 'HEAD')
                return sendError(res, route ?? 'other', t0, 405, `use GET ${path}`);
            if (route === '/healthz')
                return send(res, route, t0, 200, '{"status":"ok"}');
            if (route === '/readyz')
                return ready ? send(res, route, t0, 200, `{"status":"ready","model":${modelInfo}}`) : sendError(res, route, t0, 503, 'draining: shutting down');
            if (route === '/metrics') {
                metrics.text().then((text) => send(res, route, t0, 200, text, metrics.contentType), (err) => sendError(res, route, t0, 500, `metrics failed: ${(0,errors/* errorMessage */.gJ)(err)}`));
                return;
            }
            req.resume();
            sendError(res, 'other', t0, 404, `no route ${path}; routes: ${ROUTE_LIST}`);
        }
        catch (err) {
            sendError(res, route ?? 'other', t0, 500, `internal error: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    };
    const timeout = opts.requestTimeoutMs ?? 30_000;
    const server = (0,external_node_http_.createServer)({ requestTimeout: timeout, headersTimeout: Math.min(timeout, 20_000), connectionsCheckingInterval: Math.max(100, Math.min(timeout / 4, 5_000)), keepAliveTimeout: 5_000, maxHeaderSize: 16 * 1024 }, handle);
    server.on('clientError', (err, socket) => {
        // Malformed HTTP, header overflow, timeouts: answer when the socket still can, never crash.
        if (socket.writable && !socket._httpMessage?.headersSent) {
            const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
            const body = JSON.stringify({ error: status === 408 ? 'request timed out: the body did not arrive in time' : `bad request: ${err.code ?? err.message}` });
            socket.end(`HTTP/1.1 ${status} ${status === 408 ? 'Request Timeout' : status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nconnection: close\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
        }
        else
            socket.destroy();
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(opts.port ?? 8080, opts.host ?? '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
        });
    });
    const addr = server.address();
    const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
    const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${addr.port}`;
    log(`serving model ${served.version} (${served.digest}) on ${url} (OIP model "${oip.name}")`);
    let grpc;
    if (opts.grpcPort !== undefined) {
        const { startGrpcServer } = await Promise.all(/* import() */[__webpack_require__.e(6277), __webpack_require__.e(4023)]).then(__webpack_require__.bind(__webpack_require__, 54023));
        try {
            grpc = await startGrpcServer({ port: opts.grpcPort, host: opts.host ?? '127.0.0.1', oip, scoreRows, metrics, maxRows, serverVersion, isReady: () => ready });
        }
        catch (err) {
            server.close();
            throw err;
        }
        log(`serving OIP gRPC (inference.GRPCInferenceService) on ${grpc.address}`);
    }
    let closing;
    const close = () => (closing ??= new Promise((resolve) => {
        ready = false;
        const drainMs = opts.drainTimeoutMs ?? 10_000;
        const timer = setTimeout(() => {
            log(`drain timeout: closing ${inFlight} connection(s) still busy`);
            server.closeAllConnections();
        }, drainMs);
        timer.unref();
        const httpClosed = new Promise((done) => server.close(() => {
            clearTimeout(timer);
            done();
        }));
        server.closeIdleConnections();
        Promise.all([httpClosed, grpc?.close(drainMs)]).then(() => {
            if (sampler)
                sampler.close().then(resolve, resolve);
            else
                resolve();
        }, resolve);
    }));
    return { url, port: addr.port, server, model: served, metrics, oip, grpc, close };
}


/***/ })

};
