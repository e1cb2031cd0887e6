export const id = 98;
export const ids = [98];
export const modules = {

/***/ 41511:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ createRng),
  k: () => (/* binding */ shuffleInPlace)
});

;// CONCATENATED MODULE: ./src/data/sample.js
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

;// CONCATENATED MODULE: ./src/model/rng.js
/**
 * A tiny seeded pseudo-random generator, so that every random choice in training (holdout split,
 * folds, bootstrap samples, feature subsets) is reproducible from `seed` alone.
 *
 * mulberry32 (Tommy Ettinger, public domain): 32-bit state, period 2^32, passes gjrand/PractRand
 * far enough for sampling rows. Not for cryptography. The generator itself is src/data/sample.ts's
 * seededRandom, shared by every stage.
 */

function createRng(seed) {
    const next = seededRandom(seed);
    return { next, int: (n) => Math.floor(next() * n) };
}
/** Fisher\u2013Yates shuffle in place, driven by `rng`. Returns `arr`. */
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
/* harmony import */ var _rng_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41511);
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
/** The space from the merged `search` setting (a mapping name \u2192 values), keys sorted (like sklearn's ParameterGrid). */
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
/** Shard `s` of `n` (1-based): candidates i with i mod n = s \u2212 1, a deterministic n-th of them. */
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
/** floor(log_factor(x)) for x \u2265 1, in integers (no floating-point edge at exact powers). */
function floorLog(x, factor) {
    let n = 0;
    for (let p = factor; p <= x; p *= factor)
        n++;
    return n;
}
/**
 * Successive halving on rows, as sklearn 1.2's HalvingGridSearchCV(factor=3, min_resources="exhaust"):
 * rounds needed 1 + \u230alog\u2083 candidates\u230b, first round's rows max(smallest, \u230an / 3^(rounds\u22121)\u230b), rows
 * \u00d73 and candidates \u00f73 (rounded up) per round.
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
 * one standard error (std / \u221afolds) of the best mean.
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

/***/ 86098:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveTrainSettings: () => (/* binding */ resolveTrainSettings)
/* harmony export */ });
/* unused harmony export TRAIN_DEFAULTS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
/* harmony import */ var _search_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59991);
/**
 * Resolve the `train:` section (config merged with flags / inputs) into TrainSettings with defaults,
 * and the schema inference used for schema.yml (validate-data's inference on the training data).
 */


/** Defaults of the train stage (kept here, away from the trainer, so a usage error loads nothing heavy). */
const TRAIN_DEFAULTS = {
    model: 'tree',
    maxDepth: 6,
    minNumSamples: 3,
    nTrees: 50,
    maxFeatures: 'sqrt',
    splitSearch: 'auto',
    seed: 42,
    testSize: 0.2,
    cvFolds: 0,
    numericImpute: 'median',
    categoricalImpute: 'most-frequent',
    encoding: 'one-hot',
};
function resolveTrainSettings(t, where = 'train') {
    if (!t.data)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`no training data: pass --data FILE / input "data" or set ${where}.data in cd4ml.yml`);
    if (!t.target)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`no target column: pass --target COL / input "target" or set ${where}.target in cd4ml.yml`);
    return {
        data: t.data,
        testData: t['test-data'],
        format: t.format,
        target: t.target,
        features: t.features,
        exclude: t.exclude,
        task: t.task,
        model: t.model ?? TRAIN_DEFAULTS.model,
        maxDepth: t['max-depth'] ?? TRAIN_DEFAULTS.maxDepth,
        splitSearch: t['split-search'] ?? TRAIN_DEFAULTS.splitSearch,
        minNumSamples: t['min-num-samples'] ?? TRAIN_DEFAULTS.minNumSamples,
        gainThreshold: t['gain-threshold'],
        nTrees: t['n-trees'] ?? TRAIN_DEFAULTS.nTrees,
        maxFeatures: t['max-features'] ?? TRAIN_DEFAULTS.maxFeatures,
        seed: t.seed ?? TRAIN_DEFAULTS.seed,
        testSize: t['test-size'] ?? TRAIN_DEFAULTS.testSize,
        cvFolds: t['cv-folds'] ?? (t.search !== undefined || t['merge-search'] ? 5 : TRAIN_DEFAULTS.cvFolds),
        metric: t.metric,
        numericImpute: t.impute?.numeric ?? TRAIN_DEFAULTS.numericImpute,
        categoricalImpute: t.impute?.categorical ?? TRAIN_DEFAULTS.categoricalImpute,
        fillValue: t.impute?.['fill-value'],
        encoding: t.encoding ?? TRAIN_DEFAULTS.encoding,
        categorical: t.categorical,
        datetimeParts: t['datetime-parts'],
        out: t.out ?? 'model',
        intendedUse: t['intended-use'],
        name: t.name,
        search: t.search,
        searchMethod: t['search-method'] ?? 'grid',
        searchTrials: t['search-trials'] ?? 10,
        oneSe: t['one-se'] ?? false,
        jobs: t.jobs,
        shard: t.shard,
        mergeSearch: t['merge-search'],
        pinned: Object.fromEntries(_search_js__WEBPACK_IMPORTED_MODULE_1__/* .SEARCHABLE */ .$X.filter((n) => t[n] !== undefined).map((n) => [n, t[n]])),
    };
}


/***/ })

};
