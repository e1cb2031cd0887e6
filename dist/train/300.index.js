export const id = 300;
export const ids = [300];
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

/***/ 4258:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ createRng),
/* harmony export */   k: () => (/* binding */ shuffleInPlace)
/* harmony export */ });
/* harmony import */ var _data_sample_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87082);
/**
 * A tiny seeded pseudo-random generator, so that every random choice in training (holdout split,
 * folds, bootstrap samples, feature subsets) is reproducible from `seed` alone.
 *
 * mulberry32 (Tommy Ettinger, public domain): 32-bit state, period 2^32, passes gjrand/PractRand
 * far enough for sampling rows. Not for cryptography. The generator itself is src/data/sample.ts's
 * seededRandom, shared by every stage.
 */

function createRng(seed) {
    const next = (0,_data_sample_js__WEBPACK_IMPORTED_MODULE_0__/* .seededRandom */ .Is)(seed);
    return { next, int: (n) => Math.floor(next() * n) };
}
/** Fisher–Yates shuffle in place, driven by `rng`. Returns `arr`. */
function shuffleInPlace(arr, rng) {
    for (let i = arr.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        const t = arr[i];
        arr[i] = arr[j];
        arr[j] = t;
    }
    return arr;
}


/***/ }),

/***/ 14590:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c7: () => (/* binding */ applyCandidate),
/* harmony export */   jJ: () => (/* binding */ inProcessRunner),
/* harmony export */   m$: () => (/* binding */ createEvaluator)
/* harmony export */ });
/* unused harmony exports roundRows, foldAssignment, scoreOne */
/* harmony import */ var _bundle_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5888);
/* harmony import */ var _rng_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4258);
/* harmony import */ var _search_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59991);
/* harmony import */ var _train_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4687);




/** A candidate's params applied to the settings. */
function applyCandidate(s, c) {
    const out = { ...s };
    if (c['max-depth'] !== undefined)
        out.maxDepth = c['max-depth'];
    if (c['min-num-samples'] !== undefined)
        out.minNumSamples = c['min-num-samples'];
    if (c['gain-threshold'] !== undefined)
        out.gainThreshold = c['gain-threshold'];
    if (c.model !== undefined)
        out.model = c.model;
    if (c['n-trees'] !== undefined)
        out.nTrees = c['n-trees'];
    if (c['max-features'] !== undefined)
        out.maxFeatures = c['max-features'];
    if (c.encoding !== undefined)
        out.encoding = c.encoding;
    if (c['split-search'] !== undefined)
        out.splitSearch = c['split-search'];
    return out;
}
/** Rows of a halving round: the first `resources` rows of a seeded shuffle of the training split, in file order. */
function roundRows(n, resources, seed) {
    if (resources >= n)
        return Array.from({ length: n }, (_, i) => i);
    const idx = (0,_rng_js__WEBPACK_IMPORTED_MODULE_3__/* .shuffleInPlace */ .k)(Int32Array.from({ length: n }, (_, i) => i), (0,_rng_js__WEBPACK_IMPORTED_MODULE_3__/* .createRng */ .S)((seed + 3) >>> 0));
    return Array.from(idx.subarray(0, resources)).sort((a, b) => a - b);
}
/** Fold of each row: the stratified k-fold assignment train's cross-validation uses (seed + 1). */
function foldAssignment(job, rows) {
    const ti = rows.columns.indexOf(job.settings.target);
    const labels = job.task === 'classification' ? rows.rows.map((r) => (0,_train_js__WEBPACK_IMPORTED_MODULE_2__/* .labelOf */ .Wy)(r[ti])) : rows.rows.map(() => 0);
    return (0,_train_js__WEBPACK_IMPORTED_MODULE_2__/* .stratifiedFolds */ .Cg)(labels, job.folds, (0,_rng_js__WEBPACK_IMPORTED_MODULE_3__/* .createRng */ .S)(job.settings.seed + 1));
}
/** A scorer over one job, with the per-fold preprocessing cache. `now` measures fit time when given. */
function createEvaluator(job, now) {
    let cacheResources = -1;
    let cache = new Map();
    let rowsTable = job.train;
    let fold = new Int32Array(0);
    const file = job.settings.data;
    function foldsFor(resources, s) {
        if (resources !== cacheResources) {
            cache = new Map();
            cacheResources = resources;
            rowsTable = (0,_train_js__WEBPACK_IMPORTED_MODULE_2__/* .subset */ .LE)(job.train, roundRows(job.train.rows.length, resources, job.settings.seed));
            fold = foldAssignment(job, rowsTable);
        }
        const key = s.encoding;
        let data = cache.get(key);
        if (!data) {
            data = [];
            for (let f = 0; f < job.folds; f++) {
                const tr = [];
                const va = [];
                fold.forEach((g, i) => (g === f ? va : tr).push(i));
                const trainRows = (0,_train_js__WEBPACK_IMPORTED_MODULE_2__/* .subset */ .LE)(rowsTable, tr);
                const valRows = (0,_train_js__WEBPACK_IMPORTED_MODULE_2__/* .subset */ .LE)(rowsTable, va);
                const { spec, X, y } = (0,_train_js__WEBPACK_IMPORTED_MODULE_2__/* .preprocessTrain */ .Bz)(s, job.task, job.classes, job.features, trainRows, file);
                const Xv = (0,_train_js__WEBPACK_IMPORTED_MODULE_2__/* .transformOrThrow */ .af)(spec, valRows, file);
                const ti = valRows.columns.indexOf(s.target);
                const yv = (0,_train_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeTarget */ .Ao)(job.task, job.classes, valRows.rows.map((r) => r[ti]));
                data.push({ spec, X, y, Xv, yv, shared: {} });
            }
            cache.set(key, data);
        }
        return data;
    }
    return (t) => {
        const s = applyCandidate(job.settings, t.params);
        // split-search auto is decided by the whole training split, as the refit decides it: every fold
        // and halving round judges a candidate with the trainer its final model will use.
        if (s.splitSearch === 'auto')
            s.splitSearch = job.train.rows.length <= _train_js__WEBPACK_IMPORTED_MODULE_2__/* .EXACT_MAX_ROWS */ .hd ? 'exact' : 'histogram';
        const folds = foldsFor(t.resources, s);
        const scores = [];
        const trainScores = [];
        let nodes = 0;
        let depth = 0;
        let time = 0;
        for (const d of folds) {
            const t0 = now?.() ?? 0;
            const fit = (0,_train_js__WEBPACK_IMPORTED_MODULE_2__/* .growModel */ .Hg)(s, job.task, job.classes, d.spec, d.X, d.y, d.shared);
            time += (now?.() ?? 0) - t0;
            scores.push(scoreOne(job, fit.model, d.Xv, d.yv));
            trainScores.push(scoreOne(job, fit.model, d.X, d.y));
            nodes += fit.nodes;
            depth += fit.depth;
        }
        const { mean, std } = (0,_search_js__WEBPACK_IMPORTED_MODULE_1__/* .meanAndStd */ ._t)(scores);
        return {
            index: t.index,
            params: t.params,
            iteration: t.iteration,
            resources: rowsTable.rows.length,
            fold_scores: scores,
            mean,
            std,
            train_mean: (0,_search_js__WEBPACK_IMPORTED_MODULE_1__/* .meanAndStd */ ._t)(trainScores).mean,
            nodes: nodes / folds.length,
            depth: depth / folds.length,
            fit_time_ms: now ? Math.round(time) : null,
        };
    };
}
/**
 * One metric of a model on columns. accuracy, rmse, mae and r2 are computed directly from the
 * predictions (the same definitions as metrics.ts, checked against it in the tests); any other
 * metric goes through the full metrics.
 */
function scoreOne(job, model, X, y) {
    const fast = ['accuracy', 'rmse', 'mae', 'r2'];
    if (!fast.includes(job.metric))
        return metricOf((0,_train_js__WEBPACK_IMPORTED_MODULE_2__/* .scoreColumns */ .OY)(job.task, job.classes, model, X, y), job.metric);
    const { predictions } = (0,_bundle_js__WEBPACK_IMPORTED_MODULE_0__/* .predictFeatureColumns */ .l3)((0,_bundle_js__WEBPACK_IMPORTED_MODULE_0__/* .compileModel */ .To)(model, job.classes?.length), X, y.length);
    const n = y.length;
    if (job.metric === 'accuracy') {
        let right = 0;
        for (let i = 0; i < n; i++)
            if (predictions[i] === y[i])
                right++;
        return right / n;
    }
    let abs = 0;
    let sq = 0;
    let sum = 0;
    for (let i = 0; i < n; i++) {
        const e = y[i] - predictions[i];
        abs += Math.abs(e);
        sq += e * e;
        sum += y[i];
    }
    if (job.metric === 'mae')
        return abs / n;
    if (job.metric === 'rmse')
        return Math.sqrt(sq / n);
    const mean = sum / n;
    let tot = 0;
    for (let i = 0; i < n; i++)
        tot += (y[i] - mean) ** 2;
    return tot === 0 ? (sq === 0 ? 1 : 0) : 1 - sq / tot;
}
function metricOf(m, name) {
    const v = m[name];
    return typeof v === 'number' ? v : Number.NaN;
}
function inProcessRunner(now) {
    return async (job, tasks) => {
        const evaluate = createEvaluator(job, now);
        return tasks.map(evaluate);
    };
}


/***/ }),

/***/ 59991:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ SEARCHABLE),
/* harmony export */   Hx: () => (/* binding */ halvingSchedule),
/* harmony export */   IS: () => (/* binding */ shardOf),
/* harmony export */   Tn: () => (/* binding */ mainParam),
/* harmony export */   _t: () => (/* binding */ meanAndStd),
/* harmony export */   ex: () => (/* binding */ compareResults),
/* harmony export */   f6: () => (/* binding */ enumerateCandidates),
/* harmony export */   lJ: () => (/* binding */ selectBest),
/* harmony export */   tu: () => (/* binding */ readSearchSpace),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* unused harmony exports MAX_GRID, SEARCH_FIX, readDimension, gridSize */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
/* harmony import */ var _config_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97102);
/* harmony import */ var _config_sections_train_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47371);
/* harmony import */ var _rng_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4258);
/* harmony import */ var _config_search_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66240);
/**
 * Model selection, the pure part: the search space (`train.search`, `--search name=values`, input
 * "search"), its candidates (grid, seeded random sampling, successive-halving rounds), shards, and
 * the choice (best mean CV score; ties and the one-standard-error rule go to the simpler model).
 * No I/O, no clock: scores come from search-eval.ts, run in-process or on worker threads.
 */




/** The trainer hyperparameters a search may vary (their value types are train's own declarations). */
const SEARCHABLE = ['max-depth', 'min-num-samples', 'gain-threshold', 'model', 'n-trees', 'max-features', 'encoding', 'split-search'];
/** A grid larger than this needs method random. */
const MAX_GRID = 10_000;
const SEARCH_FIX = 'fix it in train.search (cd4ml.yml), --search or input "search"';
function declOf(name) {
    return _config_sections_train_js__WEBPACK_IMPORTED_MODULE_2__/* .trainStage */ .d.options[name];
}
/** One value of a hyperparameter, checked against the trainer's own declaration. */
function readValue(name, raw) {
    const decl = declOf(name);
    const v = typeof raw === 'string' ? decl.type.fromText(raw) : raw;
    const ok = v !== _config_options_js__WEBPACK_IMPORTED_MODULE_1__/* .INVALID */ .uY && decl.type.schema.safeParse(v).success;
    if (!ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`search "${name}": value ${JSON.stringify(raw)} is not valid, ${name} must be ${decl.type.expected}; ${SEARCH_FIX}`);
    return v;
}
const RANGE = /^\s*(int|uniform|log)\s+([^\s.][^\s]*?)\s*\.\.\s*(\S+)\s*$/;
/** One dimension from its config value (list, number, "a,b,c" or a range "int 2..16"). */
function readDimension(name, raw) {
    if (!SEARCHABLE.includes(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`search: unknown hyperparameter "${name}"; searchable are ${SEARCHABLE.join(', ')}; ${SEARCH_FIX}`);
    }
    const p = name;
    if (typeof raw === 'string' && /^\s*(int|uniform|log)\b/.test(raw)) {
        const m = RANGE.exec(raw);
        const lo = m ? Number(m[2]) : Number.NaN;
        const hi = m ? Number(m[3]) : Number.NaN;
        const kind = (m?.[1] ?? 'int');
        const bad = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`search "${name}": bad range ${JSON.stringify(raw)} (${why}); write "int 2..16", "uniform 0..0.1" or "log 0.0001..0.1"; ${SEARCH_FIX}`);
        if (!m || !Number.isFinite(lo) || !Number.isFinite(hi))
            throw bad('expected KIND LOW..HIGH with two numbers');
        if (lo >= hi)
            throw bad(`low ${lo} is not below high ${hi}`);
        if (kind === 'int' && (!Number.isInteger(lo) || !Number.isInteger(hi)))
            throw bad('int bounds must be integers');
        if (kind === 'log' && lo <= 0)
            throw bad('log bounds must be above 0');
        readValue(p, lo);
        readValue(p, hi);
        if (kind !== 'int' && declOf(p).type.expected.startsWith('an integer'))
            throw bad(`${name} takes integers; write int ${lo}..${hi}`);
        return { kind, lo, hi };
    }
    const items = Array.isArray(raw)
        ? raw
        : typeof raw === 'number'
            ? [raw]
            : typeof raw === 'string'
                ? raw.split(',').map((s) => s.trim()).filter((s) => s !== '')
                : [];
    if (items.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`search "${name}": empty list of values; give at least one value, e.g. ${name}=${declOf(p).example ?? declOf(p).type.example}; ${SEARCH_FIX}`);
    const values = items.map((v) => readValue(p, v));
    const seen = new Set();
    for (const v of values) {
        if (seen.has(String(v)))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`search "${name}": value ${JSON.stringify(v)} is listed twice; ${SEARCH_FIX}`);
        seen.add(String(v));
    }
    return { kind: 'list', values };
}
/** The space from the merged `search` setting (a mapping name → values), keys sorted (like sklearn's ParameterGrid). */
function readSearchSpace(raw) {
    const names = Object.keys(raw).sort();
    if (names.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`search: no hyperparameter given; write name=values, e.g. max-depth=2,4,6; ${SEARCH_FIX}`);
    return names.map((n) => [n, readDimension(n, raw[n])]);
}

function gridSize(space) {
    return space.reduce((n, [, d]) => n * (d.kind === 'list' ? d.values.length : Number.POSITIVE_INFINITY), 1);
}
/** Every candidate, in a fixed order: the grid (last name fastest) or `trials` seeded samples. */
function enumerateCandidates(space, method, trials, seed) {
    const size = gridSize(space);
    if (method !== 'random') {
        const range = space.find(([, d]) => d.kind !== 'list');
        if (range)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`search "${range[0]}": a range can only be sampled; set search-method to random (with search-trials) or give a list of values; ${SEARCH_FIX}`);
        if (size > MAX_GRID)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`search: the grid has ${size} candidates, more than ${MAX_GRID}; set search-method to random with search-trials, or shorten the lists; ${SEARCH_FIX}`);
        return fullGrid(space);
    }
    const rng = (0,_rng_js__WEBPACK_IMPORTED_MODULE_4__/* .createRng */ .S)((seed ^ 0x5eed) >>> 0);
    if (size <= trials)
        return fullGrid(space);
    if (Number.isFinite(size)) {
        // All lists: sample grid points without replacement (like sklearn's ParameterSampler).
        const idx = (0,_rng_js__WEBPACK_IMPORTED_MODULE_4__/* .shuffleInPlace */ .k)(Int32Array.from({ length: size }, (_, i) => i), rng).slice(0, trials);
        return Array.from(idx, (i) => gridPoint(space, i));
    }
    const out = [];
    for (let t = 0; t < trials; t++) {
        const c = {};
        for (const [name, d] of space) {
            if (d.kind === 'list')
                c[name] = d.values[rng.int(d.values.length)];
            else if (d.kind === 'int')
                c[name] = d.lo + rng.int(d.hi - d.lo + 1);
            else if (d.kind === 'uniform')
                c[name] = round6(d.lo + rng.next() * (d.hi - d.lo));
            else
                c[name] = round6(Math.exp(Math.log(d.lo) + rng.next() * (Math.log(d.hi) - Math.log(d.lo))));
        }
        out.push(c);
    }
    return out;
}
const round6 = (x) => Number(x.toPrecision(6));
function gridPoint(space, i) {
    const c = {};
    for (let j = space.length - 1; j >= 0; j--) {
        const [name, d] = space[j];
        const vals = d.values;
        c[name] = vals[i % vals.length];
        i = Math.floor(i / vals.length);
    }
    return Object.fromEntries(space.map(([n]) => [n, c[n]]));
}
function fullGrid(space) {
    return Array.from({ length: gridSize(space) }, (_, i) => gridPoint(space, i));
}
/** Shard `s` of `n` (1-based): candidates i with i mod n = s − 1, a deterministic n-th of them. */
function parseShard(text) {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const index = m ? Number(m[1]) : 0;
    const count = m ? Number(m[2]) : 0;
    if (!m || count < 1 || index < 1 || index > count)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`shard must be I/N with 1 <= I <= N (e.g. 2/8), got ${JSON.stringify(text)}; fix --shard / input "shard"`);
    return { index, count };
}
function shardOf(n, shard) {
    const out = [];
    for (let i = shard.index - 1; i < n; i += shard.count)
        out.push(i);
    return out;
}
/** floor(log_factor(x)) for x ≥ 1, in integers (no floating-point edge at exact powers). */
function floorLog(x, factor) {
    let n = 0;
    for (let p = factor; p <= x; p *= factor)
        n++;
    return n;
}
/**
 * Successive halving on rows, as sklearn 1.2's HalvingGridSearchCV(factor=3, min_resources="exhaust"):
 * rounds needed 1 + ⌊log₃ candidates⌋, first round's rows max(smallest, ⌊n / 3^(rounds−1)⌋), rows
 * ×3 and candidates ÷3 (rounded up) per round.
 */
function halvingSchedule(nCandidates, nRows, minResources, factor = 3) {
    const required = 1 + floorLog(nCandidates, factor);
    const r0 = Math.max(minResources, Math.floor(nRows / factor ** (required - 1)));
    const possible = 1 + floorLog(Math.floor(nRows / r0), factor);
    const n = Math.max(1, Math.min(required, possible));
    const out = [];
    let c = nCandidates;
    for (let i = 0; i < n; i++) {
        out.push({ resources: Math.min(nRows, r0 * factor ** i), keep: c });
        c = Math.max(1, Math.ceil(c / factor));
    }
    return out;
}
/** Order candidates best first: higher (or lower) mean, then shallower, fewer nodes, earlier index. */
function compareResults(higherIsBetter) {
    const sign = higherIsBetter ? 1 : -1;
    return (a, b) => sign * (b.mean - a.mean) || simpler(a, b);
}
function simpler(a, b) {
    return a.depth - b.depth || a.nodes - b.nodes || a.index - b.index;
}
/**
 * The winner among the final round's results. one-se: the simplest candidate whose mean is within
 * one standard error (std / √folds) of the best mean.
 */
function selectBest(results, higherIsBetter, oneSe) {
    const ranked = [...results].sort(compareResults(higherIsBetter));
    const best = ranked[0];
    if (!oneSe)
        return best;
    const se = best.std / Math.sqrt(best.fold_scores.length);
    const within = ranked.filter((r) => (higherIsBetter ? r.mean >= best.mean - se : r.mean <= best.mean + se));
    return within.sort(simpler)[0];
}
/** mean and population std (numpy's default, as sklearn's cv_results_ std_test_score). */
function meanAndStd(xs) {
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const std = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    return { mean, std };
}
/** The hyperparameter the validation curve is drawn against: the searched numeric one with most values, max-depth first. */
function mainParam(space) {
    const numeric = space.filter(([, d]) => d.kind !== 'list' || d.values.every((v) => typeof v === 'number'));
    if (numeric.some(([n]) => n === 'max-depth'))
        return 'max-depth';
    return [...numeric].sort((a, b) => count(b[1]) - count(a[1]))[0]?.[0];
}
function count(d) {
    return d.kind === 'list' ? d.values.length : Number.POSITIVE_INFINITY;
}


/***/ }),

/***/ 4687:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hd: () => (/* binding */ EXACT_MAX_ROWS),
  Ao: () => (/* binding */ encodeTarget),
  Hg: () => (/* binding */ growModel),
  Wy: () => (/* binding */ labelOf),
  Bz: () => (/* binding */ preprocessTrain),
  OY: () => (/* binding */ scoreColumns),
  Cg: () => (/* binding */ stratifiedFolds),
  LE: () => (/* binding */ subset),
  trainAndWriteBundle: () => (/* binding */ trainAndWriteBundle),
  af: () => (/* binding */ transformOrThrow)
});

// UNUSED EXPORTS: BUNDLE_OUT, HIGHER_IS_BETTER, badNumericCells, dvcMd5, holdoutSplit, renderMetricsMarkdown, sortClasses

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/io/atomic.js
var atomic = __webpack_require__(41217);
// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(33483);
// EXTERNAL MODULE: ./src/errors.js
var src_errors = __webpack_require__(16986);
// EXTERNAL MODULE: ./src/data/read.js
var read = __webpack_require__(11284);
// EXTERNAL MODULE: ./src/data/nearly-numeric.js
var nearly_numeric = __webpack_require__(88115);
// EXTERNAL MODULE: ./src/data/delta/table-ref.js
var table_ref = __webpack_require__(70047);
;// CONCATENATED MODULE: ./src/data/delta/lineage.js
/**
 * What lineage records for a Delta table: its id, the version read, that commit's timestamp and
 * operation, the live row count (from stats) and a digest of the snapshot's file list (path,
 * size, deletion vector), so "which data trained this model" is answered exactly and replayable
 * with `path@v<version>`.
 */


/** Whether a data path is read as a Delta table. */
function isDeltaSource(path, format) {
    return format === 'delta' || (format === undefined && ((0,table_ref/* hasDeltaPin */.C7)(path) || (0,table_ref/* isDeltaTable */.r4)(path)));
}
/**
 * Lineage of a Delta data path (undefined when the path is not a Delta table): the record and a
 * sha256 over the snapshot's version and sorted (path, size, deletion vector) list.
 */
async function deltaLineage(path, format) {
    if (!isDeltaSource(path, format))
        return undefined;
    const { openDeltaTable, describeSnapshot } = await __webpack_require__.e(/* import() */ 934).then(__webpack_require__.bind(__webpack_require__, 44553));
    const s = await openDeltaTable(path);
    const d = describeSnapshot(s);
    const h = (0,external_node_crypto_.createHash)('sha256');
    h.update(`delta ${s.tableId} v${s.version}\n`);
    for (const f of s.files) {
        const dv = f.deletionVector;
        h.update(`${f.logPath}\t${f.size}\t${dv ? `${dv.storageType}${dv.pathOrInlineDv}@${dv.offset ?? ''}` : ''}\n`);
    }
    return {
        delta: { 'table-id': d.tableId, version: d.version, 'commit-timestamp': d.commitTimestamp, operation: d.operation, rows: d.rows, files: d.files },
        sha256: h.digest('hex'),
    };
}
/** One line naming a Delta source, e.g. for the gate comment. */
function describeDeltaLineage(path, d) {
    return `${path}: Delta table ${d['table-id']} version ${d.version}${d['commit-timestamp'] ? `, committed ${d['commit-timestamp']}` : ''}${d.operation ? ` by ${d.operation}` : ''}`;
}

;// CONCATENATED MODULE: ./src/model/cart.js
/**
 * Fast CART training that grows exactly the tree ml-cart 2.1.1 grows.
 *
 * ml-cart's `train` re-scans every row for every candidate threshold (O(d·n²) per node). This
 * trainer presorts every feature once (dense ranks + a stable counting sort, O(d·n log n)) and keeps,
 * for every node, a contiguous segment of each feature's sorted row list; a split partitions those
 * segments stably, so one scan per feature and node finds every candidate: O(n·d) per level.
 *
 * Compatibility with ml-cart (a property test trains both and compares predictions):
 * - candidates: ml-cart sorts the node's (x, label) pairs stably (ties keep row order) and proposes
 *   (x[i−1] + x[i]) / 2 wherever adjacent labels differ. Per boundary between two distinct values
 *   a < b that is: the midpoint when the last row (row order) with value a and the first row with
 *   value b have different labels; otherwise the threshold b itself when the rows with value b have
 *   different labels (same partition); otherwise no candidate. Impure rows at the smallest value
 *   propose an empty left side (which makes a leaf if it wins).
 * - criterion: gini gain for classification (maximised, ties → first candidate in feature, then
 *   threshold order), sum of squared errors of both sides for regression (minimised). ml-cart
 *   computes probabilities by adding 1/n once per row and sums in row order; candidates whose fast
 *   criterion lies within a rounding tolerance of the best are re-evaluated with ml-cart's exact
 *   floating-point procedure, so exact ties and near-ties break the same way.
 * - stopping: a node with ≤ minNumSamples rows is a leaf; a split is made only when depth <
 *   maxDepth, gain > gainThreshold, gain !== the parent's gain, and both sides are non-empty
 *   (for regression the "gain" is the children's squared error, as in ml-cart).
 * - leaves: the class distribution up to the largest class present (probabilities as ml-cart
 *   computes them), or the mean of the node's values in row order.
 *
 * Known difference: when two adjacent distinct values are consecutive doubles their midpoint rounds
 * onto one of them; ml-cart then splits at that value, this trainer at the boundary between them.
 */
/**
 * Dense ranks of a column and its row ids sorted by (value, id). Large columns use an LSD radix
 * sort on the IEEE-754 bits (4 passes of 16 bits, stable, constant passes skipped), several times
 * faster than a comparison sort; small ones a stable comparison sort.
 */
function prepareFeature(col, name = 'feature') {
    const n = col.length;
    let ids = new Int32Array(n);
    for (let i = 0; i < n; i++) {
        if (!Number.isFinite(col[i]))
            throw new RangeError(`${name} contains NaN or Infinity at row ${i + 1}; impute or drop those values before training`);
        ids[i] = i;
    }
    if (n < 4096) {
        const arr = Array.from(ids).sort((a, b) => col[a] - col[b] || a - b);
        ids = Int32Array.from(arr);
    }
    else {
        const norm = new Float64Array(n);
        for (let i = 0; i < n; i++)
            norm[i] = col[i] + 0; // -0 → 0
        const words = new Uint32Array(norm.buffer);
        const keys = new Uint32Array(2 * n);
        for (let i = 0; i < n; i++) {
            const lo = words[2 * i];
            const hi = words[2 * i + 1];
            if (hi & 0x80000000) {
                keys[2 * i] = ~lo >>> 0;
                keys[2 * i + 1] = ~hi >>> 0;
            }
            else {
                keys[2 * i] = lo;
                keys[2 * i + 1] = (hi | 0x80000000) >>> 0;
            }
        }
        let out = new Int32Array(n);
        const count = new Int32Array(65536);
        for (let pass = 0; pass < 4; pass++) {
            const word = pass >> 1;
            const shift = (pass & 1) * 16;
            count.fill(0);
            for (let i = 0; i < n; i++)
                count[(keys[2 * i + word] >>> shift) & 0xffff]++;
            if (count[(keys[word] >>> shift) & 0xffff] === n)
                continue;
            let sum = 0;
            for (let v = 0; v < 65536; v++) {
                const c = count[v];
                count[v] = sum;
                sum += c;
            }
            for (let i = 0; i < n; i++) {
                const id = ids[i];
                out[count[(keys[2 * id + word] >>> shift) & 0xffff]++] = id;
            }
            const t = ids;
            ids = out;
            out = t;
        }
    }
    const codes = new Int32Array(n);
    const distinct = [];
    let code = -1;
    let prev = Number.NaN;
    for (let i = 0; i < n; i++) {
        const x = col[ids[i]];
        if (x !== prev) {
            distinct.push(x);
            code++;
            prev = x;
        }
        codes[ids[i]] = code;
    }
    return { codes, values: Float64Array.from(distinct), sorted: ids };
}
/** ml-cart's probability of a class seen `count` times among `m` rows: 1/m added `count` times. */
function mlcartProbability(count, m) {
    const inv = 1 / m;
    let p = 0;
    for (let i = 0; i < count; i++)
        p += inv;
    return p;
}
/** ml-cart's gini impurity from class counts (Utils.giniImpurity). */
function mlcartGini(counts, m) {
    if (m === 0)
        return 0;
    let s = 0;
    for (let c = 0; c < counts.length; c++) {
        if (counts[c] === 0)
            continue; // adds 0·0: no change
        const p = mlcartProbability(counts[c], m);
        s += p * p;
    }
    return 1 - s;
}
/** ml-cart's squared error of values in row order (Utils.squaredError). */
function mlcartSquaredError(sum, values, len) {
    if (len === 0)
        return 0;
    const mean = sum / len;
    let e = 0;
    for (let i = 0; i < len; i++) {
        const d = values[i] - mean;
        e += d * d;
    }
    return e;
}
/** Grow a tree. Throws RangeError on NaN/Infinity in a feature. */
function trainTree(data, opts) {
    const { task, columns } = data;
    const isClf = task === 'classification';
    const d = columns.length;
    const n = data.y.length;
    const k = isClf ? (data.nClasses ?? 0) : 0;
    const yInt = isClf ? data.y : new Int32Array(0);
    const yNum = isClf ? new Float64Array(0) : data.y;
    if (isClf)
        for (let i = 0; i < n; i++)
            if (yInt[i] < 0 || yInt[i] >= k)
                throw new RangeError(`class index ${yInt[i]} out of range 0..${k - 1}`);
    const prepared = columns.map((c, f) => prepareFeature(c, `feature ${f}`));
    const sorted = prepared.map((p) => p.sorted);
    // Per feature, the sorted segment's codes and labels side by side with the row ids, so that a
    // scan reads memory sequentially instead of jumping to codes[row] / y[row].
    const sCodes = prepared.map((p) => {
        const a = new Int32Array(n);
        for (let i = 0; i < n; i++)
            a[i] = p.codes[p.sorted[i]];
        return a;
    });
    const sLab = isClf
        ? prepared.map((p) => {
            const a = new Int32Array(n);
            for (let i = 0; i < n; i++)
                a[i] = yInt[p.sorted[i]];
            return a;
        })
        : [];
    const sVal = isClf
        ? []
        : prepared.map((p) => {
            const a = new Float64Array(n);
            for (let i = 0; i < n; i++)
                a[i] = yNum[p.sorted[i]];
            return a;
        });
    const tmpF = new Float64Array(isClf ? 0 : n);
    const tmpC = new Int32Array(n);
    const tmpL = new Int32Array(isClf ? n : 0);
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++)
        order[i] = i;
    const tmp = new Int32Array(n);
    const goesLeft = new Uint8Array(n);
    // Node storage (grown as needed).
    let cap = 64;
    let feature = new Int32Array(cap).fill(-1);
    let threshold = new Float64Array(cap);
    let left = new Int32Array(cap);
    let right = new Int32Array(cap);
    let gainArr = new Float64Array(cap);
    let samples = new Int32Array(cap);
    let impurity = new Float64Array(cap);
    let value = new Float64Array(cap * Math.max(1, k));
    let distLength = new Int32Array(cap);
    let nodeCount = 0;
    const grow = () => {
        cap *= 2;
        const g = (a, fill = 0) => {
            const b = new a.constructor(a.length * 2);
            if (fill !== 0)
                b.fill(fill);
            b.set(a);
            return b;
        };
        feature = g(feature, -1);
        threshold = g(threshold);
        left = g(left);
        right = g(right);
        gainArr = g(gainArr);
        samples = g(samples);
        impurity = g(impurity);
        value = g(value);
        distLength = g(distLength);
    };
    const newNode = () => {
        if (nodeCount === cap)
            grow();
        return nodeCount++;
    };
    const total = new Float64Array(k);
    const counts = new Float64Array(k);
    const scratchL = new Float64Array(n);
    const scratchG = new Float64Array(n);
    const featBest = new Float64Array(d);
    function makeLeaf(node, s, e) {
        const m = e - s;
        if (isClf) {
            let maxLabel = 0;
            for (let i = s; i < e; i++)
                if (yInt[order[i]] > maxLabel)
                    maxLabel = yInt[order[i]];
            distLength[node] = maxLabel + 1;
            for (let c = 0; c < k; c++)
                value[node * k + c] = mlcartProbability(total[c], m);
        }
        else {
            let sum = 0;
            for (let i = s; i < e; i++)
                sum += yNum[order[i]];
            value[node] = sum / m;
        }
    }
    /** ml-cart's exact criterion for a candidate: gini gain, or squared error of both sides. */
    function exactCriterion(c, s, e, parentGini) {
        const m = e - s;
        if (isClf) {
            const L = c.leftCounts;
            const R = new Float64Array(k);
            for (let j = 0; j < k; j++)
                R[j] = total[j] - L[j];
            const nl = c.nLeft;
            const ng = m - nl;
            let splits = 0.0;
            splits += (mlcartGini(R, ng) * ng) / m;
            splits += (mlcartGini(L, nl) * nl) / m;
            return parentGini - splits;
        }
        const codes = prepared[c.feature].codes;
        let nl = 0;
        let ng = 0;
        let sl = 0;
        let sg = 0;
        for (let i = s; i < e; i++) {
            const row = order[i];
            const v = yNum[row];
            if (codes[row] < c.cut) {
                scratchL[nl++] = v;
                sl += v;
            }
            else {
                scratchG[ng++] = v;
                sg += v;
            }
        }
        let err = 0.0;
        err += mlcartSquaredError(sg, scratchG, ng);
        err += mlcartSquaredError(sl, scratchL, nl);
        return err;
    }
    function partition(arr, s, e) {
        let w = s;
        let t = 0;
        for (let i = s; i < e; i++) {
            const row = arr[i];
            if (goesLeft[row])
                arr[w++] = row;
            else
                tmp[t++] = row;
        }
        for (let i = 0; i < t; i++)
            arr[w + i] = tmp[i];
    }
    /** Stable partition of feature f's sorted segment (ids, codes and labels together). */
    function partitionFeature(f, s, e) {
        const ids = sorted[f];
        const cs = sCodes[f];
        let w = s;
        let t = 0;
        if (isClf) {
            const ls = sLab[f];
            for (let i = s; i < e; i++) {
                const row = ids[i];
                if (goesLeft[row]) {
                    ids[w] = row;
                    cs[w] = cs[i];
                    ls[w++] = ls[i];
                }
                else {
                    tmp[t] = row;
                    tmpC[t] = cs[i];
                    tmpL[t++] = ls[i];
                }
            }
            for (let i = 0; i < t; i++) {
                ids[w + i] = tmp[i];
                cs[w + i] = tmpC[i];
                ls[w + i] = tmpL[i];
            }
        }
        else {
            const vs = sVal[f];
            for (let i = s; i < e; i++) {
                const row = ids[i];
                if (goesLeft[row]) {
                    ids[w] = row;
                    cs[w] = cs[i];
                    vs[w++] = vs[i];
                }
                else {
                    tmp[t] = row;
                    tmpC[t] = cs[i];
                    tmpF[t++] = vs[i];
                }
            }
            for (let i = 0; i < t; i++) {
                ids[w + i] = tmp[i];
                cs[w + i] = tmpC[i];
                vs[w + i] = tmpF[i];
            }
        }
    }
    // Explicit stack: [node, start, end, depth, parentGain (NaN = none)].
    const root = newNode();
    const stack = [[root, 0, n, 0, isClf ? null : 0]];
    while (stack.length > 0) {
        const [node, s, e, depth, parentGain] = stack.pop();
        const m = e - s;
        samples[node] = m;
        // Class totals / mean of the node.
        let ySum = 0;
        if (isClf) {
            total.fill(0);
            for (let i = s; i < e; i++)
                total[yInt[order[i]]]++;
            let sq = 0;
            for (let c = 0; c < k; c++)
                sq += (total[c] / m) * (total[c] / m);
            impurity[node] = 1 - sq;
        }
        else {
            for (let i = s; i < e; i++)
                ySum += yNum[order[i]];
            const mean = ySum / m;
            let sse = 0;
            for (let i = s; i < e; i++)
                sse += (yNum[order[i]] - mean) ** 2;
            impurity[node] = sse / m;
        }
        if (m <= opts.minNumSamples || depth >= opts.maxDepth || m < 2) {
            makeLeaf(node, s, e);
            continue;
        }
        const best = findBest(s, e, ySum);
        let chosen;
        let chosenGain = isClf ? -Infinity : Infinity;
        if (best.length > 0) {
            const parentGini = isClf ? mlcartGini(total, m) : 0;
            for (const c of best) {
                const g = exactCriterion(c, s, e, parentGini);
                if (isClf ? g > chosenGain : g < chosenGain) {
                    chosenGain = g;
                    chosen = c;
                }
            }
        }
        if (chosen === undefined ||
            !(chosenGain > opts.gainThreshold) ||
            chosenGain === parentGain ||
            chosen.nLeft === 0 ||
            chosen.nLeft === m) {
            makeLeaf(node, s, e);
            continue;
        }
        // Split: mark rows, partition every segment stably.
        const codes = prepared[chosen.feature].codes;
        for (let i = s; i < e; i++) {
            const row = order[i];
            goesLeft[row] = codes[row] < chosen.cut ? 1 : 0;
        }
        partition(order, s, e);
        for (let f = 0; f < d; f++)
            partitionFeature(f, s, e);
        feature[node] = chosen.feature;
        threshold[node] = chosen.threshold;
        gainArr[node] = chosenGain;
        const l = newNode();
        const r = newNode();
        left[node] = l;
        right[node] = r;
        const mid = s + chosen.nLeft;
        stack.push([r, mid, e, depth + 1, chosenGain]);
        stack.push([l, s, mid, depth + 1, chosenGain]);
    }
    /**
     * Best candidates of a node: pass 1 scans every feature's sorted segment once and keeps only the
     * best fast criterion per feature; pass 2 re-scans the few features whose best lies within
     * rounding tolerance of the overall best and returns those candidates, in ml-cart's order
     * (feature, then ascending threshold), for exact re-evaluation.
     */
    function findBest(s, e, ySum) {
        const m = e - s;
        const tol = 1e-9 * Math.max(1, m / 1e6);
        const yMean = isClf ? 0 : ySum / m;
        let totalC = 0;
        let scale = 1;
        if (!isClf) {
            let sse = 0;
            for (let i = s; i < e; i++) {
                const v = yNum[order[i]] - yMean;
                sse += v * v;
                totalC += v;
            }
            scale = Math.max(sse, 1e-300);
        }
        const lim = isClf ? tol : tol * scale;
        let bestFast = -Infinity;
        for (let f = 0; f < d; f++) {
            const b = isClf ? scanClf(f, s, e, -Infinity, null) : scanReg(f, s, e, yMean, totalC, -Infinity, null);
            featBest[f] = b;
            if (b > bestFast)
                bestFast = b;
        }
        const list = [];
        if (bestFast === -Infinity)
            return list;
        for (let f = 0; f < d; f++) {
            if (featBest[f] < bestFast - lim)
                continue;
            if (isClf)
                scanClf(f, s, e, bestFast - lim, list);
            else
                scanReg(f, s, e, yMean, totalC, bestFast - lim, list);
        }
        return list;
    }
    /** One feature, classification: returns the best fast criterion; collects candidates ≥ min. */
    function scanClf(f, s, e, min, out) {
        const m = e - s;
        const cs = sCodes[f];
        const ls = sLab[f];
        const { values } = prepared[f];
        let best = -Infinity;
        let i = s;
        let nl = 0;
        counts.fill(0);
        let prevLast = -1;
        let prevCode = -1;
        while (i < e) {
            const c = cs[i];
            const first = ls[i];
            // Pure run of one label with one value: the common case, no candidate inside it.
            let pure = true;
            let last = first;
            let j = i;
            let fast = -Infinity;
            const candidateAtBoundary = i > s && prevLast !== first;
            {
                let sL = 0;
                let sR = 0;
                for (let t = 0; t < k; t++) {
                    const a = counts[t];
                    const b = total[t] - a;
                    sL += a * a;
                    sR += b * b;
                }
                const nr = m - nl;
                fast = ((nl > 0 ? sL / nl : 0) + (nr > 0 ? sR / nr : 0)) / m;
            }
            const snapshot = out && fast >= min ? Float64Array.from(counts) : undefined;
            for (; j < e; j++) {
                if (cs[j] !== c)
                    break;
                const lab = ls[j];
                if (lab !== first)
                    pure = false;
                last = lab;
                counts[lab]++;
            }
            let thr = Number.NaN;
            if (i === s) {
                if (!pure)
                    thr = values[c];
            }
            else if (candidateAtBoundary)
                thr = (values[prevCode] + values[c]) / 2;
            else if (!pure)
                thr = values[c];
            if (thr === thr) {
                if (fast > best)
                    best = fast;
                if (snapshot)
                    out.push({ feature: f, cut: c, threshold: thr, fast, nLeft: nl, leftCounts: snapshot });
            }
            nl += j - i;
            prevLast = last;
            prevCode = c;
            i = j;
        }
        return best;
    }
    /** One feature, regression: maximise Sl²/nl + Sr²/nr of centred values. */
    function scanReg(f, s, e, yMean, totalC, min, out) {
        const m = e - s;
        const cs = sCodes[f];
        const vs = sVal[f];
        const { values } = prepared[f];
        let best = -Infinity;
        let i = s;
        let nl = 0;
        let sl = 0;
        let prevLast = Number.NaN;
        let prevCode = -1;
        while (i < e) {
            const c = cs[i];
            const first = vs[i];
            const nr = m - nl;
            const sr = totalC - sl;
            const fast = (nl > 0 ? (sl * sl) / nl : 0) + (nr > 0 ? (sr * sr) / nr : 0);
            let pure = true;
            let last = first;
            let j = i;
            for (; j < e; j++) {
                if (cs[j] !== c)
                    break;
                const v = vs[j];
                if (v !== first)
                    pure = false;
                last = v;
                sl += v - yMean;
            }
            let thr = Number.NaN;
            if (i === s) {
                if (!pure)
                    thr = values[c];
            }
            else if (prevLast !== first)
                thr = (values[prevCode] + values[c]) / 2;
            else if (!pure)
                thr = values[c];
            if (thr === thr) {
                if (fast > best)
                    best = fast;
                if (out && fast >= min)
                    out.push({ feature: f, cut: c, threshold: thr, fast, nLeft: nl });
            }
            nl += j - i;
            prevLast = last;
            prevCode = c;
            i = j;
        }
        return best;
    }
    const k1 = Math.max(1, k);
    return {
        task,
        nFeatures: d,
        nClasses: k,
        nodeCount,
        feature: feature.slice(0, nodeCount),
        threshold: threshold.slice(0, nodeCount),
        left: left.slice(0, nodeCount),
        right: right.slice(0, nodeCount),
        gain: gainArr.slice(0, nodeCount),
        samples: samples.slice(0, nodeCount),
        impurity: impurity.slice(0, nodeCount),
        value: value.slice(0, nodeCount * k1),
        distLength: distLength.slice(0, nodeCount),
    };
}
/**
 * Impurity-based feature importance, as sklearn's `feature_importances_`: for every split, the
 * node's samples × impurity minus the children's, summed per feature, divided by the root's
 * samples, normalised to sum 1 (all zeros for a single-leaf tree).
 */
function featureImportances(tree) {
    const imp = new Float64Array(tree.nFeatures);
    for (let i = 0; i < tree.nodeCount; i++) {
        const f = tree.feature[i];
        if (f < 0)
            continue;
        const l = tree.left[i];
        const r = tree.right[i];
        imp[f] += tree.samples[i] * tree.impurity[i] - tree.samples[l] * tree.impurity[l] - tree.samples[r] * tree.impurity[r];
    }
    let sum = 0;
    for (let f = 0; f < imp.length; f++) {
        imp[f] /= tree.samples[0];
        sum += imp[f];
    }
    if (sum > 0)
        for (let f = 0; f < imp.length; f++)
            imp[f] /= sum;
    return imp;
}

// EXTERNAL MODULE: ./src/model/mlcart.js
var mlcart = __webpack_require__(89932);
;// CONCATENATED MODULE: ./src/model/metrics.js
/**
 * Evaluation metrics with scikit-learn 1.2's definitions (tests cite the sklearn call for every
 * value). Pure functions over class indexes / values; no I/O.
 */
/**
 * Classification metrics as sklearn 1.2 computes them: accuracy_score, balanced_accuracy_score,
 * precision_recall_fscore_support (zero_division → 0; macro/weighted over the labels present in
 * yTrue ∪ yPred), roc_auc_score (binary, or multi_class='ovr' macro), log_loss, confusion_matrix.
 */
function computeClassificationMetrics(input) {
    const { yTrue, yPred, proba, classes } = input;
    const k = classes.length;
    const n = yTrue.length;
    if (yPred.length !== n)
        throw new RangeError(`yTrue has ${n} rows, yPred ${yPred.length}`);
    if (n === 0)
        throw new RangeError('no rows to evaluate');
    const cm = Array.from({ length: k }, () => new Array(k).fill(0));
    let correct = 0;
    for (let i = 0; i < n; i++) {
        cm[yTrue[i]][yPred[i]]++;
        if (yTrue[i] === yPred[i])
            correct++;
    }
    const per = [];
    const present = [];
    for (let c = 0; c < k; c++) {
        let tp = cm[c][c];
        let support = 0;
        let predicted = 0;
        for (let j = 0; j < k; j++) {
            support += cm[c][j];
            predicted += cm[j][c];
        }
        const precision = predicted > 0 ? tp / predicted : 0;
        const recall = support > 0 ? tp / support : 0;
        const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
        per.push({ class: classes[c], precision, recall, f1, support });
        if (support > 0 || predicted > 0)
            present.push(c);
        tp = 0;
    }
    const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const weighted = (key) => {
        let s = 0;
        let w = 0;
        for (const c of present) {
            s += per[c][key] * per[c].support;
            w += per[c].support;
        }
        return w > 0 ? s / w : 0;
    };
    const recallsWithSupport = per.filter((p) => p.support > 0).map((p) => p.recall);
    return {
        accuracy: correct / n,
        balanced_accuracy: mean(recallsWithSupport),
        precision_macro: mean(present.map((c) => per[c].precision)),
        recall_macro: mean(present.map((c) => per[c].recall)),
        f1_macro: mean(present.map((c) => per[c].f1)),
        precision_weighted: weighted('precision'),
        recall_weighted: weighted('recall'),
        f1_weighted: weighted('f1'),
        roc_auc: proba ? rocAuc(yTrue, proba, k) : null,
        log_loss: proba ? logLoss(yTrue, proba, k) : null,
        confusion_matrix: cm,
        per_class: per,
        n,
    };
}
/** Area under the ROC curve of scores for binary labels (1 = positive), ties counted half. */
function binaryAuc(positive, score) {
    const n = score.length;
    const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => score[a] - score[b]);
    let nPos = 0;
    let rankSumPos = 0;
    for (let i = 0; i < n;) {
        let j = i;
        while (j < n && score[idx[j]] === score[idx[i]])
            j++;
        const avgRank = (i + 1 + j) / 2; // ranks i+1..j
        for (let t = i; t < j; t++) {
            if (positive[idx[t]]) {
                nPos++;
                rankSumPos += avgRank;
            }
        }
        i = j;
    }
    const nNeg = n - nPos;
    if (nPos === 0 || nNeg === 0)
        return null;
    return (rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}
function rocAuc(yTrue, proba, k) {
    const n = yTrue.length;
    if (k === 2) {
        const s = new Float64Array(n);
        const pos = new Uint8Array(n);
        for (let i = 0; i < n; i++) {
            s[i] = proba[i * 2 + 1];
            pos[i] = yTrue[i] === 1 ? 1 : 0;
        }
        return binaryAuc(pos, s);
    }
    let sum = 0;
    for (let c = 0; c < k; c++) {
        const s = new Float64Array(n);
        const pos = new Uint8Array(n);
        for (let i = 0; i < n; i++) {
            s[i] = proba[i * k + c];
            pos[i] = yTrue[i] === c ? 1 : 0;
        }
        const a = binaryAuc(pos, s);
        if (a === null)
            return null;
        sum += a;
    }
    return sum / k;
}
function logLoss(yTrue, proba, k) {
    // sklearn 1.2 eps="auto": the float64 machine epsilon.
    const eps = 2.220446049250313e-16;
    const n = yTrue.length;
    let total = 0;
    const row = new Float64Array(k);
    for (let i = 0; i < n; i++) {
        let s = 0;
        for (let c = 0; c < k; c++) {
            const p = Math.min(Math.max(proba[i * k + c], eps), 1 - eps);
            row[c] = p;
            s += p;
        }
        total += -Math.log(row[yTrue[i]] / s);
    }
    return total / n;
}
/**
 * Regression metrics as sklearn 1.2: mean_absolute_error, mean_squared_error, its square root,
 * r2_score (1 when the target is constant and predicted exactly, else 0 for a constant target),
 * mean_absolute_percentage_error (|y − ŷ| / max(|y|, machine epsilon)).
 */
function computeRegressionMetrics(yTrue, yPred) {
    const n = yTrue.length;
    if (yPred.length !== n)
        throw new RangeError(`yTrue has ${n} rows, yPred ${yPred.length}`);
    if (n === 0)
        throw new RangeError('no rows to evaluate');
    let ae = 0;
    let se = 0;
    let ape = 0;
    let mean = 0;
    for (let i = 0; i < n; i++)
        mean += yTrue[i];
    mean /= n;
    let tot = 0;
    const eps = 2.220446049250313e-16;
    for (let i = 0; i < n; i++) {
        const d = yTrue[i] - yPred[i];
        ae += Math.abs(d);
        se += d * d;
        ape += Math.abs(d) / Math.max(Math.abs(yTrue[i]), eps);
        tot += (yTrue[i] - mean) ** 2;
    }
    const mse = se / n;
    const r2 = tot === 0 ? (se === 0 ? 1 : 0) : 1 - se / tot;
    return { mae: ae / n, mse, rmse: Math.sqrt(mse), r2, mape: ape / n, n };
}
/** Mean and (population, ddof=0 like numpy's std) standard deviation. */
function meanStd(xs) {
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const v = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
    return { mean, std: Math.sqrt(v) };
}

// EXTERNAL MODULE: ./src/model/preprocess.js
var preprocess = __webpack_require__(3749);
// EXTERNAL MODULE: ./src/model/bundle.js + 2 modules
var bundle = __webpack_require__(5888);
// EXTERNAL MODULE: ./src/model/rng.js
var model_rng = __webpack_require__(4258);
;// CONCATENATED MODULE: ./src/report/markdown.js
/**
 * Markdown helpers shared by every stage's job summary. Anything that came from data (values,
 * column names, file names) goes through `escapeCell`/`escapeInline` or `mermaidLabel`, so a
 * dataset cannot inject Markdown, HTML, links or Mermaid directives into a summary.
 */
// Entity-escaped: HTML, quotes, and @ (so a value such as "@team" never pings anyone in a PR
// comment or issue). Backslash-escaped: every other Markdown punctuation character, # ! ( )
// included, so text is inert wherever it lands (table cells, headings, links, images).
// One pass, so an entity's own & and # are never escaped again.
const HTML_ENTITIES = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;', '@': '&#64;' };
const SPECIAL = /[\\`*_{}[\]()#|~!$<>&"'@]/g;
/**
 * Escape data for Markdown and HTML, wherever it is shown (summaries, PR comments, issues):
 * newlines become spaces, other control characters are dropped, Markdown punctuation is
 * backslash-escaped and <>&"'@ become entities.
 */
function escapeMarkdown(text) {
    return text
        .replace(/[\r\n\t]+/g, ' ')
        .replace(/[\u0000-\u001f\u007f]/g, '')
        .replace(SPECIAL, (ch) => HTML_ENTITIES[ch] ?? `\\${ch}`);
}
/** escapeMarkdown, cut to `maxLength` characters of the original text (with an ellipsis). */
function escapeInline(text, maxLength = 200) {
    const t = text.length > maxLength ? text.slice(0, maxLength - 1) + '…' : text;
    return escapeMarkdown(t);
}
/** Escape text for a table cell: like escapeInline (`|` is escaped), and never empty. */
function escapeCell(text, maxLength = 120) {
    const t = escapeInline(text, maxLength);
    return t === '' ? ' ' : t;
}
/** Format a value in code style safely: backticks inside are replaced. */
function code(text, maxLength = 120) {
    let t = text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
    if (t.length > maxLength)
        t = t.slice(0, maxLength - 1) + '…';
    t = t.replace(/`/g, 'ˋ').replace(/[<>&]/g, (ch) => HTML_ENTITIES[ch]);
    // In a table a pipe ends the cell even inside code spans.
    t = t.replace(/\|/g, '\\|');
    return `\`${t === '' ? ' ' : t}\``;
}
/**
 * A GitHub-flavoured Markdown table. Cells are used as given: escape data with escapeCell first
 * (this lets callers put deliberate formatting such as ✅ or **bold** in cells they build).
 */
function table(headers, rows, align = []) {
    const sep = headers.map((_, i) => (align[i] === 'right' ? '---:' : align[i] === 'center' ? ':---:' : '---'));
    const line = (cells) => `| ${cells.map((c) => c.replace(/\n/g, ' ')).join(' | ')} |`;
    return [line(headers), line(sep), ...rows.map((r) => line(headers.map((_, i) => r[i] ?? '')))].join('\n') + '\n';
}
/** A label for a Mermaid chart: quotes, brackets, semicolons and HTML become entity codes; at most 40 chars. */
function mermaidLabel(text, maxLength = 40) {
    let t = text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
    if (t.length > maxLength)
        t = t.slice(0, maxLength - 1) + '…';
    return t.replace(/["#;:<>&`[\]{}()%]/g, (ch) => `#${ch.charCodeAt(0)};`);
}
/** A Mermaid xychart bar chart in a fenced block. Values must be finite numbers. */
function mermaidBarChart(opts) {
    const labels = opts.labels.map((l) => `"${mermaidLabel(l)}"`).join(', ');
    const values = opts.values.map((v) => (Number.isFinite(v) ? Number(v.toPrecision(4)) : 0)).join(', ');
    // A bound that is not a finite number (NaN from a missing score) would render as "NaN".
    const top = opts.yMax !== undefined && Number.isFinite(opts.yMax) ? opts.yMax : Math.max(1, ...opts.values.filter(Number.isFinite));
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${mermaidLabel(opts.title, 80)}"`,
        `  x-axis [${labels}]`,
        `  y-axis "${mermaidLabel(opts.yLabel, 60)}" 0 --> ${Number(top.toPrecision(3))}`,
        `  bar [${values}]`,
        '```',
        '',
    ].join('\n');
}
/** Format a number compactly for tables: up to 4 significant digits, exponent for tiny values. */
function formatNumber(x) {
    if (x === undefined || Number.isNaN(x))
        return '–';
    if (!Number.isFinite(x))
        return x > 0 ? '∞' : '−∞';
    if (x === 0)
        return '0';
    const a = Math.abs(x);
    if (a < 1e-3 || a >= 1e7)
        return x.toExponential(2);
    return String(Number(x.toPrecision(4)));
}

;// CONCATENATED MODULE: ./src/model/card.js
/**
 * MODEL_CARD.md: intended use, data, training parameters, metrics, per-class table and the
 * feature importances as a Mermaid bar chart. Deterministic text (no timestamp). Everything that
 * came from data or settings (column names, classes, paths) goes through src/report/markdown.ts's
 * escapers, so a value cannot inject HTML, mentions, links or Mermaid directives.
 */

const f4 = (x) => (x === null || x === undefined ? '—' : Number.isInteger(x) ? String(x) : x.toFixed(4));
/** User text (intended use) as inert text, its line breaks kept. */
const escapeLines = (s) => s.split(/\r?\n/).map(escapeMarkdown).join('\n');
function renderModelCard(c) {
    const s = c.settings;
    const out = [];
    out.push(`# Model card: ${escapeMarkdown(s.target)} (${c.task})`, '');
    out.push('## Intended use', '', s.intendedUse !== undefined ? escapeLines(s.intendedUse) : `Predict ${code(s.target)} from ${c.features.length} input columns of tabular data like the training data. Not validated for data outside the training ranges (see schema.yml) or for decisions without human review.`, '');
    out.push('## Model', '', `- ${s.model === 'forest' ? 'Random forest of CART trees' : 'CART decision tree'} in ml-cart JSON format (model.json), max depth ${s.maxDepth}`);
    out.push(`- Headline metric: **${c.headline.name} = ${f4(c.headline.value)}** on the holdout`, `- Trained by cd4ml ${escapeMarkdown(c.lineage.tool.version)}${c.lineage.git.head ? ` at commit ${code(c.lineage.git.head)}` : ''}`, '');
    out.push('## Data', '', `- Training rows: ${c.rows.train}; evaluation rows: ${c.rows.test}${c.rows['dropped-missing-target'] ? `; rows without a target dropped: ${c.rows['dropped-missing-target']}` : ''}`);
    for (const d of c.lineage.data)
        out.push(`- ${code(d.path, 300)} sha256 ${code(d.sha256)}${d['dvc-md5'] ? ` (DVC md5 ${code(d['dvc-md5'])})` : ''}`);
    for (const d of c.lineage.data)
        if (d.delta)
            out.push(`- ${code(d.path, 300)} is Delta table ${code(d.delta['table-id'])} at version ${d.delta.version}${d.delta['commit-timestamp'] ? ` (committed ${escapeMarkdown(d.delta['commit-timestamp'])}${d.delta.operation ? ` by ${escapeMarkdown(d.delta.operation)}` : ''})` : ''}; replay with ${code(`@v${d.delta.version}`)}`);
    out.push(`- Input columns: ${c.features.map((f) => code(f)).join(', ')}`);
    if (c.classes)
        out.push(`- Classes: ${c.classes.map((x) => code(x)).join(', ')}`);
    out.push('', '## Metrics (holdout)', '', '| metric | value |', '|---|---|');
    const names = c.task === 'classification' ? ['accuracy', 'balanced_accuracy', 'f1_macro', 'f1_weighted', 'roc_auc', 'log_loss'] : ['mae', 'rmse', 'r2', 'mape'];
    for (const n of names)
        out.push(`| ${n} | ${f4(c.metrics[n])} |`);
    if (c.cv) {
        out.push('', `Cross-validation (${c.cv.folds} folds, mean ± std): ` + Object.entries(c.cv).filter(([k]) => k !== 'folds').map(([k, v]) => `${k} ${f4(v.mean)} ± ${f4(v.std)}`).join('; '));
    }
    if (c.task === 'classification') {
        const m = c.metrics;
        out.push('', '### Per class', '', '| class | precision | recall | f1 | support |', '|---|---|---|---|---|');
        for (const p of m.per_class)
            out.push(`| ${escapeCell(p.class)} | ${f4(p.precision)} | ${f4(p.recall)} | ${f4(p.f1)} | ${p.support} |`);
    }
    if (c.search)
        out.push('', c.search.trimEnd());
    const top = [...c.importances].sort((a, b) => b.importance - a.importance || (a.feature < b.feature ? -1 : 1)).slice(0, 10);
    out.push('', '## Feature importance', '', 'Impurity-based (like sklearn `feature_importances_`), top 10:', '');
    out.push(mermaidBarChart({ title: 'Feature importance', labels: top.map((t) => t.feature), values: top.map((t) => t.importance), yLabel: 'importance', yMax: 1 }));
    out.push('## Limitations', '', '- A single tree is sensitive to the training sample; compare candidates with the evaluate-gate on the same holdout rows (holdout.jsonl).', '- Unknown categories at serving time are encoded as "none of the known categories".', '');
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/model/hist.js
/** Quantile cut points of a column from an evenly strided sample of at most `sampleSize` rows. */
function binCuts(col, maxBins = 256, sampleSize = 65536) {
    const n = col.length;
    const step = Math.max(1, Math.floor(n / sampleSize));
    const m = Math.ceil(n / step);
    const s = new Float64Array(m);
    for (let i = 0, j = 0; i < n; i += step, j++)
        s[j] = col[i] + 0;
    s.sort();
    // Distinct values with their counts.
    const vals = [];
    const counts = [];
    for (let i = 0; i < m; i++) {
        if (vals.length > 0 && vals[vals.length - 1] === s[i])
            counts[counts.length - 1]++;
        else {
            vals.push(s[i]);
            counts.push(1);
        }
    }
    const cuts = [];
    if (vals.length <= maxBins) {
        for (let i = 1; i < vals.length; i++)
            cuts.push((vals[i - 1] + vals[i]) / 2);
    }
    else {
        // Walk the distinct values, closing a bin each time the cumulative count passes the next quantile.
        let cum = 0;
        let next = 1;
        for (let i = 0; i < vals.length - 1; i++) {
            cum += counts[i];
            if (cum >= (next * m) / maxBins) {
                cuts.push((vals[i] + vals[i + 1]) / 2);
                while (cum >= (next * m) / maxBins)
                    next++;
                if (cuts.length === maxBins - 1)
                    break;
            }
        }
    }
    return Float64Array.from(cuts);
}
/** Bin every column (row-major bytes: binned[row * d + f]). */
function binColumns(columns, maxBins = 256) {
    const d = columns.length;
    const n = d > 0 ? columns[0].length : 0;
    const binned = new Uint8Array(n * d);
    const cuts = [];
    for (let f = 0; f < d; f++) {
        const col = columns[f];
        for (let i = 0; i < n; i++)
            if (!Number.isFinite(col[i]))
                throw new RangeError(`feature ${f} contains NaN or Infinity at row ${i + 1}; impute or drop those values before training`);
        const c = binCuts(col, maxBins);
        cuts.push(c);
        // Branchless binary search over the cuts padded to 255 with +Infinity: 8 fixed steps.
        const p = new Float64Array(256).fill(Number.POSITIVE_INFINITY);
        p.set(c);
        for (let i = 0; i < n; i++) {
            const x = col[i];
            let lo = 0;
            if (p[lo + 127] <= x)
                lo += 128;
            if (p[lo + 63] <= x)
                lo += 64;
            if (p[lo + 31] <= x)
                lo += 32;
            if (p[lo + 15] <= x)
                lo += 16;
            if (p[lo + 7] <= x)
                lo += 8;
            if (p[lo + 3] <= x)
                lo += 4;
            if (p[lo + 1] <= x)
                lo += 2;
            if (p[lo] <= x)
                lo += 1;
            binned[i * d + f] = lo;
        }
    }
    return { binned, cuts };
}
const B = 256;
/** `prebinned`: binColumns(columns) computed once and shared (a search's folds reuse it for every candidate). */
function trainTreeHist(data, opts, maxBins = 256, prebinned) {
    const { task, columns } = data;
    const isClf = task === 'classification';
    const d = columns.length;
    const n = data.y.length;
    const k = isClf ? (data.nClasses ?? 0) : 0;
    const yInt = isClf ? data.y : new Int32Array(0);
    const yNum = isClf ? new Float64Array(0) : data.y;
    const { binned, cuts } = prebinned ?? binColumns(columns, Math.min(maxBins, B));
    // Histogram layout: classification [f][bin][class] counts; regression [f][bin] (count, sum, sumSq).
    const W = isClf ? k : 3;
    const hsize = d * B * W;
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++)
        order[i] = i;
    const tmp = new Int32Array(n);
    const nodes = {
        feature: [],
        threshold: [],
        left: [],
        right: [],
        gain: [],
        samples: [],
        impurity: [],
        value: [],
        distLength: [],
    };
    const newNode = () => {
        nodes.feature.push(-1);
        nodes.threshold.push(0);
        nodes.left.push(0);
        nodes.right.push(0);
        nodes.gain.push(0);
        nodes.samples.push(0);
        nodes.impurity.push(0);
        nodes.distLength.push(0);
        for (let c = 0; c < Math.max(1, k); c++)
            nodes.value.push(0);
        return nodes.feature.length - 1;
    };
    function build(s, e) {
        const h = new Float64Array(hsize);
        if (isClf) {
            for (let i = s; i < e; i++) {
                const row = order[i];
                const base = row * d;
                const lab = yInt[row];
                for (let f = 0; f < d; f++)
                    h[(f * B + binned[base + f]) * W + lab]++;
            }
        }
        else {
            for (let i = s; i < e; i++) {
                const row = order[i];
                const base = row * d;
                const v = yNum[row];
                const v2 = v * v;
                for (let f = 0; f < d; f++) {
                    const o = (f * B + binned[base + f]) * 3;
                    h[o]++;
                    h[o + 1] += v;
                    h[o + 2] += v2;
                }
            }
        }
        return h;
    }
    const total = new Float64Array(Math.max(1, k));
    const L = new Float64Array(Math.max(1, k));
    /** Node statistics from feature 0's histogram (every row is in exactly one bin of it). */
    function nodeStats(h) {
        let m = 0;
        let sum = 0;
        let sumSq = 0;
        if (isClf) {
            total.fill(0);
            for (let b = 0; b < B; b++)
                for (let c = 0; c < k; c++)
                    total[c] += h[b * W + c];
            for (let c = 0; c < k; c++)
                m += total[c];
        }
        else {
            for (let b = 0; b < B; b++) {
                m += h[b * 3];
                sum += h[b * 3 + 1];
                sumSq += h[b * 3 + 2];
            }
        }
        return { m, sum, sumSq };
    }
    const root = newNode();
    // Nodes with at most SMALL rows skip histograms: their candidates come from sorting the rows'
    // bins (same candidates, same order, same result as scanning a histogram, but O(m log m)).
    const SMALL = 64;
    const keys = new Int32Array(SMALL);
    function rowStats(s, e) {
        let sum = 0;
        let sumSq = 0;
        if (isClf) {
            total.fill(0);
            for (let i = s; i < e; i++)
                total[yInt[order[i]]]++;
        }
        else {
            for (let i = s; i < e; i++) {
                const v = yNum[order[i]];
                sum += v;
                sumSq += v * v;
            }
        }
        return { m: e - s, sum, sumSq };
    }
    /** Best (feature, bin) of a small node by sorting its rows' bins; same criterion and order as the histogram scan. */
    function smallBest(s, e, m, sum) {
        let bestScore = -Infinity;
        let bestF = -1;
        let bestB = -1;
        let bestNl = 0;
        for (let f = 0; f < d; f++) {
            const nb = cuts[f].length;
            for (let i = 0; i < m; i++)
                keys[i] = (binned[order[s + i] * d + f] << 8) | i;
            const ks = keys.subarray(0, m).sort();
            if (isClf)
                L.fill(0);
            let nl = 0;
            let sl = 0;
            let i = 0;
            while (i < m) {
                const b = ks[i] >> 8;
                if (b >= nb)
                    break;
                while (i < m && ks[i] >> 8 === b) {
                    const row = order[s + (ks[i] & 255)];
                    if (isClf)
                        L[yInt[row]]++;
                    else
                        sl += yNum[row];
                    nl++;
                    i++;
                }
                const nr = m - nl;
                if (nr === 0)
                    break;
                let score;
                if (isClf) {
                    let sL = 0;
                    let sR = 0;
                    for (let c = 0; c < k; c++) {
                        const a = L[c];
                        const r = total[c] - a;
                        sL += a * a;
                        sR += r * r;
                    }
                    score = sL / nl + sR / nr;
                }
                else {
                    const sr = sum - sl;
                    score = (sl * sl) / nl + (sr * sr) / nr;
                }
                if (score > bestScore) {
                    bestScore = score;
                    bestF = f;
                    bestB = b;
                    bestNl = nl;
                }
            }
        }
        return [bestScore, bestF, bestB, bestNl];
    }
    // [node, start, end, depth, parentGain, histogram (null for small nodes)]
    const stack = [[root, 0, n, 0, isClf ? null : 0, n <= SMALL ? null : build(0, n)]];
    while (stack.length > 0) {
        const [node, s, e, depth, parentGain, h] = stack.pop();
        const { m, sum, sumSq } = h ? nodeStats(h) : rowStats(s, e);
        nodes.samples[node] = m;
        let parentGini = 0;
        if (isClf) {
            let sq = 0;
            for (let c = 0; c < k; c++)
                sq += (total[c] / m) ** 2;
            parentGini = 1 - sq;
            nodes.impurity[node] = parentGini;
        }
        else {
            nodes.impurity[node] = Math.max(0, sumSq / m - (sum / m) ** 2);
        }
        const makeLeaf = () => {
            if (isClf) {
                let maxLabel = 0;
                for (let c = 0; c < k; c++) {
                    nodes.value[node * k + c] = total[c] / m;
                    if (total[c] > 0)
                        maxLabel = c;
                }
                nodes.distLength[node] = maxLabel + 1;
            }
            else {
                nodes.value[node] = sum / m;
            }
        };
        if (m <= opts.minNumSamples || depth >= opts.maxDepth || m < 2) {
            makeLeaf();
            continue;
        }
        // Best split: first maximum of the criterion in (feature, bin) order.
        let bestScore = -Infinity;
        let bestF = -1;
        let bestB = -1;
        let bestNl = 0;
        if (!h)
            [bestScore, bestF, bestB, bestNl] = smallBest(s, e, m, sum);
        else
            for (let f = 0; f < d; f++) {
                const nb = cuts[f].length; // bins 0..nb; cut after bin b for b < nb
                const off = f * B * W;
                if (isClf) {
                    L.fill(0);
                    let nl = 0;
                    for (let b = 0; b < nb; b++) {
                        const o = off + b * W;
                        let cnt = 0;
                        for (let c = 0; c < k; c++) {
                            L[c] += h[o + c];
                            cnt += h[o + c];
                        }
                        if (cnt === 0)
                            continue;
                        nl += cnt;
                        const nr = m - nl;
                        if (nr === 0)
                            break;
                        let sL = 0;
                        let sR = 0;
                        for (let c = 0; c < k; c++) {
                            const a = L[c];
                            const r = total[c] - a;
                            sL += a * a;
                            sR += r * r;
                        }
                        const score = sL / nl + sR / nr;
                        if (score > bestScore) {
                            bestScore = score;
                            bestF = f;
                            bestB = b;
                            bestNl = nl;
                        }
                    }
                }
                else {
                    let nl = 0;
                    let sl = 0;
                    for (let b = 0; b < nb; b++) {
                        const o = off + b * 3;
                        const cnt = h[o];
                        if (cnt === 0)
                            continue;
                        nl += cnt;
                        sl += h[o + 1];
                        const nr = m - nl;
                        if (nr === 0)
                            break;
                        const sr = sum - sl;
                        const score = (sl * sl) / nl + (sr * sr) / nr;
                        if (score > bestScore) {
                            bestScore = score;
                            bestF = f;
                            bestB = b;
                            bestNl = nl;
                        }
                    }
                }
            }
        if (bestF < 0) {
            makeLeaf();
            continue;
        }
        // ml-cart's gain: gini decrease (classification) or children's squared error (regression).
        const gain = isClf ? parentGini - (m - bestScore) / m : Math.max(0, sumSq - bestScore);
        if (!(gain > opts.gainThreshold) || gain === parentGain) {
            makeLeaf();
            continue;
        }
        // Stable partition of the node's rows.
        let w = s;
        let t = 0;
        for (let i = s; i < e; i++) {
            const row = order[i];
            if (binned[row * d + bestF] <= bestB)
                order[w++] = row;
            else
                tmp[t++] = row;
        }
        for (let i = 0; i < t; i++)
            order[w + i] = tmp[i];
        const mid = s + bestNl;
        nodes.feature[node] = bestF;
        nodes.threshold[node] = cuts[bestF][bestB];
        nodes.gain[node] = gain;
        const l = newNode();
        const r = newNode();
        nodes.left[node] = l;
        nodes.right[node] = r;
        // Histogram subtraction: count the smaller child, derive the other (small nodes: count both).
        let hl = null;
        let hr = null;
        const nL = mid - s;
        const nR = e - mid;
        if (h && (nL > SMALL || nR > SMALL)) {
            if (nL <= SMALL) {
                if ((e - s) * d < hsize)
                    hr = build(mid, e);
                else {
                    const hs = build(s, mid);
                    for (let i = 0; i < hsize; i++)
                        h[i] -= hs[i];
                    hr = h;
                }
            }
            else if (nR <= SMALL) {
                if ((e - s) * d < hsize)
                    hl = build(s, mid);
                else {
                    const hs = build(mid, e);
                    for (let i = 0; i < hsize; i++)
                        h[i] -= hs[i];
                    hl = h;
                }
            }
            else {
                const leftSmall = nL <= nR;
                const hs = leftSmall ? build(s, mid) : build(mid, e);
                for (let i = 0; i < hsize; i++)
                    h[i] -= hs[i];
                hl = leftSmall ? hs : h;
                hr = leftSmall ? h : hs;
            }
        }
        stack.push([r, mid, e, depth + 1, gain, hr]);
        stack.push([l, s, mid, depth + 1, gain, hl]);
    }
    const count = nodes.feature.length;
    return {
        task,
        nFeatures: d,
        nClasses: k,
        nodeCount: count,
        feature: Int32Array.from(nodes.feature),
        threshold: Float64Array.from(nodes.threshold),
        left: Int32Array.from(nodes.left),
        right: Int32Array.from(nodes.right),
        gain: Float64Array.from(nodes.gain),
        samples: Int32Array.from(nodes.samples),
        impurity: Float64Array.from(nodes.impurity),
        value: Float64Array.from(nodes.value),
        distLength: Int32Array.from(nodes.distLength),
    };
}

// EXTERNAL MODULE: ./src/model/search.js
var model_search = __webpack_require__(59991);
;// CONCATENATED MODULE: ./src/model/search-run.js
/**
 * A whole search on the training split: candidates, rounds (halving), shards and merging, and the
 * record that goes into metrics.json / params.json (`search`). The holdout never takes part.
 */



const SHARD_FILE = 'search-shard.json';
/** Checks that do not need the data: the space, the method and the folds. */
function planSearch(s) {
    const full = (0,model_search/* readSearchSpace */.tu)(s.search ?? {});
    // A hyperparameter also given as a value (train.max-depth, --max-depth, input) is pinned to it:
    // the search varies the others (a PR that sets max-depth gets that depth).
    const pinned = full.filter(([n]) => s.pinned?.[n] !== undefined).map(([n]) => n);
    const space = full.filter(([n]) => !pinned.includes(n));
    if (space.length === 0)
        throw new src_errors.UsageError(`search: every searched hyperparameter (${pinned.join(', ')}) is also given a value, so there is nothing to search; remove the value(s) or the search`);
    if (s.cvFolds < 2) {
        throw new src_errors.UsageError(s.testData
            ? `a search with test-data still selects on folds of the training data (test-data is the holdout and never takes part); cv-folds is ${s.cvFolds}: set cv-folds to 2 or more (default 5) or drop search`
            : `a search selects on cross-validation folds; cv-folds is ${s.cvFolds}: set cv-folds to 2 or more (default 5) or drop search`);
    }
    if (s.shard && s.searchMethod === 'halving')
        throw new src_errors.UsageError(`shard: search-method halving needs every candidate's scores before its next round and cannot be sharded; use grid or random with --shard / input "shard"`);
    return { space, candidates: (0,model_search/* enumerateCandidates */.f6)(space, s.searchMethod, s.searchTrials, s.seed), pinned };
}
const METRICS = {
    classification: ['accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_weighted', 'recall_weighted', 'f1_weighted', 'roc_auc', 'log_loss'],
    regression: ['mae', 'mse', 'rmse', 'r2', 'mape'],
};
/** The metric the search scores on must exist for the task. */
function checkMetric(task, metric) {
    if (!METRICS[task].includes(metric))
        throw new src_errors.UsageError(`metric "${metric}" is not available for ${task}; choose one of ${METRICS[task].join(', ')} (train.metric / --metric / input "metric")`);
}
/** Folds against the training split: every class needs at least one row per fold. */
function checkFolds(s, task, train) {
    const k = s.cvFolds;
    if (train.rows.length < 2 * k)
        throw new src_errors.UsageError(`${s.data}: ${train.rows.length} training rows are too few for ${k}-fold cross-validation; lower cv-folds`);
    if (task !== 'classification')
        return;
    const ti = train.columns.indexOf(s.target);
    const counts = new Map();
    for (const r of train.rows)
        counts.set(labelOf(r[ti]), (counts.get(labelOf(r[ti])) ?? 0) + 1);
    const [cls, n] = [...counts].sort((a, b) => a[1] - b[1])[0];
    if (n < k)
        throw new src_errors.UsageError(`${s.data}: cv-folds is ${k} but class "${cls}" has only ${n} training rows, fewer than the folds (stratified folds need a row of each class per fold); lower cv-folds to ${Math.max(2, n)} or add rows`);
}
/** Evaluate the candidates (all, or one shard's), halving included. */
async function evaluateSearch(s, job, candidates, run, shard) {
    const n = job.train.rows.length;
    if (s.searchMethod !== 'halving') {
        const indexes = shard ? (0,model_search/* shardOf */.IS)(candidates.length, shard) : candidates.map((_, i) => i);
        const tasks = indexes.map((i) => ({ index: i, params: candidates[i], iteration: 0, resources: n }));
        return { results: await run(job, tasks) };
    }
    const k = job.classes?.length ?? 1;
    // sklearn's smallest min_resources: 2 · folds · classes rows (2 · folds for regression).
    const schedule = (0,model_search/* halvingSchedule */.Hx)(candidates.length, n, 2 * s.cvFolds * k);
    let alive = candidates.map((_, i) => i);
    const results = [];
    const rounds = [];
    for (let it = 0; it < schedule.length; it++) {
        const { resources } = schedule[it];
        const out = await run(job, alive.map((i) => ({ index: i, params: candidates[i], iteration: it, resources })));
        results.push(...out);
        rounds.push({ iteration: it, resources: out[0]?.resources ?? resources, candidates: alive.length });
        if (it + 1 < schedule.length) {
            const keep = Math.max(1, Math.ceil(alive.length / 3));
            alive = [...out].sort((0,model_search/* compareResults */.ex)(higherIsBetter(job.metric))).slice(0, keep).map((r) => r.index).sort((a, b) => a - b);
        }
    }
    return { results, rounds };
}
const HIGHER = new Set(['accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_weighted', 'recall_weighted', 'f1_weighted', 'roc_auc', 'r2']);
const higherIsBetter = (metric) => HIGHER.has(metric);
/** Choose among the results and build the record (ranks within the final round). */
function recordSearch(s, space, metric, results, rounds, pinned = []) {
    const last = Math.max(...results.map((r) => r.iteration));
    const final = results.filter((r) => r.iteration === last);
    for (const r of results)
        if (!Number.isFinite(r.mean))
            throw new src_errors.UsageError(`search: metric "${metric}" could not be computed on the folds (candidate ${r.index}); choose another metric or more rows`);
    const hib = higherIsBetter(metric);
    const best = (0,model_search/* selectBest */.lJ)(final, hib, s.oneSe);
    const ranked = [...final].sort((0,model_search/* compareResults */.ex)(hib));
    const rank = new Map(ranked.map((r, i) => [r.index, i + 1]));
    const sorted = [...results].sort((a, b) => a.iteration - b.iteration || a.index - b.index);
    return {
        method: s.searchMethod,
        metric,
        higher_is_better: hib,
        cv_folds: s.cvFolds,
        one_se: s.oneSe,
        seed: s.seed,
        space: Object.fromEntries(space.map(([n, d]) => [n, d.kind === 'list' ? d.values : `${d.kind} ${d.lo}..${d.hi}`])),
        ...(pinned.length ? { pinned: Object.fromEntries(pinned.map((n) => [n, s.pinned[n]])) } : {}),
        main_param: (0,model_search/* mainParam */.Tn)(space) ?? null,
        candidates: sorted.map((r) => ({ ...r, rank: r.iteration === last ? rank.get(r.index) : 0 })),
        best: { index: best.index, params: best.params, mean: best.mean, std: best.std },
        ...(rounds ? { rounds } : {}),
    };
}
/** Merge shard files: one fingerprint, every shard of one count exactly once. */
function mergeShards(files, fingerprint, nCandidates) {
    if (files.length === 0)
        throw new src_errors.UsageError(`merge-search: no ${SHARD_FILE} found; pass the folders the shards wrote (--merge-search DIR, repeatable)`);
    const count = files[0].shard.shard.count;
    const seen = new Map();
    for (const { path, shard } of files) {
        if (shard.fingerprint !== fingerprint)
            throw new src_errors.UsageError(`merge-search: ${path} was written for other data or settings (fingerprint ${shard.fingerprint.slice(0, 12)}, this run ${fingerprint.slice(0, 12)}); run every shard and the merge with the same cd4ml.yml, flags and data`);
        if (shard.shard.count !== count)
            throw new src_errors.UsageError(`merge-search: ${path} is shard ${shard.shard.index}/${shard.shard.count}, others are of ${count}; merge the shards of one run`);
        if (seen.has(shard.shard.index))
            throw new src_errors.UsageError(`merge-search: shard ${shard.shard.index}/${count} appears twice (${seen.get(shard.shard.index)} and ${path}); pass each shard once`);
        seen.set(shard.shard.index, path);
    }
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
    if (missing.length > 0)
        throw new src_errors.UsageError(`merge-search: shard ${missing.map((m) => `${m}/${count}`).join(', ')} missing; pass the folders of all ${count} shards`);
    const results = files.flatMap((f) => f.shard.results).sort((a, b) => a.index - b.index);
    if (results.length !== nCandidates || results.some((r, i) => r.index !== i))
        throw new src_errors.UsageError(`merge-search: the shards hold ${results.length} results for ${nCandidates} candidates; re-run the shards with the same settings`);
    return results;
}


// EXTERNAL MODULE: ./src/model/search-eval.js
var search_eval = __webpack_require__(14590);
;// CONCATENATED MODULE: ./src/model/search-report.js
/**
 * The search in Markdown (model card and train job summary): the chosen params, every candidate
 * of the final round, and a Mermaid validation curve — mean CV score and training score against
 * the main hyperparameter (best candidate per value). Data values go through src/report/markdown.ts.
 */

const search_report_f4 = (x) => (x === null || x === undefined || !Number.isFinite(x) ? '—' : Number.isInteger(x) ? String(x) : x.toFixed(4));
/** At most this many rows in the table (best first); metrics.json holds every one. */
const MAX_ROWS = 50;
function renderSearchMarkdown(r, heading = '##') {
    const out = [];
    const names = Object.keys(r.space);
    const last = Math.max(...r.candidates.map((c) => c.iteration));
    const final = r.candidates.filter((c) => c.iteration === last).sort((a, b) => a.rank - b.rank);
    const what = r.method === 'halving' ? `successive halving (${r.rounds?.map((x) => `${x.candidates} candidates on ${x.resources} rows`).join(' → ')})` : r.method === 'random' ? `random search (${final.length} samples)` : `grid search (${final.length} candidates)`;
    out.push(`${heading} Model selection`, '');
    out.push(`${what}, ${r.cv_folds}-fold stratified cross-validation on the training split (the holdout took no part), scored on **${escapeCell(r.metric)}**${r.one_se ? ', one-standard-error rule' : ''}.`, '');
    out.push(`Chosen: ${names.map((n) => `**${escapeCell(n)} = ${escapeCell(String(r.best.params[n]))}**`).join(', ')} — CV ${escapeCell(r.metric)} ${search_report_f4(r.best.mean)} ± ${search_report_f4(r.best.std)}; refit on the whole training split.`, '');
    if (r.pinned)
        out.push(`Fixed by a value given alongside the search: ${Object.entries(r.pinned).map(([k, v]) => `${escapeCell(k)} = ${escapeCell(String(v))}`).join(', ')}.`, '');
    out.push(`| rank | ${names.map((n) => escapeCell(n)).join(' | ')} | CV mean ± std | train | nodes | fit ms |`, `|---:|${names.map(() => '---').join('|')}|---|---:|---:|---:|`);
    for (const c of final.slice(0, MAX_ROWS)) {
        const p = names.map((n) => escapeCell(String(c.params[n])));
        const mark = c.index === r.best.index ? ' ✅' : '';
        out.push(`| ${c.rank}${mark} | ${p.join(' | ')} | ${search_report_f4(c.mean)} ± ${search_report_f4(c.std)} | ${search_report_f4(c.train_mean)} | ${search_report_f4(Number(c.nodes.toFixed(1)))} | ${c.fit_time_ms ?? '—'} |`);
    }
    if (final.length > MAX_ROWS)
        out.push('', `${final.length - MAX_ROWS} more candidates in metrics.json (search.candidates).`);
    out.push('');
    const curve = validationCurve(r, final);
    if (curve)
        out.push(curve);
    return out.join('\n');
}
/** CV and training score against the main hyperparameter: for each value, the best candidate with it. */
function validationCurve(r, final) {
    const p = r.main_param;
    if (!p)
        return undefined;
    const byValue = new Map();
    for (const c of final) {
        const v = Number(c.params[p]);
        if (!Number.isFinite(v))
            continue;
        const cur = byValue.get(v);
        if (!cur || c.rank < cur.rank)
            byValue.set(v, c);
    }
    if (byValue.size < 2)
        return undefined;
    const xs = [...byValue.keys()].sort((a, b) => a - b);
    const cv = xs.map((x) => byValue.get(x).mean);
    const tr = xs.map((x) => byValue.get(x).train_mean);
    const all = [...cv, ...tr].filter(Number.isFinite);
    const lo = Math.min(...all);
    const hi = Math.max(...all);
    const pad = (hi - lo) * 0.1 || 0.01;
    const num = (x) => (Number.isFinite(x) ? Number(x.toPrecision(4)) : 0);
    return [
        `Validation curve: ${escapeCell(r.metric)} against ${escapeCell(p)} (line 1: CV mean, line 2: training score; best candidate per value).`,
        '',
        '```mermaid',
        'xychart-beta',
        `  title "${mermaidLabel(`Validation curve (${r.metric})`, 80)}"`,
        `  x-axis "${mermaidLabel(p)}" [${xs.map((x) => `"${mermaidLabel(String(x))}"`).join(', ')}]`,
        `  y-axis "${mermaidLabel(r.metric)}" ${num(lo - pad)} --> ${num(hi + pad)}`,
        `  line [${cv.map(num).join(', ')}]`,
        `  line [${tr.map(num).join(', ')}]`,
        '```',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/model/train.js
/**
 * The train stage: read data → choose target/features/task → seeded (stratified) holdout split →
 * fit preprocessing on the training split → grow the tree (or a bagged forest) → evaluate →
 * optional stratified k-fold CV → write the model bundle. No clock, environment or git access:
 * the adapters pass the timestamp, git SHAs and tool version in `TrainContext`.
 */























/** auto split search: exact (ml-cart-identical) up to this many training rows, histogram above. */
const EXACT_MAX_ROWS = 20_000;
/** Class label text of a raw target value. */
function labelOf(v) {
    return typeof v === 'string' ? v.trim() : v instanceof Date ? v.toISOString() : String(v);
}
function numericTarget(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : undefined;
    if (typeof v === 'string' && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v.trim()))
        return Number(v.trim());
    return undefined;
}
/** Sorted class labels: numerically when all look numeric, else by code point (like numpy.unique). */
function sortClasses(labels) {
    const allNum = labels.every((l) => numericTarget(l) !== undefined);
    return [...labels].sort((a, b) => (allNum ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0));
}
/** Stratified (classification) or plain seeded holdout split; returns test row indexes. */
function holdoutSplit(labels, n, testSize, rng) {
    const groups = new Map();
    if (labels)
        labels.forEach((l, i) => (groups.get(l) ?? groups.set(l, []).get(l)).push(i));
    else
        groups.set(0, Array.from({ length: n }, (_, i) => i));
    const test = [];
    const train = [];
    const keys = [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const key of keys) {
        const idx = Int32Array.from(groups.get(key));
        (0,model_rng/* shuffleInPlace */.k)(idx, rng);
        let nt = Math.round(idx.length * testSize);
        if (labels && idx.length >= 2)
            nt = Math.min(Math.max(nt, 1), idx.length - 1);
        for (let i = 0; i < idx.length; i++)
            (i < nt ? test : train).push(idx[i]);
    }
    return { train: train.sort((a, b) => a - b), test: test.sort((a, b) => a - b) };
}
/** Stratified k-fold assignment (fold index per row), seeded. */
function stratifiedFolds(labels, k, rng) {
    const fold = new Int32Array(labels.length);
    const groups = new Map();
    labels.forEach((l, i) => (groups.get(l) ?? groups.set(l, []).get(l)).push(i));
    let offset = 0;
    for (const key of [...groups.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
        const idx = Int32Array.from(groups.get(key));
        (0,model_rng/* shuffleInPlace */.k)(idx, rng);
        for (let i = 0; i < idx.length; i++)
            fold[idx[i]] = (i + offset) % k;
        offset += idx.length;
    }
    return fold;
}
function subset(t, idx) {
    return { columns: t.columns, rows: idx.map((i) => t.rows[i]), lines: idx.map((i) => t.lines[i]) };
}
/** Encode target values: class index (−1 unknown / missing) or number (NaN when not numeric). */
function encodeTarget(task, classes, values) {
    if (task === 'regression')
        return Float64Array.from(values, (v) => numericTarget(v) ?? Number.NaN);
    const index = new Map(classes.map((c, i) => [c, i]));
    return Int32Array.from(values, (v) => ((0,preprocess/* isMissing */.b2)(v) ? -1 : (index.get(labelOf(v)) ?? -1)));
}
async function prepare(s) {
    const table = await (0,read/* readTable */.xz)(s.data, { format: s.format });
    const ti = table.columns.indexOf(s.target);
    if (ti < 0)
        throw new src_errors.UsageError(`${s.data}: target column "${s.target}" not found; columns are: ${table.columns.join(', ')}. Set train.target / --target to one of them`);
    const exclude = new Set(s.exclude ?? []);
    const features = s.features ?? table.columns.filter((c) => c !== s.target && !exclude.has(c));
    for (const f of features) {
        if (f === s.target)
            throw new src_errors.UsageError(`feature "${f}" is the target; remove it from train.features`);
        if (!table.columns.includes(f))
            throw new src_errors.UsageError(`${s.data}: feature column "${f}" not found; columns are: ${table.columns.join(', ')}`);
    }
    if (features.length === 0)
        throw new src_errors.UsageError(`${s.data}: no feature columns left after excluding the target and train.exclude`);
    // Rows without a target cannot be used for training or evaluation: dropped and counted.
    const keep = table.rows.map((r, i) => ((0,preprocess/* isMissing */.b2)(r[ti]) ? -1 : i)).filter((i) => i >= 0);
    const dropped = table.rows.length - keep.length;
    const all = subset(table, keep);
    const targets = all.rows.map((r) => r[ti]);
    const nums = targets.map(numericTarget);
    const allNumeric = nums.every((x) => x !== undefined);
    let task = s.task;
    // Inferred: a numeric target with more than 20 distinct values is regression, anything else classification.
    if (!task)
        task = allNumeric && new Set(nums).size > 20 ? 'regression' : 'classification';
    if (task === 'regression' && !allNumeric) {
        const bad = nums.findIndex((x) => x === undefined);
        throw new src_errors.UsageError(`${s.data}:${all.lines[bad]}: target "${s.target}" is ${JSON.stringify(targets[bad])}, not a number; regression needs a numeric target (use task: classification for labels)`);
    }
    let classes;
    if (task === 'classification') {
        classes = sortClasses([...new Set(targets.map(labelOf))]);
        if (classes.length < 2)
            throw new src_errors.UsageError(`${s.data}: target "${s.target}" has a single class (${JSON.stringify(classes[0] ?? '')}); classification needs at least two classes`);
        if (classes.length > 1000)
            throw new src_errors.UsageError(`${s.data}: target "${s.target}" has ${classes.length} classes; for a numeric target use task: regression`);
    }
    let train;
    let test;
    if (s.testData) {
        const t = await (0,read/* readTable */.xz)(s.testData, { format: s.format });
        const tti = t.columns.indexOf(s.target);
        if (tti < 0)
            throw new src_errors.UsageError(`${s.testData}: target column "${s.target}" not found; the test file needs the same columns as ${s.data}`);
        for (const f of features)
            if (!t.columns.includes(f))
                throw new src_errors.UsageError(`${s.testData}: feature column "${f}" not found; the test file needs the same columns as ${s.data}`);
        train = all;
        test = subset(t, t.rows.map((r, i) => ((0,preprocess/* isMissing */.b2)(r[tti]) ? -1 : i)).filter((i) => i >= 0));
    }
    else {
        const labels = task === 'classification' ? targets.map(labelOf) : null;
        const split = holdoutSplit(labels, all.rows.length, s.testSize, (0,model_rng/* createRng */.S)(s.seed));
        if (split.test.length < 1 || split.train.length < 2) {
            throw new src_errors.UsageError(`${s.data}: ${all.rows.length} rows with a target are too few for a holdout of test-size ${s.testSize}; add rows, change test-size, or pass test-data`);
        }
        train = subset(all, split.train);
        test = subset(all, split.test);
    }
    if (test.rows.length === 0)
        throw new src_errors.UsageError(`${s.testData ?? s.data}: no evaluation rows with a target`);
    // A numeric column with a few bad cells is refused with every bad cell, not trained as a category.
    const categorical = new Set(s.categorical ?? []);
    for (const [file, t] of [[s.data, all], ...(s.testData ? [[s.testData, test]] : [])]) {
        const bad = badNumericCells(t, features.filter((f) => !categorical.has(f)));
        if (bad.length > 0)
            throw new src_errors.UsageError((0,nearly_numeric/* formatBadNumericCells */.H1)(file, bad, 'list the column under train.categorical in cd4ml.yml if it really is a category'));
    }
    if (task === 'classification') {
        const trainClasses = new Set(train.rows.map((r) => labelOf(r[ti])));
        if (trainClasses.size < 2)
            throw new src_errors.UsageError(`${s.data}: the training split has a single class; add rows of the other classes or lower test-size`);
    }
    return { task, classes, features, train, test, trainLines: train.lines, dropped };
}
/**
 * Feature columns of `t` that are numeric by NEARLY_NUMERIC_SHARE but hold cells that are not
 * numbers, with those cells (line from the table, position from its header).
 */
function badNumericCells(t, features) {
    const out = [];
    for (const name of features) {
        const ci = t.columns.indexOf(name);
        let numbers = 0;
        let nonMissing = 0;
        // More non-numbers than NEARLY_NUMERIC_SHARE allows of all rows: a text column, stop early.
        const maxBad = (1 - nearly_numeric/* NEARLY_NUMERIC_SHARE */.K6) * t.rows.length;
        for (const row of t.rows) {
            const v = row[ci];
            if ((0,preprocess/* isMissing */.b2)(v))
                continue;
            nonMissing++;
            if ((0,preprocess/* isNumberLike */.tj)(v))
                numbers++;
            else if (nonMissing - numbers > maxBad)
                break;
        }
        if (!(0,nearly_numeric/* isNearlyNumeric */.pR)(numbers, nonMissing))
            continue;
        const cells = [];
        for (let r = 0; r < t.rows.length && cells.length < nearly_numeric/* MAX_LISTED_CELLS */.lY; r++) {
            const v = t.rows[r][ci];
            if (!(0,preprocess/* isMissing */.b2)(v) && !(0,preprocess/* isNumberLike */.tj)(v))
                cells.push({ line: t.lines[r], value: v });
        }
        out.push({ column: name, position: ci + 1, numbers, nonMissing, bad: nonMissing - numbers, cells });
    }
    return out;
}
function treeDepth(t) {
    const depth = new Int32Array(t.nodeCount);
    let max = 0;
    for (let i = 0; i < t.nodeCount; i++) {
        if (t.feature[i] >= 0) {
            depth[t.left[i]] = depth[i] + 1;
            depth[t.right[i]] = depth[i] + 1;
            max = Math.max(max, depth[i] + 1);
        }
    }
    return max;
}
/** Transform a split, turning bad values into a UsageError naming file line, column and value. */
function transformOrThrow(spec, t, file) {
    const raw = (0,preprocess/* rawColumnsOf */.vP)(spec, t.columns, t.rows);
    const { columns, errors } = (0,preprocess/* transformColumns */.Y)(spec, raw, t.rows.length);
    if (errors.length > 0) {
        const e = errors[0];
        throw new src_errors.UsageError(`${file}:${t.lines[e.row]}: column "${e.column}" is ${JSON.stringify(e.value)}, expected ${e.expected} (the column was typed from the training rows); fix the value or list the column under train.categorical`);
    }
    for (let f = 0; f < columns.length; f++) {
        const c = columns[f];
        for (let r = 0; r < c.length; r++) {
            if (!Number.isFinite(c[r]))
                throw new src_errors.UsageError(`${file}:${t.lines[r]}: feature "${spec.features[f]}" is ${c[r]} after preprocessing; replace NaN/Infinity values or set train.impute`);
        }
    }
    return columns;
}
/** Preprocessing fitted on `train` and applied to it: the feature matrix and the encoded target. */
function preprocessTrain(s, task, classes, features, train, file) {
    const spec = (0,preprocess/* fitPreprocess */.eF)(train.columns, train.rows, features, {
        numericImpute: s.numericImpute,
        categoricalImpute: s.categoricalImpute,
        fillValue: s.fillValue,
        encoding: s.encoding,
        categorical: s.categorical,
        datetimeParts: s.datetimeParts,
    });
    const X = transformOrThrow(spec, train, file);
    const ti = train.columns.indexOf(s.target);
    const y = encodeTarget(task, classes, train.rows.map((r) => r[ti]));
    return { spec, X, y };
}
function fitModel(s, task, classes, features, train, file) {
    const { spec, X, y } = preprocessTrain(s, task, classes, features, train, file);
    return growModel(s, task, classes, spec, X, y);
}
/** Grow the tree (or forest) on preprocessed columns. */
function growModel(s, task, classes, spec, X, y, shared) {
    const opts = { maxDepth: s.maxDepth, minNumSamples: s.minNumSamples, gainThreshold: s.gainThreshold ?? (task === 'classification' ? 0.01 : 0) };
    const k = classes?.length ?? 0;
    const splitSearch = s.splitSearch === 'auto' ? (y.length <= EXACT_MAX_ROWS ? 'exact' : 'histogram') : s.splitSearch;
    const grow = splitSearch === 'exact' ? trainTree : trainTreeHist;
    if (s.model === 'tree' && splitSearch === 'histogram' && shared) {
        // A search's fold: the columns are binned once and shared by every candidate.
        shared.binned ??= binColumns(X);
        const tree = trainTreeHist({ task, columns: X, y, nClasses: k }, opts, 256, shared.binned);
        return { spec, model: (0,mlcart/* toMlCartModel */.GE)(tree, opts), importances: featureImportances(tree), nodes: tree.nodeCount, depth: treeDepth(tree), splitSearch };
    }
    if (s.model === 'tree') {
        const tree = grow({ task, columns: X, y, nClasses: k }, opts);
        return { spec, model: (0,mlcart/* toMlCartModel */.GE)(tree, opts), importances: featureImportances(tree), nodes: tree.nodeCount, depth: treeDepth(tree), splitSearch };
    }
    // Bagging: each tree sees a bootstrap sample of the rows and a random subset of the features.
    const rng = (0,model_rng/* createRng */.S)(s.seed ^ 0x9e3779b9);
    const d = X.length;
    const m = s.maxFeatures === 'all' ? d : s.maxFeatures === 'sqrt' ? Math.max(1, Math.round(Math.sqrt(d))) : Math.max(1, Math.round(s.maxFeatures * d));
    const n = y.length;
    const trees = [];
    const imp = new Float64Array(d);
    let nodes = 0;
    let depth = 0;
    for (let t = 0; t < s.nTrees; t++) {
        const rows = new Int32Array(n);
        for (let i = 0; i < n; i++)
            rows[i] = rng.int(n);
        rows.sort();
        const feats = (0,model_rng/* shuffleInPlace */.k)(Int32Array.from({ length: d }, (_, i) => i), rng).slice(0, m).sort();
        const cols = Array.from(feats, (f) => Float64Array.from(rows, (r) => X[f][r]));
        const yy = task === 'classification' ? Int32Array.from(rows, (r) => y[r]) : Float64Array.from(rows, (r) => y[r]);
        const tree = grow({ task, columns: cols, y: yy, nClasses: k }, opts);
        for (let i = 0; i < tree.nodeCount; i++)
            if (tree.feature[i] >= 0)
                tree.feature[i] = feats[tree.feature[i]];
        const fi = featureImportances({ ...tree, nFeatures: d });
        for (let f = 0; f < d; f++)
            imp[f] += fi[f] / s.nTrees;
        trees.push((0,mlcart/* toMlCartModel */.GE)(tree, opts));
        nodes += tree.nodeCount;
        depth = Math.max(depth, treeDepth(tree));
    }
    const forest = { name: 'cd4ml-forest', trees };
    return { spec, model: forest, importances: imp, nodes, depth, splitSearch };
}
/** Metrics of a fitted model on preprocessed columns with encoded targets (no file checks). */
function scoreColumns(task, classes, model, X, y) {
    const compiled = (0,bundle/* compileModel */.To)(model, classes?.length);
    const { predictions, probabilities } = (0,bundle/* predictFeatureColumns */.l3)(compiled, X, y.length);
    if (task === 'regression')
        return computeRegressionMetrics(y, predictions);
    return computeClassificationMetrics({ yTrue: y, yPred: predictions, proba: probabilities, classes: classes });
}
function evaluate(task, classes, fit, test, target, file) {
    const X = transformOrThrow(fit.spec, test, file);
    const model = (0,bundle/* compileModel */.To)(fit.model, classes?.length);
    const { predictions, probabilities } = (0,bundle/* predictFeatureColumns */.l3)(model, X, test.rows.length);
    const ti = test.columns.indexOf(target);
    const y = encodeTarget(task, classes, test.rows.map((r) => r[ti]));
    if (task === 'regression') {
        for (let i = 0; i < y.length; i++)
            if (Number.isNaN(y[i]))
                throw new src_errors.UsageError(`${file}:${test.lines[i]}: target "${target}" is ${JSON.stringify(test.rows[i][ti])}, not a number`);
        return computeRegressionMetrics(y, predictions);
    }
    for (let i = 0; i < y.length; i++) {
        if (y[i] < 0)
            throw new src_errors.UsageError(`${file}:${test.lines[i]}: target "${target}" is ${JSON.stringify(test.rows[i][ti])}, a class the training data does not have (classes: ${classes.join(', ')})`);
    }
    return computeClassificationMetrics({ yTrue: y, yPred: predictions, proba: probabilities, classes: classes });
}
async function fileSha256(path) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        h.update(chunk);
    return h.digest('hex');
}
/** md5 of a DVC-tracked file from its `<file>.dvc` pointer, when there is one. */
async function dvcMd5(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(`${path}.dvc`, 'utf8');
    }
    catch {
        return undefined;
    }
    const doc = (0,dist/* parse */.qg)(text);
    return doc?.outs?.[0]?.md5;
}
const HIGHER_IS_BETTER = new Set(['accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_weighted', 'recall_weighted', 'f1_weighted', 'roc_auc', 'r2']);
/**
 * What `--out DIR` may replace: nothing but an empty directory or a cd4ml bundle (manifest.json and
 * only bundle files). Anything else is the user's and is never deleted.
 */
const BUNDLE_OUT = {
    replaceable(entries) {
        const known = new Set([...bundle/* BUNDLE_FILES */.HJ, 'manifest.json']);
        if (!entries.includes('manifest.json')) {
            const shown = entries.slice(0, 5).join(', ') + (entries.length > 5 ? `, … (${entries.length} entries)` : '');
            return `the bundle directory is not empty and is not a cd4ml model bundle (no manifest.json; it holds ${shown}); nothing was deleted. Pass a new or empty directory to --out / train.out`;
        }
        const foreign = entries.filter((e) => !known.has(e));
        if (foreign.length > 0)
            return `the model bundle there also holds files that are not part of a bundle (${foreign.slice(0, 5).join(', ')}); nothing was deleted. Move them away or pass another directory to --out / train.out`;
        return undefined;
    },
};
/** What a shard run may replace: an empty folder or one holding only a shard file. */
const SHARD_OUT = {
    replaceable(entries) {
        const foreign = entries.filter((e) => e !== SHARD_FILE);
        if (foreign.length > 0)
            return `the shard folder holds files other than ${SHARD_FILE} (${foreign.slice(0, 5).join(', ')}); nothing was deleted. Pass a new or empty directory to --out / input "out"`;
        return undefined;
    },
};
/** The identity of a search run: data hashes and every setting that changes a score (not out, shard, jobs). */
async function searchFingerprint(s) {
    const { out: _o, shard: _s, mergeSearch: _m, jobs: _j, intendedUse: _i, ...rest } = s;
    const files = await Promise.all([s.data, ...(s.testData ? [s.testData] : [])].map(fileSha256));
    return (0,bundle/* sha256 */.sc)((0,bundle/* stableJson */._Y)({ settings: rest, files }));
}
/** Shard files from each DIR: DIR/search-shard.json, or search-shard.json in the subfolders of DIR (a folder of downloaded artifacts). */
async function readShardFiles(dirs) {
    const exists = (p) => (0,promises_.readFile)(p).then(() => true, () => false);
    const paths = [];
    for (const dir of dirs) {
        const direct = (0,external_node_path_.join)(dir, SHARD_FILE);
        if (await exists(direct)) {
            paths.push(direct);
            continue;
        }
        const subs = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => undefined);
        if (!subs)
            throw new src_errors.UsageError(`merge-search: folder ${dir} not found; pass folders written by cd4ml train --shard I/N (or a folder holding them)`);
        const found = [];
        for (const d of subs.filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
            const p = (0,external_node_path_.join)(dir, d, SHARD_FILE);
            if (await exists(p))
                found.push(p);
        }
        if (found.length === 0)
            throw new src_errors.UsageError(`merge-search: no ${SHARD_FILE} in ${dir} or its subfolders; pass folders written by cd4ml train --shard I/N`);
        paths.push(...found);
    }
    const out = [];
    for (const path of paths) {
        const text = await (0,promises_.readFile)(path, 'utf8');
        let shard;
        try {
            shard = JSON.parse(text);
        }
        catch {
            throw new src_errors.UsageError(`merge-search: ${path} is not JSON; pass folders written by cd4ml train --shard I/N`);
        }
        if (shard?.cd4ml !== 'search-shard' || shard.version !== 1 || !Array.isArray(shard.results))
            throw new src_errors.UsageError(`merge-search: ${path} is not a cd4ml search shard (version 1); re-run the shard with this version`);
        out.push({ path, shard });
    }
    return out;
}
/** Run the whole stage and write the bundle to `settings.out` (through a temporary sibling renamed into place). */
async function trainAndWriteBundle(settings, ctx) {
    let s = settings;
    const searching = s.search !== undefined || (s.mergeSearch?.length ?? 0) > 0;
    if (!searching && s.shard)
        throw new src_errors.UsageError('shard: there is no search to shard; set train.search / --search / input "search"');
    const plan = searching ? planSearch(s) : undefined;
    const shard = s.shard ? (0,model_search/* parseShard */.uK)(s.shard) : undefined;
    if (shard && s.mergeSearch?.length)
        throw new src_errors.UsageError('shard and merge-search exclude each other: shards write partial results, the merge reads them; pass one');
    await (0,atomic/* checkDirReplaceable */.u1)(s.out, shard ? SHARD_OUT : BUNDLE_OUT);
    const p = await prepare(s);
    const { task, classes, features } = p;
    const headlineName = s.metric ?? (task === 'classification' ? 'accuracy' : 'rmse');
    let search;
    if (plan) {
        checkMetric(task, headlineName);
        checkFolds(s, task, p.train);
        const job = { settings: s, task, classes, features, train: p.train, folds: s.cvFolds, metric: headlineName };
        const fingerprint = await searchFingerprint(s);
        const runner = ctx.searchRunner ?? (0,search_eval/* inProcessRunner */.jJ)(ctx.now);
        if (shard) {
            const { results } = await evaluateSearch(s, job, plan.candidates, runner, shard).finally(() => runner.close?.());
            const file = { cd4ml: 'search-shard', version: 1, fingerprint, shard, candidates: plan.candidates.length, results };
            const text = (0,bundle/* stableJson */._Y)(file);
            await (0,atomic/* writeDirAtomic */.y$)(s.out, [[SHARD_FILE, text]], SHARD_OUT);
            const best = results.length ? [...results].sort((a, b) => (HIGHER_IS_BETTER.has(headlineName) ? b.mean - a.mean : a.mean - b.mean) || a.index - b.index)[0] : undefined;
            return {
                dir: s.out,
                task,
                headline: { name: headlineName, value: best?.mean ?? Number.NaN },
                metrics: {},
                files: [SHARD_FILE],
                digest: (0,bundle/* sha256 */.sc)(text),
                summary: `### Search shard ${shard.index}/${shard.count}\n\n${results.length} of ${plan.candidates.length} candidates evaluated on ${s.cvFolds} folds; merge the shards with \`cd4ml train --merge-search DIR…\`.\n`,
                shard: { ...shard, evaluated: results.length, candidates: plan.candidates.length },
            };
        }
        let results;
        let rounds;
        if (s.mergeSearch?.length)
            results = mergeShards(await readShardFiles(s.mergeSearch), fingerprint, plan.candidates.length);
        else
            ({ results, rounds } = await evaluateSearch(s, job, plan.candidates, runner).finally(() => runner.close?.()));
        search = recordSearch(s, plan.space, headlineName, results, rounds, plan.pinned);
        s = (0,search_eval/* applyCandidate */.c7)(s, search.best.params);
    }
    const fit = fitModel(s, task, classes, features, p.train, s.data);
    const holdout = evaluate(task, classes, fit, p.test, s.target, s.testData ?? s.data);
    const holdoutRecord = holdout;
    const value = holdoutRecord[headlineName];
    if (typeof value !== 'number') {
        const names = Object.entries(holdoutRecord).filter(([, v]) => typeof v === 'number' && true).map(([k]) => k).filter((k) => k !== 'n');
        throw new src_errors.UsageError(`metric "${headlineName}" is not available for ${task}; choose one of ${names.join(', ')}`);
    }
    // Cross-validation on the training split.
    let cv;
    if (search) {
        const won = search.candidates.find((c) => c.index === search.best.index && c.rank > 0);
        cv = { folds: s.cvFolds, [headlineName]: { mean: won.mean, std: won.std, folds: won.fold_scores } };
    }
    else if (s.cvFolds > 0) {
        const k = s.cvFolds;
        const ti = p.train.columns.indexOf(s.target);
        if (k < 2)
            throw new src_errors.UsageError(`cv-folds must be 0 (off) or at least 2, got ${k}`);
        if (p.train.rows.length < 2 * k)
            throw new src_errors.UsageError(`${s.data}: ${p.train.rows.length} training rows are too few for ${k}-fold cross-validation; lower cv-folds`);
        const labels = task === 'classification' ? p.train.rows.map((r) => labelOf(r[ti])) : p.train.rows.map(() => 0);
        if (task === 'classification') {
            const counts = new Map();
            for (const l of labels)
                counts.set(l, (counts.get(l) ?? 0) + 1);
            for (const [l, c] of counts)
                if (c < k)
                    throw new src_errors.UsageError(`${s.data}: class "${l}" has ${c} training rows, fewer than cv-folds ${k}; lower cv-folds or add rows`);
        }
        const fold = stratifiedFolds(labels, k, (0,model_rng/* createRng */.S)(s.seed + 1));
        const names = task === 'classification' ? ['accuracy', 'balanced_accuracy', 'f1_macro'] : ['rmse', 'mae', 'r2'];
        if (!names.includes(headlineName))
            names.push(headlineName);
        const scores = Object.fromEntries(names.map((n) => [n, []]));
        for (let f = 0; f < k; f++) {
            const tr = [];
            const te = [];
            fold.forEach((g, i) => (g === f ? te : tr).push(i));
            const foldFit = fitModel(s, task, classes, features, subset(p.train, tr), s.data);
            const m = evaluate(task, classes, foldFit, subset(p.train, te), s.target, s.data);
            for (const n of names)
                scores[n].push(m[n]);
        }
        cv = { folds: k, ...Object.fromEntries(names.map((n) => [n, { ...meanStd(scores[n]), folds: scores[n] }])) };
    }
    const importances = fit.spec.features.map((name, i) => ({ feature: name, importance: fit.importances[i] }));
    const metrics = {
        task,
        headline_metric: headlineName,
        headline_value: value,
        higher_is_better: HIGHER_IS_BETTER.has(headlineName),
        holdout,
        ...(cv ? { cross_validation: cv } : {}),
        ...(search ? { search } : {}),
        feature_importances: importances,
        model: { nodes: fit.nodes, depth: fit.depth, trees: s.model === 'forest' ? s.nTrees : 1 },
    };
    const gainThreshold = s.gainThreshold ?? (task === 'classification' ? 0.01 : 0);
    const params = {
        data: s.data,
        'test-data': s.testData ?? null,
        target: s.target,
        task,
        features,
        'model-features': fit.spec.features,
        model: s.model,
        'max-depth': s.maxDepth,
        'split-search': fit.splitSearch,
        'min-num-samples': s.minNumSamples,
        'gain-threshold': gainThreshold,
        ...(s.model === 'forest' ? { 'n-trees': s.nTrees, 'max-features': s.maxFeatures } : {}),
        seed: s.seed,
        'test-size': s.testData ? null : s.testSize,
        'cv-folds': s.cvFolds,
        metric: headlineName,
        impute: { numeric: s.numericImpute, categorical: s.categoricalImpute, 'fill-value': s.fillValue ?? null },
        encoding: s.encoding,
        rows: { train: p.train.rows.length, test: p.test.rows.length, 'dropped-missing-target': p.dropped },
        classes: classes ?? null,
        ...(s.name ? { name: s.name } : {}),
        ...(search
            ? {
                search: {
                    method: search.method,
                    space: search.space,
                    ...(search.method === 'random' ? { trials: s.searchTrials } : {}),
                    'one-se': s.oneSe,
                    chosen: search.best.params,
                    candidates: search.candidates.map((c) => ({ index: c.index, iteration: c.iteration, params: c.params, mean: c.mean, std: c.std, 'fold-scores': c.fold_scores, 'fit-time-ms': c.fit_time_ms, nodes: c.nodes })),
                },
            }
            : {}),
    };
    const dataFiles = [s.data, ...(s.testData ? [s.testData] : [])];
    const lineage = {
        data: await Promise.all(dataFiles.map(async (f) => {
            const delta = await deltaLineage(f, s.format); // a Delta table: its id, version, commit time, operation
            return delta ? { path: f, sha256: delta.sha256, 'dvc-md5': null, delta: delta.delta } : { path: f, sha256: await fileSha256(f), 'dvc-md5': (await dvcMd5(f)) ?? null };
        })),
        git: { head: ctx.gitHead ?? null, 'pr-head': ctx.gitPrHead ?? null },
        tool: { name: 'cd4ml', version: ctx.toolVersion },
    };
    const preprocessFile = { task, target: s.target, ...(classes ? { classes } : {}), preprocess: fit.spec };
    const holdoutLines = p.test.rows.map((r) => JSON.stringify(Object.fromEntries(p.test.columns.map((c, j) => [c, r[j] instanceof Date ? r[j].toISOString() : (r[j] ?? null)])))).join('\n') + '\n';
    const holdoutRef = { path: 'holdout.jsonl', rows: p.test.rows.length, sha256: (0,bundle/* sha256 */.sc)(holdoutLines), source: s.testData ?? s.data, lines: p.test.lines };
    const schemaYaml = ctx.inferSchemaYaml ? await ctx.inferSchemaYaml(s.data, s.format, s.categorical) : '# schema inference unavailable\n';
    const card = renderModelCard({ settings: s, task, classes, features, metrics: holdout, cv, importances, params, lineage, headline: { name: headlineName, value }, rows: params.rows, ...(search ? { search: renderSearchMarkdown(search) } : {}) });
    const files = {
        'model.json': JSON.stringify(sortKeys(fit.model)) + '\n',
        'preprocess.json': (0,bundle/* stableJson */._Y)(preprocessFile),
        'schema.yml': schemaYaml,
        'metrics.json': (0,bundle/* stableJson */._Y)({ ...metrics, holdout_reference: holdoutRef }),
        'params.json': (0,bundle/* stableJson */._Y)(params),
        'lineage.json': (0,bundle/* stableJson */._Y)(lineage),
        'holdout.jsonl': holdoutLines,
        'MODEL_CARD.md': card,
    };
    const hashes = {};
    for (const name of bundle/* BUNDLE_FILES */.HJ)
        hashes[name] = (0,bundle/* sha256 */.sc)(files[name]);
    const manifest = { version: 1, created: ctx.timestamp, files: hashes };
    const manifestText = (0,bundle/* stableJson */._Y)(manifest);
    await (0,atomic/* writeDirAtomic */.y$)(s.out, [...bundle/* BUNDLE_FILES */.HJ.map((name) => [name, files[name]]), ['manifest.json', manifestText]], BUNDLE_OUT);
    const summary = [renderMetricsMarkdown(task, holdout, headlineName, value, cv), '', card].join('\n');
    return { dir: s.out, task, headline: { name: headlineName, value }, metrics, files: [...bundle/* BUNDLE_FILES */.HJ, 'manifest.json'], digest: (0,bundle/* sha256 */.sc)(manifestText), summary, ...(search ? { search } : {}) };
}
function sortKeys(v) {
    if (Array.isArray(v))
        return v.map(sortKeys);
    if (v && typeof v === 'object') {
        const o = {};
        for (const k of Object.keys(v).sort())
            o[k] = sortKeys(v[k]);
        return o;
    }
    return v;
}
const fmt = (x) => (x === null || x === undefined ? '—' : Number.isInteger(x) ? String(x) : x.toFixed(4));
/** Metrics tables in Markdown (job summary, CLI report). */
function renderMetricsMarkdown(task, m, headline, value, cv) {
    const lines = [`### Holdout metrics (${m.n} rows)`, '', `Headline: **${headline} = ${fmt(value)}**`, '', '| metric | value |', '|---|---|'];
    const names = task === 'classification' ? ['accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'f1_weighted', 'roc_auc', 'log_loss'] : ['mae', 'mse', 'rmse', 'r2', 'mape'];
    for (const n of names)
        lines.push(`| ${n} | ${fmt(m[n])} |`);
    if (task === 'classification') {
        const c = m;
        lines.push('', '| class | precision | recall | f1 | support |', '|---|---|---|---|---|');
        // Class names are data: escaped (src/report/markdown.ts) so they cannot inject markup or break the table.
        for (const p of c.per_class)
            lines.push(`| ${escapeCell(p.class)} | ${fmt(p.precision)} | ${fmt(p.recall)} | ${fmt(p.f1)} | ${p.support} |`);
        lines.push('', 'Confusion matrix (rows: true, columns: predicted)', '', `| | ${c.per_class.map((p) => escapeCell(p.class)).join(' | ')} |`, `|---|${c.per_class.map(() => '---').join('|')}|`);
        c.confusion_matrix.forEach((row, i) => lines.push(`| **${escapeCell(c.per_class[i].class)}** | ${row.join(' | ')} |`));
    }
    if (cv) {
        lines.push('', `### ${cv.folds}-fold cross-validation`, '', '| metric | mean ± std |', '|---|---|');
        for (const [k, v] of Object.entries(cv))
            if (k !== 'folds')
                lines.push(`| ${k} | ${fmt(v.mean)} ± ${fmt(v.std)} |`);
    }
    return lines.join('\n') + '\n';
}


/***/ })

};
