export const id = 636;
export const ids = [636];
export const modules = {

/***/ 78636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runGate: () => (/* binding */ runGate)
});

// UNUSED EXPORTS: GATE_DEFAULTS, schemaDiff

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(16986);
;// CONCATENATED MODULE: ./src/model/mlcart.js
/** Convert a fitted tree to ml-cart's JSON model. */
function toMlCartModel(tree, opts) {
    const isClf = tree.task === 'classification';
    const k = tree.nClasses;
    const build = (i) => {
        if (tree.feature[i] < 0) {
            if (!isClf)
                return { distribution: tree.value[i] };
            const dist = Array.from(tree.value.subarray(i * k, i * k + tree.distLength[i]));
            return { distribution: [dist] };
        }
        return {
            gain: tree.gain[i],
            left: build(tree.left[i]),
            right: build(tree.right[i]),
            splitColumn: tree.feature[i],
            splitValue: tree.threshold[i],
        };
    };
    const options = isClf
        ? { gainFunction: 'gini', gainThreshold: opts.gainThreshold, kind: 'classifier', maxDepth: finiteOrNull(opts.maxDepth), minNumSamples: opts.minNumSamples, splitFunction: 'mean' }
        : { gainFunction: 'regression', gainThreshold: opts.gainThreshold, kind: 'regression', maxDepth: finiteOrNull(opts.maxDepth), minNumSamples: opts.minNumSamples, splitFunction: 'mean' };
    return { name: isClf ? 'DTClassifier' : 'DTRegression', options, root: build(0) };
}
function finiteOrNull(x) {
    return Number.isFinite(x) ? x : null;
}
function nodeRecords(count) {
    const buf = new ArrayBuffer(count * 16);
    return { threshold: new Float64Array(buf), ints: new Int32Array(buf) };
}
/**
 * Compile an ml-cart JSON model (ours or one written by ml-cart's toJSON) to flat arrays.
 * `nClasses` pads leaf distributions to a fixed width (default: the widest leaf).
 */
function compileMlCart(model, nClasses) {
    if (model.name !== 'DTClassifier' && model.name !== 'DTRegression')
        throw new RangeError(`not an ml-cart model: name ${JSON.stringify(model.name)}`);
    const task = model.name === 'DTClassifier' ? 'classification' : 'regression';
    const nodes = [];
    const walk = (nd) => {
        nodes.push(nd);
        if (nd.distribution === undefined) {
            walk(nd.left);
            walk(nd.right);
        }
    };
    walk(model.root);
    let k = nClasses ?? 0;
    let leaves = 0;
    for (const nd of nodes) {
        if (nd.distribution !== undefined) {
            leaves++;
            if (task === 'classification' && nClasses === undefined)
                k = Math.max(k, nd.distribution[0].length);
        }
    }
    const count = nodes.length;
    const feature = new Int32Array(count);
    const threshold = new Float64Array(count);
    const left = new Int32Array(count);
    const right = new Int32Array(count);
    const leaf = new Int32Array(count).fill(-1);
    const leafClass = new Int32Array(leaves);
    const leafValue = new Float64Array(leaves);
    const leafProba = new Float64Array(task === 'classification' ? leaves * k : 0);
    const index = new Map();
    nodes.forEach((nd, i) => index.set(nd, i));
    let nFeatures = 0;
    let li = 0;
    nodes.forEach((nd, i) => {
        if (nd.distribution !== undefined) {
            feature[i] = -1;
            leaf[i] = li;
            if (task === 'classification') {
                const dist = nd.distribution[0];
                if (dist.length > k)
                    throw new RangeError(`leaf distribution has ${dist.length} classes, model has ${k}`);
                // ml-matrix maxRowIndex: the first largest probability.
                let best = 0;
                for (let c = 0; c < dist.length; c++) {
                    leafProba[li * k + c] = dist[c];
                    if (dist[c] > dist[best])
                        best = c;
                }
                leafClass[li] = best;
                leafValue[li] = best;
            }
            else {
                leafValue[li] = nd.distribution;
            }
            li++;
        }
        else {
            feature[i] = nd.splitColumn;
            threshold[i] = nd.splitValue;
            left[i] = index.get(nd.left);
            right[i] = index.get(nd.right);
            nFeatures = Math.max(nFeatures, nd.splitColumn + 1);
        }
    });
    return { task, nClasses: k, nFeatures, feature, threshold, left, right, leaf, leafClass, leafValue, leafProba, walk: layoutForWalk(feature, threshold, left, right, leaf) };
}
/** Breadth-first renumbering with adjacent siblings and self-looping leaves (WalkLayout). */
function layoutForWalk(feature, threshold, left, right, leaf) {
    const count = feature.length;
    const used = [...new Set(Array.from(feature).filter((f) => f >= 0))].sort((a, b) => a - b);
    const slotOf = new Map(used.map((f, s) => [f, s]));
    const byFeature = nodeRecords(count);
    const bySlot = nodeRecords(count);
    const w = { byFeature, bySlot, leaf: new Int32Array(count), usedFeatures: Int32Array.from(used), minLeafDepth: Number.POSITIVE_INFINITY };
    const set = (o, thr, f, slot, child) => {
        byFeature.threshold[2 * o] = thr;
        bySlot.threshold[2 * o] = thr;
        byFeature.ints[4 * o + 2] = f;
        bySlot.ints[4 * o + 2] = slot;
        byFeature.ints[4 * o + 3] = child;
        bySlot.ints[4 * o + 3] = child;
    };
    const queue = [0];
    const depth = [0];
    const pos = new Int32Array(count);
    let next = 1;
    for (let q = 0; q < queue.length; q++) {
        const i = queue[q];
        const o = pos[i];
        if (feature[i] < 0) {
            set(o, Number.NaN, 0, 0, o - 1);
            w.leaf[o] = leaf[i];
            w.minLeafDepth = Math.min(w.minLeafDepth, depth[q]);
        }
        else {
            pos[left[i]] = next;
            pos[right[i]] = next + 1;
            set(o, threshold[i], feature[i], slotOf.get(feature[i]), next);
            w.leaf[o] = -1;
            next += 2;
            queue.push(left[i], right[i]);
            depth.push(depth[q] + 1, depth[q] + 1);
        }
    }
    return w;
}
/** Leaf index reached by one row (`row[f]` is feature f). NaN goes right, as in ml-cart. */
function leafOf(t, row) {
    const { threshold: T, ints: I } = t.walk.byFeature;
    const leaf = t.walk.leaf;
    let o = 0;
    while (leaf[o] < 0)
        o = I[4 * o + 3] + (row[I[4 * o + 2]] < T[2 * o] ? 0 : 1);
    return leaf[o];
}
/** Predict one row: a class index or a value. */
function predictOne(t, row) {
    return t.leafValue[leafOf(t, row)];
}
/**
 * Walk `n` row-major rows (`X[r * stride + feature]`) down the tree, four rows at a time with
 * branch-free steps: a deep tree's comparisons are unpredictable, and four independent walks keep
 * the CPU busy while each waits on its loads. Leaf indexes go to `out[outStart + r]`.
 * A split node's child is after it (child − o > 0); a leaf's is o − 1, so the four walks are done
 * when all four (child − o) are −1, i.e. their bitwise AND is −1.
 */
function walkRows(w, rec, X, n, stride, out, outStart) {
    const { threshold: T, ints: I } = rec;
    const leaf = w.leaf;
    const m = w.minLeafDepth;
    let r = 0;
    for (; r + 4 <= n; r += 4) {
        const b0 = r * stride;
        const b1 = b0 + stride;
        const b2 = b1 + stride;
        const b3 = b2 + stride;
        let o0 = 0;
        let o1 = 0;
        let o2 = 0;
        let o3 = 0;
        for (let s = 0; s < m; s++) {
            o0 = I[(o0 << 2) + 3] + 1 - +(X[b0 + I[(o0 << 2) + 2]] < T[o0 << 1]);
            o1 = I[(o1 << 2) + 3] + 1 - +(X[b1 + I[(o1 << 2) + 2]] < T[o1 << 1]);
            o2 = I[(o2 << 2) + 3] + 1 - +(X[b2 + I[(o2 << 2) + 2]] < T[o2 << 1]);
            o3 = I[(o3 << 2) + 3] + 1 - +(X[b3 + I[(o3 << 2) + 2]] < T[o3 << 1]);
        }
        for (;;) {
            const c0 = I[(o0 << 2) + 3];
            const c1 = I[(o1 << 2) + 3];
            const c2 = I[(o2 << 2) + 3];
            const c3 = I[(o3 << 2) + 3];
            if (((c0 - o0) & (c1 - o1) & (c2 - o2) & (c3 - o3)) === -1)
                break;
            o0 = c0 + 1 - +(X[b0 + I[(o0 << 2) + 2]] < T[o0 << 1]);
            o1 = c1 + 1 - +(X[b1 + I[(o1 << 2) + 2]] < T[o1 << 1]);
            o2 = c2 + 1 - +(X[b2 + I[(o2 << 2) + 2]] < T[o2 << 1]);
            o3 = c3 + 1 - +(X[b3 + I[(o3 << 2) + 2]] < T[o3 << 1]);
        }
        out[outStart + r] = leaf[o0];
        out[outStart + r + 1] = leaf[o1];
        out[outStart + r + 2] = leaf[o2];
        out[outStart + r + 3] = leaf[o3];
    }
    for (; r < n; r++) {
        const b = r * stride;
        let o = 0;
        while (leaf[o] < 0)
            o = I[(o << 2) + 3] + (X[b + I[(o << 2) + 2]] < T[o << 1] ? 0 : 1);
        out[outStart + r] = leaf[o];
    }
}
/**
 * Columnar batch scoring: `columns[f][i]` is feature f of row i. Returns the leaf index of each of
 * the `n` rows; use `leafValue` / `leafClass` / `leafProba` of the tree to read predictions.
 * Rows go in blocks: the block's values of the features the tree uses are copied row-major into a
 * small buffer that stays in cache, then walked as rows.
 */
function leavesOfColumns(t, columns, n, out = new Int32Array(n)) {
    const w = t.walk;
    if (w.leaf[0] >= 0)
        return out.fill(w.leaf[0], 0, n);
    const used = w.usedFeatures;
    const u = used.length;
    const cols = Array.from(used, (f) => columns[f]);
    const block = Math.max(4, Math.min(512, (Math.floor(4096 / u) >> 2) << 2));
    const buf = new Float64Array(Math.min(block, n) * u);
    for (let start = 0; start < n; start += block) {
        const m = Math.min(block, n - start);
        for (let s = 0; s < u; s++) {
            const c = cols[s];
            for (let j = 0, k = s; j < m; j++, k += u)
                buf[k] = c[start + j];
        }
        walkRows(w, w.bySlot, buf, m, u, out, start);
    }
    return out;
}
/** Row-major batch scoring: `X[r * stride + f]`. Returns leaf indexes. */
function leavesOfRows(t, X, n, stride, out = new Int32Array(n)) {
    const w = t.walk;
    if (w.leaf[0] >= 0)
        return out.fill(w.leaf[0], 0, n);
    walkRows(w, w.byFeature, X, n, stride, out, 0);
    return out;
}

;// CONCATENATED MODULE: ./src/data/missing.js
/**
 * What counts as a missing value in text data, for every stage: validate-data's profiles and the
 * trainer's preprocessing (src/model/preprocess.ts) agree, so a column whose gaps are written "NA"
 * is numeric with missing values in both, as pandas reads it. A cell is missing when, trimmed of
 * whitespace, it is one of MISSING_TOKENS (the empty string included).
 */
const MISSING_TOKENS = ['', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL'];
const TOKENS = new Set(MISSING_TOKENS);
/** Longest token: a longer cell can only be missing when it has whitespace to trim. */
const LONGEST = Math.max(...MISSING_TOKENS.map((t) => t.length));
/** True for a missing text value. */
function isMissingText(v) {
    const n = v.length;
    if (n === 0)
        return true;
    if (n <= LONGEST)
        return TOKENS.has(v) || (mayTrim(v.charCodeAt(0)) || mayTrim(v.charCodeAt(n - 1))) && TOKENS.has(v.trim());
    return (mayTrim(v.charCodeAt(0)) || mayTrim(v.charCodeAt(n - 1))) && TOKENS.has(v.trim());
}
/** isMissingText for bytes [s, e) of UTF-8, without building a string for ordinary cells. */
function isMissingBytes(b, s, e) {
    if (s === e)
        return true;
    const first = b[s];
    const last = b[e - 1];
    const trim = mayTrimByte(first) || mayTrimByte(last);
    if (!trim && (e - s > LONGEST || (first !== 0x4e && first !== 0x6e)))
        return false; // tokens start with N or n
    return TOKENS.has(Buffer.from(b.buffer, b.byteOffset + s, e - s).toString('utf8').trim());
}
/** Could `trim()` remove this UTF-16 unit (ASCII whitespace or any non-ASCII unit, checked exactly later)? */
function mayTrim(c) {
    return c <= 0x20 || c >= 0x80;
}
/** Could this byte start or end whitespace that `trim()` removes (ASCII whitespace, or a non-ASCII sequence)? */
function mayTrimByte(c) {
    return c <= 0x20 || c >= 0x80;
}

;// CONCATENATED MODULE: ./src/model/preprocess.js
/**
 * Preprocessing fitted on the training split only and saved in the bundle (preprocess.json), so
 * serving applies exactly the same transform: imputation (median / mean / most-frequent /
 * constant), categorical encoding (one-hot or ordinal; unknown categories → all-zero one-hot or
 * ordinal −1), datetime parts (UTC), booleans as 0/1.
 *
 * Raw values come as CSV strings ('' = missing) or JSON/Parquet values (null = missing); the
 * strings '', 'NA', 'N/A', 'NaN', 'nan', 'null' are missing too.
 */

const DATE_PARTS = (/* unused pure expression or super */ null && (['year', 'month', 'day', 'dayofweek', 'dayofyear', 'hour', 'minute']));
const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
/** True for a missing raw value. */
function isMissing(v) {
    if (v === null || v === undefined)
        return true;
    if (typeof v === 'number')
        return Number.isNaN(v);
    if (typeof v === 'string')
        return isMissingText(v);
    return false;
}
function parseNumeric(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) ? v : undefined;
    if (typeof v === 'bigint')
        return Number(v);
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v === 'string' && NUMBER_RE.test(v.trim()))
        return Number(v.trim());
    return undefined;
}
function parseBool(v) {
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v === 'string') {
        const t = v.trim().toLowerCase();
        if (t === 'true')
            return 1;
        if (t === 'false')
            return 0;
    }
    return undefined;
}
function parseDate(v) {
    if (v instanceof Date)
        return Number.isNaN(v.getTime()) ? undefined : v.getTime();
    if (typeof v !== 'string')
        return undefined;
    const t = v.trim();
    if (!DATE_RE.test(t))
        return undefined;
    const iso = t.length === 10 ? `${t}T00:00:00Z` : /(Z|[+-]\d{2}:?\d{2})$/.test(t) ? t.replace(' ', 'T') : `${t.replace(' ', 'T')}Z`;
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? undefined : ms;
}
function categoryOf(v) {
    if (typeof v === 'string')
        return v.trim();
    if (v instanceof Date)
        return v.toISOString();
    return String(v);
}
/** Infer a column's kind from its non-missing training values. */
function inferKind(values) {
    let numeric = true;
    let bool = true;
    let date = true;
    let any = false;
    for (const v of values) {
        if (isMissing(v))
            continue;
        any = true;
        if (numeric && (typeof v === 'boolean' || parseNumeric(v) === undefined))
            numeric = false;
        if (bool && parseBool(v) === undefined)
            bool = false;
        if (date && parseDate(v) === undefined)
            date = false;
        if (!numeric && !bool && !date)
            return 'categorical';
    }
    if (!any)
        return 'numeric';
    if (bool)
        return 'boolean';
    if (numeric)
        return 'numeric';
    if (date)
        return 'datetime';
    return 'categorical';
}
function median(xs) {
    const s = Float64Array.from(xs).sort();
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** Most frequent value; ties → the smallest (like sklearn's SimpleImputer). */
function mostFrequent(xs) {
    const counts = new Map();
    for (const x of xs)
        counts.set(x, (counts.get(x) ?? 0) + 1);
    let best;
    let bestCount = -1;
    for (const [v, c] of counts) {
        if (c > bestCount || (c === bestCount && v < best)) {
            best = v;
            bestCount = c;
        }
    }
    return best;
}
function numericFill(xs, strategy, fillValue) {
    if (strategy === 'constant' || xs.length === 0)
        return typeof fillValue === 'number' ? fillValue : 0;
    if (strategy === 'mean')
        return xs.reduce((a, b) => a + b, 0) / xs.length;
    if (strategy === 'most-frequent')
        return mostFrequent(xs);
    return median(xs);
}
/**
 * Fit preprocessing on training rows. `columns` names the table's columns; `featureColumns` are
 * the raw input columns to use, in order. Throws ColumnFitError on values that contradict a
 * forced kind.
 */
function fitPreprocess(columns, rows, featureColumns, opts) {
    const specs = [];
    const features = [];
    for (const name of featureColumns) {
        const ci = columns.indexOf(name);
        const values = rows.map((r) => r[ci]);
        const kind = opts.categorical?.includes(name) ? 'categorical' : inferKind(values);
        const present = values.filter((v) => !isMissing(v));
        if (kind === 'categorical') {
            const cats = present.map(categoryOf);
            const impute = opts.categoricalImpute === 'median' || opts.categoricalImpute === 'mean' ? 'most-frequent' : opts.categoricalImpute;
            const fill = impute === 'constant' ? String(opts.fillValue ?? 'missing') : cats.length > 0 ? mostFrequent(cats) : 'missing';
            const set = new Set(cats);
            set.add(fill);
            const categories = [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
            specs.push({ name, kind, impute, fill, categories, encoding: opts.encoding });
            if (opts.encoding === 'one-hot')
                for (const c of categories)
                    features.push(`${name}=${c}`);
            else
                features.push(name);
        }
        else if (kind === 'datetime') {
            const ms = present.map((v) => parseDate(v));
            const hasTime = ms.some((t) => t % 86_400_000 !== 0);
            const parts = opts.datetimeParts ?? (hasTime ? ['year', 'month', 'day', 'dayofweek', 'hour'] : ['year', 'month', 'day', 'dayofweek']);
            const impute = opts.numericImpute;
            specs.push({ name, kind, impute, fill: numericFill(ms, impute === 'constant' ? 'median' : impute, undefined), parts });
            for (const p of parts)
                features.push(`${name}.${p}`);
        }
        else {
            const nums = present.map((v) => (kind === 'boolean' ? parseBool(v) : parseNumeric(v)));
            const impute = opts.numericImpute;
            specs.push({ name, kind, impute, fill: numericFill(nums, impute, opts.fillValue) });
            features.push(name);
        }
    }
    return { version: 1, columns: specs, features };
}
function datePart(ms, p) {
    const d = new Date(ms);
    switch (p) {
        case 'year':
            return d.getUTCFullYear();
        case 'month':
            return d.getUTCMonth() + 1;
        case 'day':
            return d.getUTCDate();
        case 'dayofweek':
            return (d.getUTCDay() + 6) % 7; // Monday = 0, like pandas
        case 'dayofyear':
            return Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
        case 'hour':
            return d.getUTCHours();
        case 'minute':
            return d.getUTCMinutes();
    }
}
/**
 * Apply a fitted spec to raw columns: `raw[j]` holds the values of spec.columns[j] for `n` rows
 * (any array-like; use `rawColumnsOf` to pick them from a table). Columnar: this is the fast path
 * for scoring many rows.
 */
function transformColumns(spec, raw, n) {
    const out = spec.features.map(() => new Float64Array(n));
    const errors = [];
    let o = 0;
    spec.columns.forEach((c, j) => {
        const vals = raw[j];
        if (c.kind === 'categorical') {
            const index = new Map(c.categories.map((cat, i) => [cat, i]));
            const fillIdx = index.get(c.fill);
            if (c.encoding === 'one-hot') {
                const width = c.categories.length;
                for (let r = 0; r < n; r++) {
                    const v = vals[r];
                    const idx = isMissing(v) ? fillIdx : index.get(categoryOf(v));
                    if (idx !== undefined)
                        out[o + idx][r] = 1;
                }
                o += width;
            }
            else {
                const col = out[o++];
                for (let r = 0; r < n; r++) {
                    const v = vals[r];
                    col[r] = isMissing(v) ? fillIdx : (index.get(categoryOf(v)) ?? -1);
                }
            }
        }
        else if (c.kind === 'datetime') {
            const parts = c.parts;
            for (let r = 0; r < n; r++) {
                const v = vals[r];
                let ms = isMissing(v) ? c.fill : parseDate(v);
                if (ms === undefined) {
                    errors.push({ row: r, column: c.name, value: v, expected: 'a date like 2024-01-31 or 2024-01-31T12:00:00Z' });
                    ms = Number.NaN;
                }
                for (let p = 0; p < parts.length; p++)
                    out[o + p][r] = Number.isNaN(ms) ? Number.NaN : datePart(ms, parts[p]);
            }
            o += parts.length;
        }
        else {
            const col = out[o++];
            const parse = c.kind === 'boolean' ? parseBool : parseNumeric;
            for (let r = 0; r < n; r++) {
                const v = vals[r];
                if (isMissing(v))
                    col[r] = c.fill;
                else {
                    const x = parse(v);
                    if (x === undefined) {
                        errors.push({ row: r, column: c.name, value: v, expected: c.kind === 'boolean' ? 'true or false' : 'a finite number' });
                        col[r] = Number.NaN;
                    }
                    else
                        col[r] = x;
                }
            }
        }
    });
    return { columns: out, errors };
}
/** Pick the spec's raw columns out of a table (rows as arrays); a missing column is an error. */
function preprocess_rawColumnsOf(spec, columns, rows) {
    return spec.columns.map((c) => {
        const ci = columns.indexOf(c.name);
        if (ci < 0)
            throw new preprocess_MissingColumnError(c.name, columns);
        return rows.map((r) => r[ci]);
    });
}
class preprocess_MissingColumnError extends Error {
    column;
    constructor(column, available) {
        super(`column "${column}" is missing from the data (the model needs it); columns present: ${available.join(', ')}`);
        this.column = column;
    }
}

;// CONCATENATED MODULE: ./src/model/bundle.js
/**
 * The model bundle: a directory that holds everything needed to score, gate and audit a model.
 *
 *   model.json       ml-cart JSON (DTClassifier / DTRegression), or {name: 'cd4ml-forest', trees: [...]}
 *   preprocess.json  fitted preprocessing (PreprocessSpec) + target, task, classes
 *   schema.yml       data contract inferred from the training data
 *   metrics.json     holdout metrics (+ cross-validation when configured), feature importances
 *   params.json      resolved training parameters
 *   lineage.json     sha256 of every data file, git SHAs, DVC md5, tool version
 *   holdout.jsonl    the evaluation rows (raw values, with the target), one JSON object a line
 *   MODEL_CARD.md    intended use, data, metrics, per-class table, importances chart
 *   manifest.json    sha256 of every other file + the one timestamp (`created`)
 *
 * The bundle's digest (its model version) is the sha256 of manifest.json.
 */






const BUNDLE_FILES = (/* unused pure expression or super */ null && (['model.json', 'preprocess.json', 'schema.yml', 'metrics.json', 'params.json', 'lineage.json', 'holdout.jsonl', 'MODEL_CARD.md']));
function sha256(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/** JSON with object keys sorted at every level, 2-space indented, trailing newline. */
function stableJson(value) {
    const sort = (v) => {
        if (Array.isArray(v))
            return v.map(sort);
        if (v && typeof v === 'object' && !(v instanceof Date)) {
            const o = {};
            for (const k of Object.keys(v).sort())
                o[k] = sort(v[k]);
            return o;
        }
        return v;
    };
    return JSON.stringify(sort(value), null, 2) + '\n';
}
/** Compile model.json (single ml-cart tree or a forest of them). */
function compileModel(json, nClasses) {
    if (json.name === 'cd4ml-forest') {
        const trees = json.trees.map((t) => compileMlCart(t, nClasses));
        return { task: trees[0].task, nClasses: trees[0].nClasses, trees };
    }
    const t = compileMlCart(json, nClasses);
    return { task: t.task, nClasses: t.nClasses, trees: [t] };
}
async function readText(dir, name) {
    try {
        return await (0,promises_.readFile)((0,external_node_path_.join)(dir, name));
    }
    catch (err) {
        throw new errors/* UsageError */.eb(`model bundle ${dir}: ${name} cannot be read (${err.code ?? 'error'}); pass the directory written by "cd4ml train"`);
    }
}
function parseJson(dir, name, buf) {
    try {
        return JSON.parse(buf.toString('utf8'));
    }
    catch (err) {
        throw new errors/* UsageError */.eb(`model bundle ${dir}: ${name} is not valid JSON (${err.message})`);
    }
}
/**
 * Read a bundle. With verify (default) every file listed in manifest.json must exist and match its
 * sha256; a tampered or missing file is a UsageError naming it.
 */
async function readBundle(dir, opts = {}) {
    const verify = opts.verify ?? true;
    const manifestBuf = await readText(dir, 'manifest.json');
    const manifest = parseJson(dir, 'manifest.json', manifestBuf);
    if (!manifest || typeof manifest.files !== 'object')
        throw new errors/* UsageError */.eb(`model bundle ${dir}: manifest.json has no "files" map`);
    const bufs = new Map();
    for (const name of ['model.json', 'preprocess.json', 'metrics.json', 'params.json']) {
        if (!(name in manifest.files))
            throw new errors/* UsageError */.eb(`model bundle ${dir}: manifest.json does not list ${name}`);
    }
    for (const [name, hash] of Object.entries(manifest.files)) {
        if (!verify && !['model.json', 'preprocess.json', 'metrics.json', 'params.json'].includes(name))
            continue;
        const buf = await readText(dir, name);
        if (verify && sha256(buf) !== hash) {
            throw new errors/* UsageError */.eb(`model bundle ${dir}: ${name} does not match its sha256 in manifest.json (the file was modified after training); retrain or restore the file`);
        }
        bufs.set(name, buf);
    }
    const pre = parseJson(dir, 'preprocess.json', bufs.get('preprocess.json'));
    const modelJson = parseJson(dir, 'model.json', bufs.get('model.json'));
    let model;
    try {
        model = compileModel(modelJson, pre.classes?.length);
    }
    catch (err) {
        throw new errors/* UsageError */.eb(`model bundle ${dir}: model.json is not an ml-cart model (${err.message})`);
    }
    const metrics = parseJson(dir, 'metrics.json', bufs.get('metrics.json'));
    const params = parseJson(dir, 'params.json', bufs.get('params.json'));
    return {
        dir,
        task: pre.task,
        target: pre.target,
        features: pre.preprocess.columns.map((c) => c.name),
        classes: pre.classes,
        headlineMetric: String(metrics.headline_metric ?? (pre.task === 'classification' ? 'accuracy' : 'rmse')),
        metrics,
        digest: sha256(manifestBuf),
        preprocess: pre.preprocess,
        model,
        params,
        manifest,
    };
}
/**
 * Score already-transformed feature columns (`features[f][r]`, model feature order).
 * Single trees return the leaf's ml-cart prediction; forests average probabilities (or values).
 */
function predictFeatureColumns(model, features, n) {
    const k = model.nClasses;
    const predictions = new Float64Array(n);
    const leaves = new Int32Array(n);
    if (model.task === 'regression') {
        for (const t of model.trees) {
            leavesOfColumnsInto(t, features, n, leaves);
            for (let r = 0; r < n; r++)
                predictions[r] += t.leafValue[leaves[r]];
        }
        if (model.trees.length > 1)
            for (let r = 0; r < n; r++)
                predictions[r] /= model.trees.length;
        return { predictions };
    }
    const probabilities = new Float64Array(n * k);
    if (model.trees.length === 1) {
        const t = model.trees[0];
        leavesOfColumnsInto(t, features, n, leaves);
        for (let r = 0; r < n; r++) {
            const l = leaves[r];
            predictions[r] = t.leafClass[l];
            for (let c = 0; c < k; c++)
                probabilities[r * k + c] = t.leafProba[l * k + c];
        }
        return { predictions, probabilities };
    }
    for (const t of model.trees) {
        leavesOfColumnsInto(t, features, n, leaves);
        for (let r = 0; r < n; r++)
            for (let c = 0; c < k; c++)
                probabilities[r * k + c] += t.leafProba[leaves[r] * k + c];
    }
    const T = model.trees.length;
    for (let r = 0; r < n; r++) {
        let best = 0;
        for (let c = 0; c < k; c++) {
            probabilities[r * k + c] /= T;
            if (probabilities[r * k + c] > probabilities[r * k + best])
                best = c;
        }
        predictions[r] = best;
    }
    return { predictions, probabilities };
}
function leavesOfColumnsInto(t, columns, n, out) {
    leavesOfColumns(t, columns, n, out);
}
/**
 * Columnar fast path for scoring many rows (the gate re-scores 1M rows with it): `raw[j]` holds the
 * values of raw input column `bundle.features[j]` for `n` rows, as read (CSV strings, JSON values).
 * Preprocesses column by column into Float64Arrays and walks the compiled tree(s) once per row.
 * Rows that fail preprocessing are listed in `errors` and get prediction NaN (no probabilities).
 */
function scoreColumns(bundle, raw, n) {
    const { columns, errors } = transformColumns(bundle.preprocess, raw, n);
    const out = predictFeatureColumns(bundle.model, columns, n);
    for (const e of errors) {
        out.predictions[e.row] = Number.NaN;
        if (out.probabilities)
            for (let c = 0; c < bundle.model.nClasses; c++)
                out.probabilities[e.row * bundle.model.nClasses + c] = Number.NaN;
    }
    return { ...out, errors };
}
/** Score a table (`columns` + `rows` as arrays, e.g. from readTable): picks the bundle's columns by name. */
function scoreTable(bundle, table) {
    let raw;
    try {
        raw = rawColumnsOf(bundle.preprocess, table.columns, table.rows);
    }
    catch (err) {
        if (err instanceof MissingColumnError)
            throw new UsageError(err.message);
        throw err;
    }
    return scoreColumns(bundle, raw, table.rows.length);
}
/**
 * Score raw records (objects keyed by column name): preprocessing → compiled tree(s).
 * Predictions are class labels (classification) or numbers; a row that fails preprocessing
 * throws a UsageError naming the row, column and value.
 */
function scoreRecords(bundle, records) {
    const n = records.length;
    const raw = bundle.features.map((name) => records.map((r) => r[name]));
    const scored = scoreColumns(bundle, raw, n);
    if (scored.errors.length > 0) {
        const e = scored.errors[0];
        throw new UsageError(`record ${e.row + 1}: column "${e.column}" is ${JSON.stringify(e.value)}, expected ${e.expected}`);
    }
    const k = bundle.model.nClasses;
    if (bundle.task === 'regression')
        return { predictions: Array.from(scored.predictions) };
    const predictions = Array.from(scored.predictions, (c) => bundle.classes?.[c] ?? c);
    const probabilities = [];
    for (let r = 0; r < n; r++)
        probabilities.push(Array.from(scored.probabilities.subarray(r * k, r * k + k)));
    return { predictions, probabilities };
}
/** The evaluation rows saved at training (raw values, with the target), from holdout.jsonl. */
async function readHoldout(bundle) {
    const buf = await readText(bundle.dir, 'holdout.jsonl');
    const expected = bundle.manifest.files['holdout.jsonl'];
    if (expected && sha256(buf) !== expected)
        throw new errors/* UsageError */.eb(`model bundle ${bundle.dir}: holdout.jsonl does not match its sha256 in manifest.json`);
    const records = buf
        .toString('utf8')
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l));
    return { records };
}

// EXTERNAL MODULE: ../../node_modules/papaparse/papaparse.js
var papaparse = __webpack_require__(38116);
;// CONCATENATED MODULE: ./src/io/fs.js
/**
 * Filesystem port: the only place the data/report code touches node:fs. Every failure becomes a
 * UsageError that names the file and says what to do.
 */



function fsMessage(path, err, verb) {
    const code = err.code;
    const why = code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
            ? 'it is a directory, not a file'
            : code === 'EACCES' || code === 'EPERM'
                ? 'permission denied'
                : (code ?? String(err.message ?? err));
    return `${path}: cannot ${verb} (${why}); check the path`;
}
/** Size of a file in bytes; UsageError when it cannot be read. */
async function fs_fileSize(path) {
    try {
        const s = await (0,promises_.stat)(path);
        if (s.isDirectory())
            throw Object.assign(new Error('dir'), { code: 'EISDIR' });
        return s.size;
    }
    catch (err) {
        throw new errors/* UsageError */.eb(fsMessage(path, err, 'read the file'));
    }
}
/**
 * Read a file as a sequence of byte chunks of at most `chunkSize` bytes. Memory is bounded by
 * the chunk size: each yielded buffer is fresh (callers may keep it).
 */
async function* readChunks(path, chunkSize = 1 << 20) {
    let handle;
    try {
        handle = await (0,promises_.open)(path, 'r');
    }
    catch (err) {
        throw new errors/* UsageError */.eb(fsMessage(path, err, 'open the file'));
    }
    try {
        for (;;) {
            const buf = Buffer.allocUnsafe(chunkSize);
            let n;
            try {
                ({ bytesRead: n } = await handle.read(buf, 0, chunkSize, null));
            }
            catch (err) {
                throw new errors/* UsageError */.eb(fsMessage(path, err, 'read the file'));
            }
            if (n === 0)
                return;
            yield n === chunkSize ? buf : buf.subarray(0, n);
        }
    }
    finally {
        await handle.close();
    }
}
async function openReader(path) {
    let handle;
    try {
        handle = await (0,promises_.open)(path, 'r');
    }
    catch (err) {
        throw new errors/* UsageError */.eb(fsMessage(path, err, 'open the file'));
    }
    return {
        async read(buf, offset, length) {
            try {
                return (await handle.read(buf, offset, length, null)).bytesRead;
            }
            catch (err) {
                throw new errors/* UsageError */.eb(fsMessage(path, err, 'read the file'));
            }
        },
        close: () => handle.close(),
    };
}
/** Read `length` bytes at `position` (for random access formats such as Parquet). */
async function fs_readRange(path, start, end) {
    let handle;
    try {
        handle = await (0,promises_.open)(path, 'r');
    }
    catch (err) {
        throw new errors/* UsageError */.eb(fsMessage(path, err, 'open the file'));
    }
    try {
        const out = new Uint8Array(end - start);
        let off = 0;
        while (off < out.length) {
            const { bytesRead } = await handle.read(out, off, out.length - off, start + off);
            if (bytesRead === 0)
                break;
            off += bytesRead;
        }
        return out.buffer;
    }
    finally {
        await handle.close();
    }
}
/** A whole text file (UTF-8). */
async function fs_readText(path) {
    try {
        return await readFile(path, 'utf8');
    }
    catch (err) {
        throw new UsageError(fsMessage(path, err, 'read the file'));
    }
}
/** Write a text file, creating its folder. */
async function writeText(path, text) {
    try {
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, text, 'utf8');
    }
    catch (err) {
        throw new UsageError(fsMessage(path, err, 'write the file'));
    }
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
;// CONCATENATED MODULE: ./src/data/memory.js
/**
 * A garbage-collection hint for the streaming readers and profilers. They allocate little on the
 * JS heap but large typed arrays (page buffers, hashes, samples) outside it, so V8 — which sizes
 * its collections by heap allocation — can let tens of MB of dead buffers pile up. Calling this
 * where a large amount of memory has just died frees it now: a young-generation collection
 * ('minor', under 1 ms on flights-3m) for short-lived buffers, a full one ('major', ~10 ms) between phases.
 *
 * V8's `gc` is obtained once through a new vm context after setting `--expose-gc` at run time
 * (the main context's globals are untouched); where that is not possible this does nothing.
 */

let gcFn;
function memory_collectGarbage(type) {
    if (gcFn === undefined) {
        gcFn = null;
        try {
            const require = createRequire(import.meta.url);
            const v8 = require('node:v8');
            const vm = require('node:vm');
            v8.setFlagsFromString('--expose-gc');
            const gc = vm.runInNewContext('gc');
            // gc() is a full collection; gc({ type: 'major' }) is only a scavenge on Node 20's V8.
            if (typeof gc === 'function')
                gcFn = (t) => (t === 'minor' ? gc({ type: 'minor' }) : gc());
        }
        catch {
            gcFn = null;
        }
    }
    gcFn?.(type);
}

;// CONCATENATED MODULE: ./src/data/read.js
/**
 * Streaming readers for tabular data: CSV, TSV, JSON Lines, JSON (an array of objects) and
 * Parquet. Memory is bounded by the batch size, not the file size (except `readTable`).
 *
 * - CSV/TSV values are the raw strings ('' = missing); JSON/JSONL/Parquet values are their JS
 *   values (null = missing; Parquet INT64 becomes a number, timestamps become Date).
 * - `lines` holds the 1-based line of each row in the file for CSV/TSV/JSONL, the 1-based record
 *   number for JSON arrays and Parquet (`LINE_IS_RECORD[format]` says which).
 * - JSON/JSONL: a key first seen in a later record adds a column at the end; `columns` of a later
 *   batch is then longer than an earlier one (earlier rows simply did not have it). Within a batch
 *   every row has exactly `columns.length` values.
 * - Bad input (invalid UTF-8, bad quoting, ragged rows, wrong delimiter, empty file, invalid JSON)
 *   is a UsageError naming `file:line:column` with a hint how to fix it.
 */





const DATA_FORMATS = ['csv', 'tsv', 'jsonl', 'json', 'parquet'];
/** Whether `lines` are record numbers rather than lines in the file. */
const LINE_IS_RECORD = { csv: false, tsv: false, jsonl: false, json: true, parquet: true };
const EXTENSIONS = {
    '.csv': 'csv',
    '.tsv': 'tsv',
    '.tab': 'tsv',
    '.jsonl': 'jsonl',
    '.ndjson': 'jsonl',
    '.json': 'json',
    '.parquet': 'parquet',
    '.pq': 'parquet',
};
/** The format of a data file: `format` when given, else from the extension. */
function detectFormat(path, format) {
    if (format !== undefined) {
        if (!DATA_FORMATS.includes(format))
            throw new errors/* UsageError */.eb(`${path}: unknown format "${format}"; use one of ${DATA_FORMATS.join(', ')}`);
        return format;
    }
    const ext = (0,external_node_path_.extname)(path).toLowerCase();
    const f = EXTENSIONS[ext];
    if (!f) {
        throw new errors/* UsageError */.eb(`${path}: cannot tell the data format from the extension "${ext || '(none)'}"; rename the file to .csv, .tsv, .jsonl, .json or .parquet, or pass the format (--format / input "format")`);
    }
    return f;
}
/** Stream a data file as batches of rows. */
function readBatches(path, opts = {}) {
    const format = detectFormat(path, opts.format);
    const batchSize = opts.batchSize ?? 8192;
    const chunkSize = opts.chunkSize ?? 1 << 20;
    switch (format) {
        case 'csv':
            return readDelimited(path, ',', batchSize, chunkSize);
        case 'tsv':
            return readDelimited(path, '\t', batchSize, chunkSize);
        case 'jsonl':
            return readJsonLines(path, batchSize, chunkSize);
        case 'json':
            return readJsonArray(path, batchSize, chunkSize);
        case 'parquet':
            return readParquet(path, batchSize);
    }
}
/** Read a whole file into memory (for training-sized data). Rows are padded to all columns. */
async function readTable(path, opts = {}) {
    let columns = [];
    const rows = [];
    const lines = [];
    for await (const b of readBatches(path, { ...opts, batchSize: 65536 })) {
        columns = b.columns;
        for (let i = 0; i < b.rows.length; i++) {
            rows.push(b.rows[i]);
            lines.push(b.lines[i]);
        }
    }
    const n = columns.length;
    for (const r of rows)
        while (r.length < n)
            r.push(null);
    return { columns, rows, lines };
}
// ---------------------------------------------------------------------------------------------
// UTF-8
/** Find where a file stops being valid UTF-8: byte offset, 1-based line and column (in characters). */
async function locateInvalidUtf8(path) {
    let offset = 0;
    let line = 1;
    let col = 1;
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    let start = 0;
    for await (const chunk of readChunks(path)) {
        for (let i = 0; i < chunk.length; i++, offset++) {
            const b = chunk[i];
            if (need === 0) {
                start = offset;
                if (b < 0x80) {
                    if (b === 0x0a) {
                        line++;
                        col = 1;
                    }
                    else
                        col++;
                    continue;
                }
                if (b >= 0xc2 && b <= 0xdf)
                    [need, lo, hi] = [1, 0x80, 0xbf];
                else if (b === 0xe0)
                    [need, lo, hi] = [2, 0xa0, 0xbf];
                else if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef)
                    [need, lo, hi] = [2, 0x80, 0xbf];
                else if (b === 0xed)
                    [need, lo, hi] = [2, 0x80, 0x9f];
                else if (b === 0xf0)
                    [need, lo, hi] = [3, 0x90, 0xbf];
                else if (b >= 0xf1 && b <= 0xf3)
                    [need, lo, hi] = [3, 0x80, 0xbf];
                else if (b === 0xf4)
                    [need, lo, hi] = [3, 0x80, 0x8f];
                else
                    return { offset, line, column: col };
            }
            else {
                if (b < lo || b > hi)
                    return { offset: start, line, column: col };
                lo = 0x80;
                hi = 0xbf;
                if (--need === 0)
                    col++;
            }
        }
    }
    return need > 0 ? { offset: start, line, column: col } : undefined;
}
/** Decode byte chunks to text, turning invalid UTF-8 into a UsageError with its position. */
async function* decodeChunks(path, chunkSize) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let any = false;
    try {
        for await (const chunk of readChunks(path, chunkSize)) {
            any = true;
            yield decoder.decode(chunk, { stream: true });
        }
        const tail = decoder.decode();
        if (tail)
            yield tail;
    }
    catch (err) {
        if (err instanceof TypeError) {
            const at = await locateInvalidUtf8(path);
            const where = at ? `${path}:${at.line}:${at.column}` : path;
            throw new errors/* UsageError */.eb(`${where}: invalid UTF-8${at ? ` (byte offset ${at.offset})` : ''}; save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8 ${path} > fixed${(0,external_node_path_.extname)(path)})`);
        }
        throw err;
    }
    if (!any)
        throw new errors/* UsageError */.eb(`${path}:1:1: the file is empty; expected a header line and data rows`);
}
function emptyError(path) {
    return new errors/* UsageError */.eb(`${path}:1:1: the file is empty; expected a header line and data rows`);
}
// ---------------------------------------------------------------------------------------------
// CSV / TSV
const DELIMITER_NAMES = { ',': 'comma', '\t': 'tab', ';': 'semicolon', '|': 'pipe' };
function* sliceBatches(columns, rows, lines, batchSize) {
    if (rows.length <= batchSize) {
        if (rows.length > 0)
            yield { columns, rows, lines };
        return;
    }
    for (let i = 0; i < rows.length; i += batchSize) {
        yield { columns, rows: rows.slice(i, i + batchSize), lines: lines.slice(i, i + batchSize) };
    }
}
/** Index of the last newline that ends a row (outside quotes), or -1; also whether quotes occur. */
function lastRowEnd(text, from) {
    if (text.indexOf('"', from) === -1)
        return text.lastIndexOf('\n');
    let inQuote = false;
    let last = -1;
    for (let i = from; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 34)
            inQuote = !inQuote;
        else if (c === 10 && !inQuote)
            last = i;
    }
    return last;
}
/** 1-based line and column of character `index` in `text`, whose first character is on `line`. */
function positionIn(text, index, line) {
    let l = line;
    let lastNl = -1;
    for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
        l++;
        lastNl = i;
    }
    return { line: l, column: index - lastNl };
}
/**
 * Parse complete CSV/TSV text (no trailing newline) that starts at `startLine`. Reads the header
 * first when `columns` is undefined. Blank lines are skipped.
 */
function parseDelimitedText(path, delimiter, text, startLine, columns) {
    let segment = text;
    if (segment.endsWith('\r'))
        segment = segment.slice(0, -1);
    const res = papaparse.parse(segment, { delimiter, newline: '\n', quoteChar: '"', skipEmptyLines: false, header: false });
    if (res.errors.length > 0) {
        const e = res.errors[0];
        const pos = positionIn(segment, e.index ?? 0, startLine);
        const hint = e.code === 'MissingQuotes'
            ? 'close the quoted field with a " (a quote inside a quoted field is written "")'
            : 'a quoted field must end with " followed by the delimiter or the end of the line; write a quote inside a field as ""';
        throw new errors/* UsageError */.eb(`${path}:${pos.line}:${pos.column}: bad quoting: ${e.message}; ${hint}`);
    }
    const data = res.data;
    // CRLF (or mixed) line ends: the \r stays on each row's last field; strip it.
    if (segment.indexOf('\r') !== -1) {
        for (const row of data) {
            const k = row.length - 1;
            const v = row[k];
            if (v.charCodeAt(v.length - 1) === 13)
                row[k] = v.slice(0, -1);
        }
    }
    // Line of each row: consecutive when no field spans lines (no quotes), else scanned.
    let rowLines;
    if (segment.indexOf('"') !== -1) {
        rowLines = [startLine];
        let inQuote = false;
        let line = startLine;
        for (let i = 0; i < segment.length; i++) {
            const c = segment.charCodeAt(i);
            if (c === 34)
                inQuote = !inQuote;
            else if (c === 10) {
                line++;
                if (!inQuote)
                    rowLines.push(line);
            }
        }
    }
    let first = 0;
    if (!columns) {
        columns = parseHeader(path, delimiter, data[0], startLine);
        first = 1;
    }
    const n = columns.length;
    const rows = [];
    const lines = [];
    for (let i = first; i < data.length; i++) {
        const row = data[i];
        const line = rowLines ? rowLines[i] : startLine + i;
        if (row.length !== n) {
            if (row.length === 1 && row[0] === '')
                continue; // blank line
            throw raggedRowError(path, delimiter, line, row, n);
        }
        rows.push(row);
        lines.push(line);
    }
    return { columns, rows, lines };
}
function parseHeader(path, delimiter, header, headerLine) {
    const formatName = delimiter === ',' ? 'csv' : 'tsv';
    if (header.length === 1) {
        const text = header[0];
        for (const d of [',', '\t', ';', '|']) {
            if (d !== delimiter && text.includes(d)) {
                const suggestion = d === ',' ? 'use format csv' : d === '\t' ? 'use format tsv' : `convert it to ${DELIMITER_NAMES[delimiter]}-separated values`;
                throw new errors/* UsageError */.eb(`${path}:${headerLine}:1: wrong delimiter: the header has a single column but contains ${DELIMITER_NAMES[d]}s; the file looks ${DELIMITER_NAMES[d]}-separated, not ${DELIMITER_NAMES[delimiter]}-separated (${formatName}); ${suggestion}`);
            }
        }
    }
    const seen = new Map();
    for (let i = 0; i < header.length; i++) {
        const name = header[i].trim();
        if (name === '' && header.length > 1) {
            throw new errors/* UsageError */.eb(`${path}:${headerLine}:${fieldColumn(header, i, delimiter)}: header field ${i + 1} is empty; give every column a name`);
        }
        if (seen.has(name)) {
            throw new errors/* UsageError */.eb(`${path}:${headerLine}:${fieldColumn(header, i, delimiter)}: duplicate column name "${name}" (fields ${seen.get(name) + 1} and ${i + 1}); column names must be unique`);
        }
        seen.set(name, i);
    }
    return header.map((h) => h.trim());
}
/** The error for a row whose field count differs from the header's. */
function raggedRowError(path, delimiter, line, row, n) {
    const col = row.length > n ? fieldColumn(row, n, delimiter) : fieldColumn(row, row.length - 1, delimiter) + row[row.length - 1].length;
    return new errors/* UsageError */.eb(`${path}:${line}:${col}: ragged row: expected ${n} fields as in the header, found ${row.length}; ` +
        (row.length > n
            ? `quote fields that contain the delimiter ("a${delimiter === '\t' ? '\\t' : delimiter}b") or remove the extra field`
            : 'add the missing fields (an empty field is a missing value)'));
}
function countByte(buf, byte, start, end) {
    let n = 0;
    const b = buf;
    for (let i = b.indexOf(byte, start); i !== -1 && i < end; i = b.indexOf(byte, i + 1))
        n++;
    return n;
}
async function utf8Error(path) {
    const at = await locateInvalidUtf8(path);
    const where = at ? `${path}:${at.line}:${at.column}` : path;
    return new errors/* UsageError */.eb(`${where}: invalid UTF-8${at ? ` (byte offset ${at.offset})` : ''}; save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8 ${path} > fixed${(0,external_node_path_.extname)(path)})`);
}
/**
 * Stream a CSV/TSV file as parts. The file is cut at newline bytes (never inside a UTF-8
 * sequence); a piece with a quote character, or inside a quoted field spanning pieces, is parsed
 * by papaparse, other pieces are handed over as bytes. Invalid UTF-8, bad quoting, ragged rows
 * and header problems are UsageErrors with file:line:column.
 */
async function* readDelimitedParts(path, delimiter, batchSize = 8192, chunkSize = 1 << 20) {
    const { isUtf8 } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 4573, 19));
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    let columns;
    let textCarry = '';
    let textCarryLine = 1;
    let nextLine = 1;
    let byteCarry;
    let first = true;
    let any = false;
    let sawRows = false;
    const decode = async (bytes) => {
        try {
            return decoder.decode(bytes);
        }
        catch {
            throw await utf8Error(path);
        }
    };
    function* parseText(text, line) {
        const r = parseDelimitedText(path, delimiter, text, line, columns);
        columns = r.columns;
        if (r.rows.length > 0)
            sawRows = true;
        for (const batch of sliceBatches(r.columns, r.rows, r.lines, batchSize))
            yield { kind: 'rows', batch };
    }
    function* feedText(text, lines) {
        if (textCarry === '')
            textCarryLine = nextLine;
        textCarry += text;
        nextLine += lines;
        const end = lastRowEnd(textCarry, 0);
        if (end === -1)
            return;
        const segment = textCarry.slice(0, end);
        const rest = textCarry.slice(end + 1);
        yield* parseText(segment, textCarryLine);
        textCarryLine += countNewlines(segment) + 1;
        textCarry = rest;
    }
    // One buffer for the whole file: the unfinished last line is moved to its front and the next
    // chunk is read behind it, so reading allocates nothing per chunk.
    let buf = Buffer.allocUnsafe(2 * chunkSize);
    let carryLen = 0;
    const reader = await openReader(path);
    try {
        for (;;) {
            if (buf.length - carryLen < chunkSize) {
                const bigger = Buffer.allocUnsafe(buf.length * 2);
                buf.copy(bigger, 0, 0, carryLen);
                buf = bigger;
            }
            const got = await reader.read(buf, carryLen, chunkSize);
            if (got === 0)
                break;
            any = true;
            const start = 0;
            let len = carryLen + got;
            if (first) {
                if (len >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
                    buf.copy(buf, 0, 3, len);
                    len -= 3;
                }
                first = false;
            }
            if (!columns && textCarry === '') {
                // The header line alone goes to the parser (when it has no quote: a quoted header may
                // span lines); the rows after it can then be handed over as bytes.
                const nl = buf.indexOf(10, 0);
                const quote = buf.indexOf(34, 0);
                if (nl !== -1 && nl < len && (quote === -1 || quote > nl)) {
                    yield* feedText(await decode(buf.subarray(0, nl + 1)), 1);
                    buf.copy(buf, 0, nl + 1, len);
                    len -= nl + 1;
                }
            }
            const last = len > 0 ? buf.lastIndexOf(10, len - 1) : -1;
            if (last < start) {
                carryLen = len;
                if (len > 64 * chunkSize) {
                    // No line end in 64 chunks: hand it to the parser, which reports an unterminated quote.
                    yield* feedText(await decode(buf.subarray(start, len)), 0);
                    carryLen = 0;
                }
                continue;
            }
            const segEnd = last + 1;
            const lines = countByte(buf, 10, start, segEnd);
            const quote = buf.indexOf(34, start);
            if (columns && textCarry === '' && (quote === -1 || quote >= segEnd)) {
                if (!isUtf8(buf.subarray(start, segEnd)))
                    throw await utf8Error(path);
                yield { kind: 'bytes', columns, buf, start, end: segEnd, firstLine: nextLine };
                sawRows ||= lines > 1 || segEnd - start > 1;
                nextLine += lines;
            }
            else {
                yield* feedText(await decode(buf.subarray(start, segEnd)), lines);
            }
            buf.copy(buf, 0, segEnd, len);
            carryLen = len - segEnd;
        }
    }
    finally {
        await reader.close();
    }
    if (carryLen > 0)
        byteCarry = Buffer.from(buf.subarray(0, carryLen));
    if (!any)
        throw emptyError(path);
    if (byteCarry)
        yield* feedText(await decode(byteCarry), 0);
    if (textCarry.trim() !== '')
        yield* parseText(textCarry, textCarryLine);
    if (!columns)
        throw emptyError(path);
    if (!sawRows)
        throw new errors/* UsageError */.eb(`${path}:2:1: no data rows after the header line; add rows (or check that this is the right file)`);
}
async function* readDelimited(path, delimiter, batchSize, chunkSize) {
    for await (const part of readDelimitedParts(path, delimiter, batchSize, chunkSize)) {
        if (part.kind === 'rows')
            yield part.batch;
        else {
            const text = Buffer.from(part.buf.buffer, part.buf.byteOffset, part.buf.byteLength).toString('utf8', part.start, part.end - 1);
            const r = parseDelimitedText(path, delimiter, text, part.firstLine, part.columns);
            yield* sliceBatches(r.columns, r.rows, r.lines, batchSize);
        }
    }
}
function countNewlines(s) {
    let n = 0;
    for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1))
        n++;
    return n;
}
/** Approximate 1-based character column where field `k` of a parsed row starts. */
function fieldColumn(row, k, delimiter) {
    let col = 1;
    for (let i = 0; i < k && i < row.length; i++)
        col += row[i].length + delimiter.length;
    return col;
}
// ---------------------------------------------------------------------------------------------
// JSON Lines and JSON arrays
class ColumnIndex {
    names = [];
    index = new Map();
    toRow(obj) {
        const row = new Array(this.names.length).fill(null);
        for (const key of Object.keys(obj)) {
            let i = this.index.get(key);
            if (i === undefined) {
                i = this.names.length;
                this.names.push(key);
                this.index.set(key, i);
            }
            row[i] = normalizeJsonValue(obj[key]);
        }
        return row;
    }
    /** Freeze the current column list for a batch and pad its rows to it. */
    finish(rows) {
        const n = this.names.length;
        for (const r of rows)
            while (r.length < n)
                r.push(null);
        return this.names.slice();
    }
}
function normalizeJsonValue(v) {
    return v === undefined ? null : v;
}
function jsonErrorPosition(err) {
    const m = /position (\d+)/.exec(err.message ?? '');
    return m ? Number(m[1]) : undefined;
}
function jsonErrorText(err) {
    return (err.message ?? String(err)).replace(/ in JSON at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
}
async function* readJsonLines(path, batchSize, chunkSize) {
    const cols = new ColumnIndex();
    let carry = '';
    let line = 1;
    let rows = [];
    let lines = [];
    let nRows = 0;
    const take = (text, lineNo) => {
        const t = text.endsWith('\r') ? text.slice(0, -1) : text;
        if (t.trim() === '')
            return;
        let v;
        try {
            v = JSON.parse(t);
        }
        catch (err) {
            const pos = jsonErrorPosition(err);
            throw new errors/* UsageError */.eb(`${path}:${lineNo}:${pos === undefined ? 1 : pos + 1}: invalid JSON: ${jsonErrorText(err)}; each line of a JSON Lines file must be one complete JSON object`);
        }
        if (v === null || typeof v !== 'object' || Array.isArray(v)) {
            throw new errors/* UsageError */.eb(`${path}:${lineNo}:1: expected a JSON object ({"column": value, ...}) on each line, found ${Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'null' : `a ${typeof v}`}`);
        }
        rows.push(cols.toRow(v));
        lines.push(lineNo);
    };
    for await (const text of decodeChunks(path, chunkSize)) {
        let buf = carry + text;
        if (line === 1 && buf.charCodeAt(0) === 0xfeff)
            buf = buf.slice(1);
        let start = 0;
        for (let nl = buf.indexOf('\n'); nl !== -1; nl = buf.indexOf('\n', start)) {
            take(buf.slice(start, nl), line);
            line++;
            start = nl + 1;
        }
        carry = buf.slice(start);
        if (rows.length >= batchSize) {
            const columns = cols.finish(rows);
            nRows += rows.length;
            yield* sliceBatches(columns, rows, lines, batchSize);
            rows = [];
            lines = [];
        }
    }
    take(carry, line);
    if (rows.length > 0) {
        const columns = cols.finish(rows);
        nRows += rows.length;
        yield* sliceBatches(columns, rows, lines, batchSize);
    }
    if (nRows === 0)
        throw new errors/* UsageError */.eb(`${path}:1:1: no records; a JSON Lines file holds one JSON object per line`);
}
async function* readJsonArray(path, batchSize, chunkSize) {
    const cols = new ColumnIndex();
    let rows = [];
    let lines = [];
    let nRows = 0;
    // Scanner state, kept across chunks.
    let state = 'start';
    let depth = 0;
    let inStr = false;
    let esc = false;
    let line = 1;
    let col = 0;
    let elemLine = 0;
    let elemCol = 0;
    let elemText = '';
    let sawComma = false;
    let first = true;
    const fail = (msg, l = line, c = col) => {
        throw new errors/* UsageError */.eb(`${path}:${l}:${c}: ${msg}`);
    };
    for await (let text of decodeChunks(path, chunkSize)) {
        if (first && text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        first = false;
        let elemStart = state === 'in-elem' ? 0 : -1;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10) {
                line++;
                col = 0;
            }
            else
                col++;
            if (state === 'in-elem') {
                if (inStr) {
                    if (esc)
                        esc = false;
                    else if (c === 92)
                        esc = true;
                    else if (c === 34)
                        inStr = false;
                }
                else if (c === 34)
                    inStr = true;
                else if (c === 123 || c === 91)
                    depth++;
                else if (c === 125 || c === 93) {
                    if (--depth === 0) {
                        const src = elemText + text.slice(elemStart, i + 1);
                        elemText = '';
                        elemStart = -1;
                        state = 'after-elem';
                        let v;
                        try {
                            v = JSON.parse(src);
                        }
                        catch (err) {
                            const pos = jsonErrorPosition(err) ?? 0;
                            const p = positionIn(src, pos, elemLine);
                            fail(`invalid JSON: ${jsonErrorText(err)}; fix the record or export the data again`, p.line, p.line === elemLine ? elemCol + pos : p.column);
                        }
                        rows.push(cols.toRow(v));
                        lines.push(nRows + rows.length);
                        if (rows.length >= batchSize) {
                            const columns = cols.finish(rows);
                            nRows += rows.length;
                            yield* sliceBatches(columns, rows, lines, batchSize);
                            rows = [];
                            lines = [];
                        }
                    }
                }
                continue;
            }
            if (c === 32 || c === 10 || c === 13 || c === 9)
                continue;
            if (state === 'start') {
                if (c === 91) {
                    state = 'before-elem';
                    sawComma = true;
                    continue;
                }
                fail(c === 123
                    ? 'expected a JSON array of objects ([{...}, ...]) but the file starts with an object; for one object per line use format jsonl'
                    : `expected a JSON array of objects ([{...}, ...]), found "${String.fromCharCode(c)}"`);
            }
            else if (state === 'before-elem' || state === 'after-elem') {
                if (c === 93) {
                    if (state === 'before-elem' && sawComma && rows.length + nRows > 0)
                        fail('trailing comma before "]"; remove it');
                    state = 'end';
                    continue;
                }
                if (state === 'after-elem') {
                    if (c === 44) {
                        state = 'before-elem';
                        sawComma = true;
                        continue;
                    }
                    fail(`expected "," or "]" after a record, found "${String.fromCharCode(c)}"`);
                }
                if (c !== 123)
                    fail(`expected a JSON object ({"column": value, ...}) as each array element, found "${String.fromCharCode(c)}"`);
                state = 'in-elem';
                depth = 1;
                inStr = false;
                esc = false;
                elemStart = i;
                elemLine = line;
                elemCol = col;
                sawComma = false;
            }
            else if (state === 'end') {
                fail(`unexpected "${String.fromCharCode(c)}" after the end of the array`);
            }
        }
        if (state === 'in-elem') {
            elemText += text.slice(elemStart);
            if (elemText.length > 256 * 1024 * 1024)
                fail('a single record is larger than 256 MB', elemLine, elemCol);
        }
    }
    if (state === 'start')
        throw emptyError(path);
    if (state !== 'end')
        fail('unexpected end of file: the JSON array is not closed with "]"');
    if (rows.length > 0) {
        const columns = cols.finish(rows);
        nRows += rows.length;
        yield* sliceBatches(columns, rows, lines, batchSize);
    }
    if (nRows === 0)
        throw new errors/* UsageError */.eb(`${path}:1:1: the JSON array has no records`);
}
// ---------------------------------------------------------------------------------------------
// Parquet
/** Convert Parquet values to plain JS: INT64 (bigint) to number. */
function normalizeParquetValue(v) {
    if (typeof v === 'bigint')
        return Number(v);
    return v === undefined ? null : v;
}
/**
 * Parquet codecs beyond hyparquet's built-in Snappy: hyparquet-compressors (pure JS), with
 * Node's native zlib for ZSTD, GZIP and BROTLI where this Node has it (zstd: Node >= 22.15).
 */
async function parquetCompressors() {
    const { compressors } = await __webpack_require__.e(/* import() */ 454).then(__webpack_require__.bind(__webpack_require__, 93454));
    const zlib = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38522, 19));
    const out = { ...compressors };
    const native = zlib;
    const zstd = native.zstdDecompressSync;
    if (typeof zstd === 'function')
        out.ZSTD = (input) => zstd(input);
    out.GZIP = (input) => zlib.gunzipSync(input);
    out.BROTLI = (input) => zlib.brotliDecompressSync(input);
    return out;
}
async function* readParquet(path, batchSize) {
    const size = await fs_fileSize(path);
    if (size === 0)
        throw emptyError(path);
    const { parquetMetadataAsync, parquetRead, parquetSchema } = await Promise.all(/* import() */[__webpack_require__.e(209), __webpack_require__.e(787), __webpack_require__.e(87)]).then(__webpack_require__.bind(__webpack_require__, 26087));
    const compressors = await parquetCompressors();
    const file = { byteLength: size, slice: (start, end) => fs_readRange(path, start, end ?? size) };
    let metadata;
    try {
        metadata = await parquetMetadataAsync(file);
    }
    catch (err) {
        throw new errors/* UsageError */.eb(`${path}: not a readable Parquet file (${err.message}); check the file or pass the right format`);
    }
    const columns = parquetSchema(metadata).children.map((c) => c.element.name);
    let rowStart = 0;
    for (const group of metadata.row_groups) {
        const groupRows = Number(group.num_rows);
        const groupEnd = rowStart + groupRows;
        let rows = [];
        try {
            await parquetRead({
                file,
                metadata,
                columns,
                compressors,
                rowStart,
                rowEnd: groupEnd,
                onComplete: (r) => {
                    rows = r;
                },
            });
        }
        catch (err) {
            throw new errors/* UsageError */.eb(`${path}: cannot decode Parquet rows ${rowStart + 1}-${groupEnd} (${err.message})`);
        }
        for (const r of rows)
            for (let j = 0; j < r.length; j++)
                r[j] = normalizeParquetValue(r[j]);
        const lines = new Array(rows.length);
        for (let i = 0; i < rows.length; i++)
            lines[i] = rowStart + i + 1;
        yield* sliceBatches(columns, rows, lines, batchSize);
        rowStart = groupEnd;
    }
    if (rowStart === 0)
        throw new errors/* UsageError */.eb(`${path}: the Parquet file has no rows`);
}
/** How the values of a flat column become numbers: 0 = not a plain number column. */
const NUM_NONE = 0;
const NUM_INT32 = 1;
const NUM_INT64 = 2;
const NUM_FLOAT = 3;
/** Numeric kind and timestamp conversion of a flat column, from its schema element. */
function numericKind(el) {
    const ct = el.converted_type;
    const lt = el.logical_type;
    const none = { kind: NUM_NONE, scale: 1, divide: 1 };
    if (el.type === 'FLOAT' || el.type === 'DOUBLE')
        return ct || (lt && lt.type !== undefined) ? none : { kind: NUM_FLOAT, scale: 1, divide: 1 };
    const signedInt = (!lt || (lt.type === 'INTEGER' && lt.isSigned !== false)) && (!ct || ct === 'INT_8' || ct === 'INT_16' || ct === 'INT_32' || ct === 'INT_64');
    if (el.type === 'INT32') {
        if (ct === 'DATE' || (!ct && lt?.type === 'DATE'))
            return { kind: NUM_INT32, scale: 86_400_000, divide: 1 };
        return signedInt ? { kind: NUM_INT32, scale: 1, divide: 1 } : none;
    }
    if (el.type === 'INT64') {
        if (ct === 'TIMESTAMP_MILLIS')
            return { kind: NUM_INT64, scale: 1, divide: 1 };
        if (ct === 'TIMESTAMP_MICROS')
            return { kind: NUM_INT64, scale: 1, divide: 1000 };
        if (!ct && lt?.type === 'TIMESTAMP')
            return { kind: NUM_INT64, scale: 1, divide: lt.unit === 'MICROS' ? 1000 : lt.unit === 'NANOS' ? 1e6 : 1 };
        return signedInt ? { kind: NUM_INT64, scale: 1, divide: 1 } : none;
    }
    return none;
}
/**
 * Primitive values (as hyparquet's readPlain gives them) to doubles in `out` from `at`:
 * INT64 exactly as Number(bigint) (hi·2³² + lo is exact before its one rounding), then × scale
 * or ÷ divide (the same operations as the timestamp parsers, so the same doubles).
 */
function toDoubles(data, kind, scale, divide, out, at) {
    const n = data.length;
    if (kind === NUM_INT64 && data instanceof BigInt64Array) {
        const w = new Uint32Array(data.buffer, data.byteOffset, 2 * n);
        for (let i = 0; i < n; i++)
            out[at + i] = (w[2 * i + 1] | 0) * 4294967296 + w[2 * i];
    }
    else if (kind === NUM_INT64) {
        for (let i = 0; i < n; i++)
            out[at + i] = Number(data[i]);
    }
    else {
        for (let i = 0; i < n; i++)
            out[at + i] = data[i];
    }
    if (scale !== 1)
        for (let i = 0; i < n; i++)
            out[at + i] *= scale;
    if (divide !== 1)
        for (let i = 0; i < n; i++)
            out[at + i] /= divide;
}
/** Timestamp/date parsers giving epoch milliseconds (numbers), not Date objects. */
const MS_PARSERS = {
    timestampFromMilliseconds: (v) => Number(v),
    timestampFromMicroseconds: (v) => Number(v) / 1000,
    timestampFromNanoseconds: (v) => Number(v) / 1e6,
    dateFromDays: (d) => d * 86_400_000,
};
/**
 * Decode one flat column chunk page by page (DATA_PAGE v1 and v2, any encoding hyparquet
 * supports; dictionary and PLAIN pages decoded here straight to typed arrays).
 */
function readFlatChunk(hp, buf, decoder, maxDef, rowStart, rows, onPage, scratch) {
    const { kind, scale, divide } = numericKind(decoder.element);
    const reader = { view: new DataView(buf), offset: 0 };
    let dictNumbers;
    let dictTexts;
    let dictValues;
    let done = 0;
    while (done < rows && reader.offset < buf.byteLength - 1) {
        const header = hp.parquetHeader(reader);
        const bytes = new Uint8Array(buf, reader.offset, header.compressed_page_size);
        reader.offset += header.compressed_page_size;
        if (header.type === 'DICTIONARY_PAGE') {
            const diph = header.dictionary_page_header;
            const page = hp.decompressPage(bytes, Number(header.uncompressed_page_size), decoder.codec, decoder.compressors);
            const raw = hp.readPlain({ view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }, decoder.type, diph.num_values, decoder.element.type_length);
            dictNumbers = dictTexts = dictValues = undefined;
            if (kind !== NUM_NONE) {
                dictNumbers = new Float64Array(raw.length);
                toDoubles(raw, kind, scale, divide, dictNumbers, 0);
            }
            else {
                const conv = hp.convert(raw, decoder);
                const texts = [];
                let allText = true;
                for (let i = 0; i < conv.length && allText; i++) {
                    const v = conv[i];
                    if (typeof v === 'string')
                        texts.push(v);
                    else
                        allText = false;
                }
                if (allText)
                    dictTexts = { texts };
                else
                    dictValues = conv;
            }
            continue;
        }
        let n;
        let encoding;
        /** 1 where a value is present; undefined when all are. */
        let present;
        let indices;
        let data;
        if (header.type === 'DATA_PAGE') {
            const daph = header.data_page_header;
            n = daph.num_values;
            encoding = daph.encoding;
            const page = hp.decompressPage(bytes, Number(header.uncompressed_page_size), decoder.codec, decoder.compressors);
            const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
            const r = { view, offset: 0 };
            let nonNull = n;
            if (maxDef > 0) {
                const defs = (scratch.defs = grow(scratch.defs, n)).subarray(0, n);
                hp.readRleBitPackedHybrid(r, 32 - Math.clz32(maxDef), defs);
                nonNull = countPresent(defs, maxDef);
                if (nonNull < n)
                    present = defs;
            }
            if (encoding === 'PLAIN' && decoder.type !== 'BOOLEAN')
                data = hp.readPlain(r, decoder.type, nonNull, decoder.element.type_length);
            else if ((encoding === 'RLE_DICTIONARY' || encoding === 'PLAIN_DICTIONARY') && decoder.type !== 'BOOLEAN') {
                const width = view.getUint8(r.offset++);
                const idx = (scratch.idx = grow(scratch.idx, nonNull)).subarray(0, nonNull);
                if (width)
                    hp.readRleBitPackedHybrid(r, width, idx, view.byteLength - r.offset);
                else
                    idx.fill(0);
                indices = idx;
            }
            else {
                const dp = hp.readDataPage(page, daph, decoder);
                data = dp.dataPage;
                if (encoding.endsWith('_DICTIONARY')) {
                    indices = data;
                    data = undefined;
                }
            }
        }
        else if (header.type === 'DATA_PAGE_V2') {
            const daph2 = header.data_page_header_v2;
            n = daph2.num_values;
            encoding = daph2.encoding;
            const dp = hp.readDataPageV2(bytes, header, decoder);
            if (dp.definitionLevels && dp.definitionLevels.length > 0 && daph2.num_nulls > 0)
                present = dp.definitionLevels;
            if (encoding.endsWith('_DICTIONARY'))
                indices = dp.dataPage;
            else
                data = dp.dataPage;
        }
        else {
            throw new Error(`unsupported page type ${header.type}`);
        }
        if (indices && !dictNumbers && !dictTexts && !dictValues)
            throw new Error('a dictionary-encoded page without a dictionary page');
        if (n > rows - done)
            throw new Error(`a page has ${n} values but only ${rows - done} rows are left in the row group`);
        const start = rowStart + done;
        const nonNullCount = indices ? indices.length : data.length;
        const expected = present ? countPresent(present, maxDef) : n;
        if (nonNullCount < expected)
            throw new Error(`a page holds ${nonNullCount} values where its definition levels say ${expected}`);
        if (kind !== NUM_NONE) {
            const values = (scratch.values = grow(scratch.values, n)).subarray(0, n);
            let nulls;
            let dense;
            if (indices) {
                dense = present ? (scratch.dense = grow(scratch.dense, indices.length)).subarray(0, indices.length) : values;
                const d = dictNumbers;
                for (let i = 0; i < indices.length && i < n; i++) {
                    const k = indices[i];
                    if (k >= d.length)
                        throw new Error(`dictionary index ${k} out of range (${d.length} entries)`);
                    dense[i] = d[k];
                }
            }
            else {
                dense = present ? (scratch.dense = grow(scratch.dense, data.length)).subarray(0, data.length) : values;
                toDoubles(data, kind, scale, divide, dense, 0);
            }
            if (present) {
                nulls = (scratch.nulls = grow(scratch.nulls, n)).subarray(0, n);
                nulls.fill(0);
                for (let i = 0, j = 0; i < n; i++) {
                    if (present[i] === maxDef)
                        values[i] = dense[j++];
                    else
                        nulls[i] = 1;
                }
            }
            onPage({ kind: 'numbers', rowStart: start, rows: n, values, nulls });
        }
        else if (indices && dictTexts) {
            // Without nulls the decoded indices are the rows already (when they came as an Int32Array).
            const out = !present && indices instanceof Int32Array && indices.length === n ? indices : (scratch.out = grow(scratch.out, n)).subarray(0, n);
            const size = dictTexts.texts.length;
            for (let i = 0, j = 0; i < n; i++) {
                if (present && present[i] !== maxDef)
                    out[i] = -1;
                else {
                    const k = indices[j++];
                    if (k >= size)
                        throw new Error(`dictionary index ${k} out of range (${size} entries)`);
                    out[i] = k;
                }
            }
            onPage({ kind: 'dict', rowStart: start, rows: n, dictionary: dictTexts, indices: out });
        }
        else {
            let vals;
            if (indices) {
                const d = (dictValues ?? dictTexts?.texts);
                const arr = new Array(indices.length);
                for (let i = 0; i < indices.length; i++)
                    arr[i] = d[indices[i]];
                vals = arr;
            }
            else
                vals = hp.convert(data, decoder);
            const out = new Array(n);
            for (let i = 0, j = 0; i < n; i++) {
                if (present && present[i] !== maxDef)
                    out[i] = null;
                else {
                    const v = vals[j++];
                    out[i] = typeof v === 'bigint' ? Number(v) : v === undefined ? null : v;
                }
            }
            onPage({ kind: 'values', rowStart: start, rows: n, values: out });
        }
        done += n;
    }
    if (done !== rows)
        throw new Error(`the column chunk holds ${done} values, expected ${rows}`);
}
function newScratch() {
    return { defs: new Uint8Array(0), nulls: new Uint8Array(0), idx: new Int32Array(0), out: new Int32Array(0), values: new Float64Array(0), dense: new Float64Array(0) };
}
/** `a` when it holds n elements, else a new array of the same kind with room for n (+25%). */
function grow(a, n) {
    if (a.length >= n)
        return a;
    return new a.constructor(Math.ceil(n * 1.25));
}
function countPresent(present, maxDef) {
    let k = 0;
    for (let i = 0; i < present.length; i++)
        if (present[i] === maxDef)
            k++;
    return k;
}
/**
 * Stream a Parquet file one row group at a time, columnar, without building row arrays or Date
 * objects: timestamps and dates come as epoch milliseconds (numbers). Decoding one column at a
 * time keeps memory to one column chunk (`readPages`: one page). For bulk statistics.
 */
async function* readParquetColumns(path) {
    const size = await fileSize(path);
    if (size === 0)
        throw emptyError(path);
    const [{ parquetMetadataAsync, parquetRead, parquetSchema }, column, datapage, encoding, plain, convertMod, schemaMod] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(209), __webpack_require__.e(787), __webpack_require__.e(87)]).then(__webpack_require__.bind(__webpack_require__, 26087)),
        Promise.all(/* import() */[__webpack_require__.e(209), __webpack_require__.e(787)]).then(__webpack_require__.bind(__webpack_require__, 85787)),
        __webpack_require__.e(/* import() */ 209).then(__webpack_require__.bind(__webpack_require__, 47209)),
        __webpack_require__.e(/* import() */ 452).then(__webpack_require__.bind(__webpack_require__, 40452)),
        __webpack_require__.e(/* import() */ 589).then(__webpack_require__.bind(__webpack_require__, 90589)),
        __webpack_require__.e(/* import() */ 798).then(__webpack_require__.bind(__webpack_require__, 24798)),
        __webpack_require__.e(/* import() */ 770).then(__webpack_require__.bind(__webpack_require__, 69770)),
    ]);
    const hp = {
        parquetHeader: column.parquetHeader,
        decompressPage: datapage.decompressPage,
        readDataPage: datapage.readDataPage,
        readDataPageV2: datapage.readDataPageV2,
        readRleBitPackedHybrid: encoding.readRleBitPackedHybrid,
        readPlain: plain.readPlain,
        convert: convertMod.convert,
    };
    const compressors = await parquetCompressors();
    const scratch = newScratch();
    const file = { byteLength: size, slice: (start, end) => readRange(path, start, end ?? size) };
    let metadata;
    try {
        metadata = await parquetMetadataAsync(file);
    }
    catch (err) {
        throw new UsageError(`${path}: not a readable Parquet file (${err.message}); check the file or pass the right format`);
    }
    const tree = parquetSchema(metadata);
    const children = tree.children;
    const columns = children.map((c) => c.element.name);
    const timestamps = children.map((c) => {
        const e = c.element;
        return e.logical_type?.type === 'TIMESTAMP' || e.logical_type?.type === 'DATE' || /^(TIMESTAMP|DATE)/.test(e.converted_type ?? '');
    });
    const parsers = { ...convertMod.DEFAULT_PARSERS, ...MS_PARSERS };
    // Flat columns (a leaf right under the root, not repeated) are decoded page by page here.
    const flat = children.map((c) => {
        const schemaPath = schemaMod.getTreePath(tree, [c.element.name]);
        return schemaMod.isFlatColumn(schemaPath) && schemaMod.getMaxRepetitionLevel(schemaPath) === 0
            ? { schemaPath, maxDef: schemaMod.getMaxDefinitionLevel(schemaPath) }
            : undefined;
    });
    let rowStart = 0;
    for (const group of metadata.row_groups) {
        const rows = Number(group.num_rows);
        const start = rowStart;
        // A column whole, through hyparquet's parquetRead: the path for nested columns.
        const readColumn = async (c) => {
            const parts = [];
            try {
                await parquetRead({ file, metadata, columns: [columns[c]], compressors, parsers, rowStart: start, rowEnd: start + rows, onChunk: (p) => parts.push(p) });
            }
            catch (err) {
                throw new UsageError(`${path}: cannot decode Parquet column "${columns[c]}" rows ${start + 1}-${start + rows} (${err.message})`);
            }
            if (parts.length === 1 && parts[0].rowStart === start && parts[0].columnData.length === rows)
                return parts[0].columnData;
            const out = new Array(rows).fill(null);
            for (const p of parts) {
                for (let i = 0; i < p.columnData.length; i++) {
                    const r = p.rowStart + i - start;
                    if (r >= 0 && r < rows)
                        out[r] = p.columnData[i];
                }
            }
            return out;
        };
        const readPages = async (c, onPage) => {
            const f = flat[c];
            const chunk = group.columns.find((k) => k.meta_data?.path_in_schema.length === 1 && k.meta_data.path_in_schema[0] === columns[c]);
            const meta = chunk?.meta_data;
            if (!f || !meta || chunk?.file_path) {
                const values = await readColumn(c);
                const out = new Array(values.length);
                for (let i = 0; i < values.length; i++) {
                    const v = values[i];
                    out[i] = typeof v === 'bigint' ? Number(v) : v === undefined ? null : v;
                }
                onPage({ kind: 'values', rowStart: start, rows, values: out });
                return;
            }
            const from = Number(meta.dictionary_page_offset || meta.data_page_offset);
            const to = from + Number(meta.total_compressed_size);
            try {
                if (from < 0 || to > size)
                    throw new Error(`column chunk bytes ${from}-${to} lie outside the file (${size} bytes)`);
                const buf = await file.slice(from, to);
                const decoder = {
                    pathInSchema: meta.path_in_schema,
                    element: f.schemaPath[f.schemaPath.length - 1].element,
                    schemaPath: f.schemaPath,
                    type: meta.type,
                    codec: meta.codec,
                    compressors,
                    parsers,
                };
                readFlatChunk(hp, buf, decoder, f.maxDef, start, rows, onPage, scratch);
                collectGarbage('minor'); // the chunk's and its pages' buffers
            }
            catch (err) {
                if (err instanceof UsageError)
                    throw err;
                throw new UsageError(`${path}: cannot decode Parquet column "${columns[c]}" rows ${start + 1}-${start + rows} (${err.message})`);
            }
        };
        yield { columns, timestamps, readPages, rowStart: start, rows };
        rowStart += rows;
    }
    if (rowStart === 0)
        throw new UsageError(`${path}: the Parquet file has no rows`);
    // Done: the page buffers (a few MB) go now rather than stay under whatever is read next.
    Object.assign(scratch, newScratch());
    collectGarbage('major');
}

// EXTERNAL MODULE: ./src/gate/evaluate.js + 5 modules
var evaluate = __webpack_require__(39475);
// EXTERNAL MODULE: ./src/gate/rules.js
var gate_rules = __webpack_require__(2918);
;// CONCATENATED MODULE: ./src/gate/run.js
/**
 * The gate on model bundles: read the candidate (and the baseline, when there is one), pick the
 * evaluation rows (the candidate's holdout or a data file), re-score both models on the same rows
 * and evaluate. Used by `cd4ml gate` and the evaluate-gate action; baseline lookup (production
 * deployment, artifact download) happens in the adapters and arrives here as a BaselineSource.
 */





const GATE_DEFAULTS = { resamples: 2000, confidence: 0.95, seed: 42, minSliceRows: 30, onBaselineMissing: 'fail', onSchemaChange: 'fail' };
async function evaluationRows(candidate, data, format) {
    const columns = [];
    const at = new Map();
    const cols = [];
    let n = 0;
    const column = (name) => {
        let j = at.get(name);
        if (j === undefined) {
            j = columns.length;
            at.set(name, j);
            columns.push(name);
            cols.push(new Array(n).fill(null));
        }
        return j;
    };
    if (data) {
        for await (const b of readBatches(data, { ...(format ? { format } : {}), batchSize: 65536 })) {
            const idx = b.columns.map(column);
            const absent = cols.filter((_, j) => !idx.includes(j));
            for (const row of b.rows) {
                for (let k = 0; k < idx.length; k++)
                    cols[idx[k]].push(row[k] ?? null);
                for (const c of absent)
                    c.push(null);
                n++;
            }
        }
        if (n === 0)
            throw new errors/* UsageError */.eb(`${data}: no rows to evaluate on`);
        return { columns, data: cols, n, source: data };
    }
    let records;
    try {
        records = (await readHoldout(candidate)).records;
    }
    catch (err) {
        if (err instanceof errors/* UsageError */.eb)
            throw err;
        throw new errors/* UsageError */.eb(`model bundle ${candidate.dir}: cannot read holdout.jsonl (${(0,errors/* errorMessage */.gJ)(err)}); pass the evaluation rows with --data / input "data"`);
    }
    if (records.length === 0)
        throw new errors/* UsageError */.eb(`model bundle ${candidate.dir}: holdout.jsonl has no rows; pass the evaluation rows with --data / input "data"`);
    for (const r of records)
        for (const k of Object.keys(r))
            column(k);
    for (const r of records) {
        for (let j = 0; j < columns.length; j++)
            cols[j].push(r[columns[j]] ?? null);
        n++;
    }
    return { columns, data: cols, n, source: 'candidate holdout' };
}
/** "12", "-0.5", "1e-3" → number; anything else (missing markers, text, hex, " 5") unchanged. */
function numericOrSelf(v) {
    if (typeof v !== 'string' || v.length === 0)
        return v;
    for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        // 0-9 + - . e E
        if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c === 101 || c === 69))
            return v;
    }
    const x = Number(v);
    return Number.isFinite(x) ? x : v;
}
/**
 * Parse the numeric model inputs once for both models (each would otherwise parse every cell):
 * only columns that every model reading them treats as numeric.
 */
function convertNumericInputs(t, bundles, keepRaw) {
    const kinds = new Map();
    for (const b of bundles)
        for (const c of b.preprocess.columns)
            (kinds.get(c.name) ?? kinds.set(c.name, new Set()).get(c.name)).add(c.kind);
    const raw = new Map();
    t.columns.forEach((name, j) => {
        const k = kinds.get(name);
        if (!k || k.size !== 1 || !k.has('numeric'))
            return;
        if (keepRaw.has(name))
            raw.set(name, t.data[j].slice());
        const col = t.data[j];
        for (let i = 0; i < col.length; i++)
            col[i] = numericOrSelf(col[i]);
    });
    return raw;
}
/** Score a bundle on the columnar rows; a column the model needs and the rows lack is a usage error. */
function scoreOn(bundle, t, role) {
    const raw = bundle.features.map((f) => {
        const j = t.columns.indexOf(f);
        if (j < 0)
            throw new errors/* UsageError */.eb(`${t.source}: column "${f}" is missing (the ${role} model needs it); columns present: ${t.columns.join(', ')}`);
        return t.data[j];
    });
    return scoreColumns(bundle, raw, t.n);
}
function schemaDiff(baseline, candidate) {
    const kinds = (b) => new Map(b.preprocess.columns.map((c) => [c.name, c.kind]));
    const a = kinds(baseline);
    const c = kinds(candidate);
    return {
        added: [...c.keys()].filter((k) => !a.has(k)),
        removed: [...a.keys()].filter((k) => !c.has(k)),
        changed: [...c.keys()].filter((k) => a.has(k) && a.get(k) !== c.get(k)).map((k) => `${k}: ${a.get(k)} → ${c.get(k)}`),
    };
}
function normaliseMetric(name) {
    return name.trim().toLowerCase().replace(/_/g, '-');
}
async function runGate(opts) {
    const g = opts.gate;
    const candidate = await readBundle(opts.candidateDir);
    const task = candidate.task;
    const known = (0,evaluate/* metricsOf */.Ps)(task);
    const notes = [];
    // Headline: train.headline-metric, else the bundle's, else accuracy / rmse.
    let headline = normaliseMetric(opts.headlineMetric ?? candidate.headlineMetric ?? (0,gate_rules/* defaultHeadline */.qj)(task));
    if (!known.includes(headline)) {
        notes.push(`the headline metric "${opts.headlineMetric ?? candidate.headlineMetric}" is not one the gate re-scores (${known.join(', ')}); the gate uses ${(0,gate_rules/* defaultHeadline */.qj)(task)} as its headline`);
        headline = (0,gate_rules/* defaultHeadline */.qj)(task);
    }
    const rules = (0,gate_rules/* resolveRules */.SJ)(g, headline, known);
    const evalRows = await evaluationRows(candidate, opts.data, opts.format);
    const targetAt = evalRows.columns.indexOf(candidate.target);
    const targetCol = evalRows.data[targetAt];
    if (targetAt < 0)
        throw new errors/* UsageError */.eb(`${evalRows.source}: the target column "${candidate.target}" is missing; columns present: ${evalRows.columns.join(', ')}`);
    for (const s of g.slices ?? []) {
        if (!evalRows.columns.includes(s))
            throw new errors/* UsageError */.eb(`gate.slices: column "${s}" is not in the evaluation rows (${evalRows.source}); columns present: ${evalRows.columns.join(', ')}`);
    }
    // Baseline.
    const onMissing = g['on-baseline-missing'] ?? GATE_DEFAULTS.onBaselineMissing;
    const onSchema = g['on-schema-change'] ?? GATE_DEFAULTS.onSchemaChange;
    let baseline;
    let state;
    const src = opts.baseline;
    if (src.kind === 'none')
        state = { kind: 'first-model', message: src.message };
    else if (src.kind === 'unavailable')
        state = { kind: 'unavailable', message: src.message, policy: onMissing, ...(src.label ? { source: src.label } : {}) };
    else {
        try {
            baseline = await readBundle(src.dir);
            state = { kind: 'compared', source: src.label };
        }
        catch (err) {
            state = { kind: 'unavailable', source: src.label, message: `${src.label} cannot be read: ${(0,errors/* errorMessage */.gJ)(err)}`, policy: onMissing };
        }
    }
    if (baseline) {
        const diff = schemaDiff(baseline, candidate);
        const label = state.source;
        if (baseline.task !== task || baseline.target !== candidate.target) {
            state = { kind: 'schema-changed', source: label, schema: diff, message: `the baseline predicts ${baseline.target} (${baseline.task}), the candidate ${candidate.target} (${task})`, policy: onSchema };
            baseline = undefined;
        }
        else {
            const missing = baseline.features.filter((f) => !evalRows.columns.includes(f));
            if (missing.length > 0) {
                state = { kind: 'schema-changed', source: label, schema: diff, message: `the baseline needs column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}, not in the evaluation rows (${(0,evaluate/* describeSchemaDiff */.Gy)(diff)})`, policy: onSchema };
                baseline = undefined;
            }
            else {
                state = { kind: 'compared', source: label, schema: diff };
            }
        }
    }
    // Score both models on the same rows.
    const rawSlices = convertNumericInputs(evalRows, baseline ? [candidate, baseline] : [candidate], new Set([...(g.slices ?? []), candidate.target]));
    const candScore = scoreOn(candidate, evalRows, 'candidate');
    const baseScore = baseline ? scoreOn(baseline, evalRows, 'baseline') : undefined;
    const n = evalRows.n;
    const warnings = [];
    let truthArr;
    let candArr;
    let baseArr;
    let classes;
    if (task === 'classification') {
        classes = [...(candidate.classes ?? [])];
        const indexOf = new Map(classes.map((c, i) => [c, i]));
        const idx = (label) => {
            let i = indexOf.get(label);
            if (i === undefined) {
                i = classes.length;
                classes.push(label);
                indexOf.set(label, i);
            }
            return i;
        };
        truthArr = new Int32Array(n);
        for (let r = 0; r < n; r++) {
            const y = (rawSlices.get(candidate.target) ?? targetCol)[r];
            if (y === null || y === undefined || y === '')
                throw new errors/* UsageError */.eb(`${evalRows.source}: row ${r + 1} has no value in the target column "${candidate.target}"`);
            truthArr[r] = idx(String(y));
        }
        const toIdx = (bundle, preds) => {
            const out = new Int32Array(n);
            for (let r = 0; r < n; r++)
                out[r] = Number.isNaN(preds[r]) ? idx('(not scored)') : idx(bundle.classes?.[preds[r]] ?? String(preds[r]));
            return out;
        };
        candArr = toIdx(candidate, candScore.predictions);
        if (baseline && baseScore)
            baseArr = toIdx(baseline, baseScore.predictions);
    }
    else {
        const keep = [];
        for (let r = 0; r < n; r++) {
            const y = Number(targetCol[r]);
            const ok = targetCol[r] !== null && targetCol[r] !== '' && Number.isFinite(y) && !Number.isNaN(candScore.predictions[r]) && (!baseScore || !Number.isNaN(baseScore.predictions[r]));
            if (ok)
                keep.push(r);
        }
        if (keep.length === 0)
            throw new errors/* UsageError */.eb(`${evalRows.source}: no row has a numeric target "${candidate.target}" that both models can score`);
        truthArr = Float64Array.from(keep, (r) => Number(targetCol[r]));
        candArr = Float64Array.from(keep, (r) => candScore.predictions[r]);
        if (baseScore)
            baseArr = Float64Array.from(keep, (r) => baseScore.predictions[r]);
        if (keep.length < n)
            warnings.push(`${n - keep.length} of ${n} rows left out: missing/non-numeric target or a value a model cannot preprocess`);
    }
    const notScored = candScore.errors.length + (baseScore?.errors.length ?? 0);
    if (task === 'classification' && notScored > 0)
        warnings.push(`${notScored} predictions could not be made (a value the model cannot preprocess) and count as wrong; first: row ${(candScore.errors[0] ?? baseScore.errors[0]).row + 1}`);
    let sliceCols;
    if (g.slices && g.slices.length > 0) {
        sliceCols = {};
        for (const s of g.slices) {
            const col = rawSlices.get(s) ?? evalRows.data[evalRows.columns.indexOf(s)];
            const vals = Array.from(col, (v) => (v === null || v === undefined || v === '' ? '(missing)' : String(v)));
            sliceCols[s] = vals;
        }
        if (task === 'regression' && truthArr.length < n)
            throw new errors/* UsageError */.eb('gate.slices with rows left out of a regression evaluation is not supported; clean the evaluation data');
    }
    if (g['slice-metric'] && !known.includes(normaliseMetric(g['slice-metric'])))
        throw new errors/* UsageError */.eb(`gate.slice-metric "${g['slice-metric']}" is not a metric of this model; use one of ${known.join(', ')}`);
    const report = (0,evaluate/* evaluateGate */.DR)({
        task,
        ...(classes ? { classes } : {}),
        truth: truthArr,
        candidate: candArr,
        ...(baseArr ? { baseline: baseArr } : {}),
        baselineState: state,
        candidateSource: `${opts.candidateDir} (${candidate.digest.slice(0, 12)})`,
        evaluationSource: evalRows.source,
        headline,
        rules,
        ...(sliceCols ? { slices: sliceCols } : {}),
        ...(g['slice-metric'] ? { sliceMetric: normaliseMetric(g['slice-metric']) } : {}),
        ...(g['max-disparity'] !== undefined ? { maxDisparity: g['max-disparity'] } : {}),
        minSliceRows: g['min-slice-rows'] ?? GATE_DEFAULTS.minSliceRows,
        resamples: g.resamples ?? GATE_DEFAULTS.resamples,
        confidence: g.confidence ?? GATE_DEFAULTS.confidence,
        seed: g.seed ?? GATE_DEFAULTS.seed,
    });
    report.warnings.push(...warnings);
    report.notes.push(...notes);
    return report;
}


/***/ })

};
