export const id = 3659;
export const ids = [3659,2516,6587,135];
export const modules = {

/***/ 1049:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ku: () => (/* binding */ parseYamlWithSchema)
/* harmony export */ });
/* unused harmony exports yamlLineOf, formatYamlPath */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3483);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6986);
/**
 * YAML helpers shared by every file the project reads as YAML (cd4ml.yml, data contracts):
 * parse, validate with zod, and name file:line in every error.
 */


/**
 * Line (1-based) of the YAML node at `path` (e.g. ['train', 'max-depth']); for the last step the
 * key itself, where a reader looks. Undefined when the text has no such node at all.
 */
function yamlLineOf(text, path) {
    const counter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: counter });
    let node = doc.contents;
    let offset = node?.range?.[0];
    for (const [i, key] of path.entries()) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((p) => String(p.key?.value) === String(key));
            if (!pair)
                break;
            const last = i === path.length - 1;
            offset = (last ? pair.key?.range?.[0] : (pair.value?.range?.[0] ?? pair.key?.range?.[0])) ?? offset;
            node = pair.value;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof key === 'number') {
            node = node.items[key];
            offset = node?.range?.[0] ?? offset;
        }
        else
            break;
    }
    return offset === undefined ? undefined : counter.linePos(offset).line;
}
/** `train.max-depth`, `columns.price.categories[0]`, or `(root)`. */
function formatYamlPath(path) {
    return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[') || '(root)';
}
/**
 * Parse YAML text and validate it with a zod schema. Errors are UsageErrors that name
 * `file:line:column` for syntax, and `file:line` plus the YAML path for schema problems (an
 * unknown key points at the key itself).
 */
function parseYamlWithSchema(text, file, schema, messages) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN(), prettyErrors: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const pos = e.linePos?.[0];
        const where = pos ? `${file}:${pos.line}:${pos.col}` : file;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: invalid YAML: ${e.message.split('\n')[0]}${messages.syntaxHint}`);
    }
    const raw = doc.toJS() ?? {};
    messages.checkRaw?.(raw);
    const parsed = schema.safeParse(raw);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    const path = issue.path;
    const linePath = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]] : path;
    const line = yamlLineOf(text, linePath);
    const where = line ? `${file}:${line}` : file;
    const detail = issue.code === 'unrecognized_keys'
        ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling ${messages.spellingHint}`
        : issue.message;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${where}: ${messages.what} ${formatYamlPath(path)}: ${detail}`);
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

/***/ 6587:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hc: () => (/* binding */ parseDataSchema),
/* harmony export */   stringifyDataSchema: () => (/* binding */ stringifyDataSchema)
/* harmony export */ });
/* unused harmony exports COLUMN_TYPES, DRIFT_TESTS, SEVERITIES, columnRuleSchema, dataSchemaSchema */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3483);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8476);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6986);
/* harmony import */ var _config_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1049);
/**
 * The data contract: a schema YAML (format documented in actions/validate-data/README.md),
 * parsed with `yaml` keeping line numbers and validated with zod. Errors name file:line.
 */




const COLUMN_TYPES = ['int', 'float', 'bool', 'string', 'category', 'datetime'];
const DRIFT_TESTS = ['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi'];
const SEVERITIES = ['error', 'warning'];
const enumWithHint = (values, what) => zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(values, { error: (iss) => `unknown ${what} ${JSON.stringify(iss.input)}; use one of ${values.join(', ')}` });
const bound = zod__WEBPACK_IMPORTED_MODULE_3__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_3__/* .string */ .YjP()]);
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
    .strict();
const policy = zod__WEBPACK_IMPORTED_MODULE_3__/* ["enum"] */ .k5n(['error', 'warning', 'ignore'], { error: (iss) => `must be error, warning or ignore, got ${JSON.stringify(iss.input)}` });
const dataSchemaSchema = zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_3__/* .literal */ .euz(1).optional(),
    rows: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ min: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative().optional(), max: zod__WEBPACK_IMPORTED_MODULE_3__/* .number */ .aig().int().nonnegative().optional() })
        .strict()
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file}:1: a schema is a mapping with "columns:" (see the validate-data README)`);
        },
    });
}
/** Serialize a schema as YAML with a short header comment. */
function stringifyDataSchema(schema, header = []) {
    const head = header.map((h) => `# ${h}\n`).join('');
    return head + (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(schema, { lineWidth: 0 });
}


/***/ }),

/***/ 2516:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ featureSpecs),
/* harmony export */   loadServedModel: () => (/* binding */ loadServedModel),
/* harmony export */   readBundleSchema: () => (/* binding */ readBundleSchema)
/* harmony export */ });
/* unused harmony export decileEdges */
/* harmony import */ var _model_bundle_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6011);
/* harmony import */ var _model_preprocess_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3749);
/* harmony import */ var _data_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6587);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
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
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(bundle.dir, 'schema.yml'), 'utf8');
    if (!/^\s*columns:/m.test(text))
        return undefined; // "# schema inference unavailable"
    return (0,_data_schema_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDataSchema */ .Hc)(text, (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(bundle.dir, 'schema.yml'));
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
                if (!(0,_model_preprocess_js__WEBPACK_IMPORTED_MODULE_1__/* .isMissing */ .b2)(v)) {
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
    const bundle = await (0,_model_bundle_js__WEBPACK_IMPORTED_MODULE_0__.readBundle)(bundleDir, { verify: true });
    const schema = await readBundleSchema(bundle);
    const holdout = 'holdout.jsonl' in bundle.manifest.files ? (await (0,_model_bundle_js__WEBPACK_IMPORTED_MODULE_0__/* .readHoldout */ .Su)(bundle)).records : [];
    const features = featureSpecs(bundle, schema, holdout);
    const task = bundle.task;
    const classIndex = new Map((bundle.classes ?? []).map((c, i) => [c, i]));
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
    return {
        task,
        classes: bundle.classes,
        features,
        version: bundle.digest.slice(0, 12),
        digest,
        predictionBuckets,
        metrics,
        score(records) {
            const out = (0,_model_bundle_js__WEBPACK_IMPORTED_MODULE_0__/* .scoreRecords */ .$J)(bundle, records);
            const index = task === 'classification' ? Int32Array.from(out.predictions, (p) => classIndex.get(String(p)) ?? 0) : Float64Array.from(out.predictions);
            return { predictions: out.predictions, index, probabilities: out.probabilities };
        },
    };
}


/***/ }),

/***/ 5388:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rp: () => (/* binding */ SampleLog),
/* harmony export */   wW: () => (/* binding */ SAMPLE_FILE_RE)
/* harmony export */ });
/* unused harmony exports SAMPLE_FILE, sampleFileName */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _data_sample_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7082);
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
            const line = JSON.stringify({ t, input: inputs[i], prediction: predictions[i] }) + '\n';
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

/***/ 3659:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startServer: () => (/* binding */ startServer)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: ../../node_modules/papaparse/papaparse.js
var papaparse = __webpack_require__(8116);
// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(6986);
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
 * Per-row counts are kept in plain arrays on the hot path and copied into prom-client at scrape time.
 */

const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
class ServeMetrics {
    opts;
    registry = new prom_client.Registry();
    requests;
    duration;
    durationChild = new Map();
    counterChild = new Map();
    classCounts;
    predictionHist;
    rows = 0;
    features;
    constructor(opts) {
        this.opts = opts;
        const registers = [this.registry];
        if (opts.defaultMetrics !== false)
            (0,prom_client.collectDefaultMetrics)({ register: this.registry });
        this.requests = new prom_client.Counter({ name: 'cd4ml_http_requests_total', help: 'HTTP requests by route and status code', labelNames: ['route', 'code'], registers });
        this.duration = new prom_client.Histogram({ name: 'cd4ml_http_request_duration_seconds', help: 'HTTP request latency', labelNames: ['route'], buckets: LATENCY_BUCKETS, registers });
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
        const key = `${route} ${code}`;
        let c = this.counterChild.get(key);
        if (!c)
            this.counterChild.set(key, (c = this.requests.labels({ route, code: String(code) })));
        c.inc();
        let h = this.durationChild.get(route);
        if (!h)
            this.durationChild.set(route, (h = this.duration.labels({ route })));
        h.observe(seconds);
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
    /** Class indexes (classification) or values (regression). */
    observePredictions(predictions) {
        if (this.predictionHist)
            for (let i = 0; i < predictions.length; i++)
                this.predictionHist.observe(predictions[i]);
        else
            for (let i = 0; i < predictions.length; i++)
                this.classCounts[predictions[i]]++;
    }
    get contentType() {
        return this.registry.contentType;
    }
    text() {
        return this.registry.metrics();
    }
}

// EXTERNAL MODULE: ./src/serve/model.js
var serve_model = __webpack_require__(2516);
// EXTERNAL MODULE: ./src/serve/validate.js
var validate = __webpack_require__(9635);
// EXTERNAL MODULE: ./src/serve/sample-log.js
var sample_log = __webpack_require__(5388);
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
 * Every request is answered (4xx with a message for bad input, 500 if scoring itself fails); no
 * request can crash the process. close() stops accepting, drains in-flight requests, then resolves.
 */







const ROUTES = { '/predict': '/predict', '/healthz': '/healthz', '/readyz': '/readyz', '/metrics': '/metrics' };
class HttpError extends Error {
    status;
    details;
    constructor(status, message, details) {
        super(message);
        this.status = status;
        this.details = details;
    }
}
function readBody(req, limit) {
    return new Promise((resolve, reject) => {
        const declared = Number(req.headers['content-length']);
        if (Number.isFinite(declared) && declared > limit) {
            reject(new HttpError(413, `request body of ${declared} bytes is larger than the limit of ${limit} bytes; send smaller batches`));
            return;
        }
        const chunks = [];
        let size = 0;
        let done = false;
        req.on('data', (c) => {
            if (done)
                return;
            size += c.length;
            if (size > limit) {
                done = true;
                reject(new HttpError(413, `request body is larger than the limit of ${limit} bytes; send smaller batches`));
                return;
            }
            chunks.push(c);
        });
        req.on('end', () => {
            if (!done) {
                done = true;
                resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
            }
        });
        req.on('error', (err) => {
            if (!done) {
                done = true;
                reject(new HttpError(400, `request body could not be read: ${err.message}`));
            }
        });
        req.on('aborted', () => {
            if (!done) {
                done = true;
                reject(new HttpError(400, 'request aborted by the client'));
            }
        });
    });
}
function parseRows(body, contentType, maxRows) {
    const type = contentType.split(';')[0].trim().toLowerCase();
    const text = body.toString('utf8');
    if (type === 'text/csv' || type === 'application/csv') {
        const parsed = papaparse.parse(text, { header: true, skipEmptyLines: true });
        if (parsed.errors.length > 0) {
            const e = parsed.errors[0];
            throw new HttpError(400, `invalid CSV at row ${(e.row ?? 0) + 1}: ${e.message}`);
        }
        if (parsed.data.length === 0)
            throw new HttpError(400, 'CSV body has a header but no rows');
        if (parsed.data.length > maxRows)
            throw new HttpError(413, `${parsed.data.length} rows is more than the limit of ${maxRows} per request`);
        return { rows: parsed.data, source: 'csv', single: false };
    }
    if (type !== '' && type !== 'application/json' && !type.endsWith('+json')) {
        throw new HttpError(415, `unsupported content type "${type}"; send application/json (an object or an array of objects) or text/csv`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        throw new HttpError(400, `invalid JSON: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    if (Array.isArray(value)) {
        if (value.length === 0)
            throw new HttpError(400, 'empty array: send at least one object of feature values');
        if (value.length > maxRows)
            throw new HttpError(413, `${value.length} rows is more than the limit of ${maxRows} per request`);
        return { rows: value, source: 'json', single: false };
    }
    if (value !== null && typeof value === 'object')
        return { rows: [value], source: 'json', single: true };
    throw new HttpError(400, `expected a JSON object of feature values or an array of them, got ${value === null ? 'null' : typeof value}`);
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
    const validator = (0,validate/* compileValidator */.i)(served.features);
    const modelHeaders = { 'x-model-version': served.version, 'x-model-digest': served.digest };
    const modelInfo = JSON.stringify({ version: served.version, digest: served.digest });
    let ready = true;
    let inFlight = 0;
    const log = opts.log ?? (() => undefined);
    const sampler = opts.sampleLog && opts.sampleLog.rate > 0 ? new sample_log/* SampleLog */.Rp({ log, ...opts.sampleLog }) : undefined;
    const send = (res, route, t0, status, body, contentType = 'application/json; charset=utf-8', extra) => {
        if (res.headersSent || res.destroyed)
            return;
        // While draining, finish this response and close its keep-alive connection.
        if (!ready)
            res.shouldKeepAlive = false;
        res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body), ...modelHeaders, ...extra });
        res.end(body);
        metrics.observeRequest(route, status, Number(process.hrtime.bigint() - t0) / 1e9);
    };
    const sendError = (res, route, t0, status, message, details) => send(res, route, t0, status, JSON.stringify({ error: message, ...(details ? { errors: details } : {}) }), undefined, status === 413 ? { connection: 'close' } : undefined);
    const predict = async (req, res, t0) => {
        const body = await readBody(req, maxBody);
        const { rows, source } = parseRows(body, req.headers['content-type'] ?? '', maxRows);
        const { records, errors } = validator.check(rows, source);
        if (errors.length > 0)
            throw new HttpError(400, `invalid input: ${errors.length}${errors.length >= 50 ? '+' : ''} field error(s), e.g. row ${errors[0].row} ${errors[0].field ? `"${errors[0].field}"` : ''}: ${errors[0].message}`, errors);
        const scored = served.score(records);
        metrics.observeRows(records);
        metrics.observePredictions(scored.index);
        sampler?.record(records, scored.predictions);
        let out = `{"model":${modelInfo},"predictions":${JSON.stringify(scored.predictions)}`;
        if (scored.probabilities)
            out += `,"probabilities":${JSON.stringify(scored.probabilities)}`;
        send(res, '/predict', t0, 200, out + '}');
    };
    const handle = (req, res) => {
        const t0 = process.hrtime.bigint();
        const q = req.url.indexOf('?');
        const path = q < 0 ? req.url : req.url.slice(0, q);
        const route = ROUTES[path] ?? 'other';
        inFlight++;
        res.on('close', () => inFlight--);
        try {
            if (route === '/predict') {
                if (req.method !== 'POST')
                    return sendError(res, route, t0, 405, 'use POST /predict with a JSON or CSV body');
                predict(req, res, t0).catch((err) => {
                    if (err instanceof HttpError)
                        sendError(res, route, t0, err.status, err.message, err.details);
                    else if (err instanceof errors/* UsageError */.eb)
                        sendError(res, route, t0, 400, `invalid input: ${err.message}`);
                    else {
                        log(`predict failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
                        sendError(res, route, t0, 500, `prediction failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
                    }
                    // Stop reading an oversized or broken body; the response above closes the connection.
                    if (!req.complete)
                        req.resume();
                });
                return;
            }
            if (req.method !== 'GET' && req.method !== 'HEAD')
                return sendError(res, route, t0, 405, `use GET ${path}`);
            if (route === '/healthz')
                return send(res, route, t0, 200, '{"status":"ok"}');
            if (route === '/readyz')
                return ready ? send(res, route, t0, 200, `{"status":"ready","model":${modelInfo}}`) : sendError(res, route, t0, 503, 'draining: shutting down');
            if (route === '/metrics') {
                metrics.text().then((text) => send(res, route, t0, 200, text, metrics.contentType), (err) => sendError(res, route, t0, 500, `metrics failed: ${(0,errors/* errorMessage */.gJ)(err)}`));
                return;
            }
            req.resume();
            sendError(res, route, t0, 404, `no route ${path}; routes: POST /predict, GET /healthz, /readyz, /metrics`);
        }
        catch (err) {
            sendError(res, route, t0, 500, `internal error: ${(0,errors/* errorMessage */.gJ)(err)}`);
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
    log(`serving model ${served.version} (${served.digest}) on ${url}`);
    let closing;
    const close = () => (closing ??= new Promise((resolve) => {
        ready = false;
        const drainMs = opts.drainTimeoutMs ?? 10_000;
        const timer = setTimeout(() => {
            log(`drain timeout: closing ${inFlight} connection(s) still busy`);
            server.closeAllConnections();
        }, drainMs);
        timer.unref();
        server.close(() => {
            clearTimeout(timer);
            if (sampler)
                sampler.close().then(resolve, resolve);
            else
                resolve();
        });
        server.closeIdleConnections();
    }));
    return { url, port: addr.port, server, model: served, metrics, close };
}


/***/ }),

/***/ 9635:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ compileValidator)
/* harmony export */ });
/* unused harmony export MAX_ERRORS */
/* harmony import */ var _model_preprocess_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3749);

function checkDate(text) {
    return Number.isFinite(Date.parse(text)) ? text : { error: `expected a date/time (ISO 8601), got "${text.length > 40 ? text.slice(0, 40) + '…' : text}"` };
}
/** Parse a CSV cell for a feature ("", NA, null… are missing, as in training). */
function fromText(spec, text) {
    if ((0,_model_preprocess_js__WEBPACK_IMPORTED_MODULE_0__/* .isMissing */ .b2)(text))
        return null;
    switch (spec.kind) {
        case 'number':
        case 'integer': {
            const n = Number(text.trim());
            if (!Number.isFinite(n) || text.trim() === '')
                return { error: `expected a number, got "${text.length > 40 ? text.slice(0, 40) + '…' : text}"` };
            if (spec.kind === 'integer' && !Number.isInteger(n))
                return { error: `expected an integer, got ${text}` };
            return n;
        }
        case 'boolean': {
            const t = text.trim().toLowerCase();
            if (t === 'true' || t === '1')
                return true;
            if (t === 'false' || t === '0')
                return false;
            return { error: `expected true or false, got "${text}"` };
        }
        case 'datetime':
            return checkDate(text);
        default:
            return text;
    }
}
function describe(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'an array';
    if (typeof v === 'object')
        return 'an object';
    if (typeof v === 'string')
        return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
    return `${typeof v} ${String(v)}`;
}
/** Check a JSON value for a feature. */
function fromJson(spec, v) {
    if (v === null || v === undefined)
        return null;
    switch (spec.kind) {
        case 'number':
            if (typeof v === 'number' && Number.isFinite(v))
                return v;
            return { error: `expected a number, got ${describe(v)}` };
        case 'integer':
            if (typeof v === 'number' && Number.isInteger(v))
                return v;
            return { error: `expected an integer, got ${describe(v)}` };
        case 'boolean':
            if (typeof v === 'boolean')
                return v;
            return { error: `expected true or false, got ${describe(v)}` };
        case 'datetime':
            if (typeof v === 'string')
                return checkDate(v);
            if (typeof v === 'number' && Number.isFinite(v))
                return v;
            return { error: `expected a date/time (ISO 8601 string or epoch ms), got ${describe(v)}` };
        default:
            if (typeof v === 'string')
                return v;
            if (typeof v === 'number' || typeof v === 'boolean')
                return String(v);
            return { error: `expected a string, got ${describe(v)}` };
    }
}
/** At most this many errors are reported per request. */
const MAX_ERRORS = 50;
function compileValidator(features) {
    const specs = features.map((f) => ({ ...f }));
    return {
        check(rows, source, limit = MAX_ERRORS) {
            const records = new Array(rows.length);
            const errors = [];
            for (let r = 0; r < rows.length; r++) {
                const row = rows[r];
                if (row === null || typeof row !== 'object' || Array.isArray(row)) {
                    if (errors.length < limit)
                        errors.push({ row: r, field: '', message: `expected an object of feature values, got ${describe(row)}` });
                    continue;
                }
                const obj = row;
                const out = {};
                for (let i = 0; i < specs.length; i++) {
                    const spec = specs[i];
                    const raw = obj[spec.name];
                    const v = source === 'csv' && typeof raw === 'string' ? fromText(spec, raw) : fromJson(spec, raw);
                    if (v !== null && typeof v === 'object') {
                        if (errors.length < limit)
                            errors.push({ row: r, field: spec.name, message: v.error });
                        continue;
                    }
                    if (v === null && !spec.nullable) {
                        if (errors.length < limit)
                            errors.push({ row: r, field: spec.name, message: raw === undefined ? 'missing: this feature is required' : 'null is not allowed: this feature is required' });
                        continue;
                    }
                    out[spec.name] = v;
                }
                records[r] = out;
            }
            return { records, errors };
        },
    };
}


/***/ })

};
