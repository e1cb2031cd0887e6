export const id = 7996;
export const ids = [7996];
export const modules = {

/***/ 17996:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HJ: () => (/* binding */ BUNDLE_FILES),
  vp: () => (/* binding */ amendLineage),
  To: () => (/* binding */ compileModel),
  aH: () => (/* binding */ encodeHoldout),
  l3: () => (/* binding */ predictFeatureColumns),
  readBundle: () => (/* binding */ readBundle),
  readHoldout: () => (/* binding */ readHoldout),
  Qr: () => (/* binding */ readHoldoutTable),
  scoreRecords: () => (/* binding */ scoreRecords),
  sc: () => (/* binding */ sha256),
  _Y: () => (/* reexport */ json/* stableJson */._)
});

// UNUSED EXPORTS: scoreColumns, scoreTable

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/io/number-text.js
/**
 * String(x) written straight into a byte buffer, without making the string: train's holdout.jsonl
 * prints one number per cell (4M cells at 1M rows), and the strings String(x) makes are kept alive
 * by V8's number-to-string cache long enough to be promoted, which left ~50 MB of old-space garbage
 * in train's peak RSS at 1M rows (bench/train/whole.mjs). This covers the numbers data files hold \u2014
 * finite, 1e-6 \u2264 |x| < 1e15, at most 15 significant digits \u2014 and says "not mine" for the rest.
 *
 * Why it is String(x): ECMAScript's Number::toString prints the decimal with the fewest significant
 * digits that reads back as x. For a fixed magnitude, fewer significant digits is fewer fraction
 * digits, so the answer is m / 10^k for the smallest k at which some integer m reads back as x.
 * "Reads back" is checked exactly: m < 2^53 and 10^k \u2264 10^15 are exact doubles, so m / 10^k is the
 * correctly rounded value of the decimal, which is what parsing it gives. With m < 10^15 the
 * candidates at that k are more than an ulp apart, so m is unique (no tie to break), and it is
 * within one of Math.round(|x| \u00b7 10^k). Every |x| in [1e-6, 1e15) prints in fixed notation.
 */
const POW10 = Float64Array.from({ length: 16 }, (_, i) => 10 ** i);
const DIGITS = new Uint8Array(16);
/**
 * Writes String(x) as ASCII into `buf` at `pos` and returns the position after it, or returns -1
 * (nothing written) when x is outside what this handles; the caller then writes String(x).
 * `buf` needs room for 18 bytes at `pos` ("-" + 15 digits + "." + "0" for values below 1).
 */
function writeNumberText(x, buf, pos) {
    if (x === 0) {
        buf[pos] = 0x30; // String(-0) is "0" too
        return pos + 1;
    }
    const a = x < 0 ? -x : x;
    if (!(a >= 1e-6 && a < 1e15))
        return -1;
    for (let k = 0; k < 16; k++) {
        const p = POW10[k];
        const t = a * p;
        if (t >= 1e15)
            return -1; // more than 15 significant digits
        const r = Math.round(t);
        let m;
        if (r / p === a)
            m = r;
        else if ((r - 1) / p === a)
            m = r - 1;
        else if ((r + 1) / p === a)
            m = r + 1;
        else
            continue;
        if (x < 0)
            buf[pos++] = 0x2d;
        const frac = m % p;
        let int = (m - frac) / p;
        // Integer part, most significant digit first.
        let nd = 0;
        do {
            const q = Math.floor(int / 10);
            DIGITS[nd++] = int - q * 10;
            int = q;
        } while (int > 0);
        while (nd > 0)
            buf[pos++] = 0x30 + DIGITS[--nd];
        if (k > 0) {
            buf[pos++] = 0x2e;
            let f = frac;
            for (let i = k - 1; i >= 0; i--) {
                const q = Math.floor(f / 10);
                buf[pos + i] = 0x30 + (f - q * 10);
                f = q;
            }
            pos += k;
        }
        return pos;
    }
    return -1;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.js
var errors = __webpack_require__(16986);
// EXTERNAL MODULE: ./src/model/mlcart.js
var mlcart = __webpack_require__(89932);
// EXTERNAL MODULE: ./src/model/preprocess.js
var preprocess = __webpack_require__(3749);
;// CONCATENATED MODULE: ./src/model/consistency.js
/**
 * A bundle's internal consistency, checked at every load (readBundle: predict, serve, gate, monitor,
 * the registry and deploy): manifest digests prove the files are the ones listed, not that they
 * agree with each other. A bundle edited and re-hashed must be refused here with a message naming
 * the bundle and the disagreement, not crash later in scoring (a TypeError in predict, a 500 on
 * every request in serve).
 *
 * Checked, in this order (the first problem is reported):
 *   - preprocess.json: task, target, column specs (kind, fill, categories, encoding, parts);
 *   - its model feature list against the columns' encoded widths and names (`col`, `col=cat`, `col.part`);
 *   - classes (classification: \u2265 2 distinct labels; regression: none);
 *   - params.json's input columns, model features and target (what the tree was grown on) against preprocess.json;
 *   - model.json: an ml-cart tree or a forest of them, of the same task; every split's feature
 *     index within the model features, thresholds finite, every leaf's distribution fitting the
 *     classes (or a finite value for regression).
 * O(nodes + features).
 */


const KINDS = new Set(['numeric', 'boolean', 'categorical', 'datetime']);
const IMPUTES = new Set(['median', 'mean', 'most-frequent', 'constant']);
const PARTS = new Set(preprocess/* DATE_PARTS */.oJ);
/** One disagreement between the bundle's files (becomes the UsageError's detail). */
class Inconsistent extends Error {
}
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v) => {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}\u2026` : s;
};
/** Model feature names a column spec encodes to, in order; throws Inconsistent on a bad spec. */
function encodedNames(c, where) {
    if (typeof c.name !== 'string' || c.name === '')
        throw new Inconsistent(`${where} has no "name"`);
    const name = c.name;
    if (typeof c.kind !== 'string' || !KINDS.has(c.kind))
        throw new Inconsistent(`${where} ("${name}") has kind ${show(c.kind)}; expected numeric, boolean, categorical or datetime`);
    if (typeof c.impute !== 'string' || !IMPUTES.has(c.impute))
        throw new Inconsistent(`${where} ("${name}") has impute ${show(c.impute)}; expected median, mean, most-frequent or constant`);
    if (c.kind === 'categorical') {
        const cats = c.categories;
        if (!Array.isArray(cats) || cats.length === 0 || !cats.every((x) => typeof x === 'string'))
            throw new Inconsistent(`column "${name}" is categorical but its "categories" is ${show(cats)}; expected a non-empty list of text`);
        if (new Set(cats).size !== cats.length)
            throw new Inconsistent(`column "${name}" lists a category twice`);
        if (typeof c.fill !== 'string' || !cats.includes(c.fill))
            throw new Inconsistent(`column "${name}": its fill value ${show(c.fill)} is not one of its categories`);
        if (c.encoding === 'one-hot')
            return cats.map((x) => `${name}=${x}`);
        if (c.encoding === 'ordinal')
            return [name];
        throw new Inconsistent(`column "${name}" has encoding ${show(c.encoding)}; expected one-hot or ordinal`);
    }
    if (typeof c.fill !== 'number' || !Number.isFinite(c.fill))
        throw new Inconsistent(`column "${name}" (${c.kind}) has fill ${show(c.fill)}; expected a finite number`);
    if (c.kind === 'datetime') {
        const parts = c.parts;
        if (!Array.isArray(parts) || parts.length === 0 || !parts.every((p) => typeof p === 'string' && PARTS.has(p)))
            throw new Inconsistent(`column "${name}" is a datetime but its "parts" is ${show(parts)}; expected a list of ${preprocess/* DATE_PARTS */.oJ.join(', ')}`);
        return parts.map((p) => `${name}.${p}`);
    }
    return [name];
}
function checkPreprocess(pre) {
    if (pre.task !== 'classification' && pre.task !== 'regression')
        throw new Inconsistent(`preprocess.json has task ${show(pre.task)}; expected classification or regression`);
    if (typeof pre.target !== 'string' || pre.target === '')
        throw new Inconsistent('preprocess.json has no "target"');
    const spec = pre.preprocess;
    if (!isObj(spec) || !Array.isArray(spec.columns) || !Array.isArray(spec.features))
        throw new Inconsistent('preprocess.json has no "preprocess" with "columns" and "features"');
    if (spec.columns.length === 0)
        throw new Inconsistent('preprocess.json lists no input columns');
    const expected = [];
    const seen = new Set();
    spec.columns.forEach((c, i) => {
        if (!isObj(c))
            throw new Inconsistent(`preprocess.json column ${i + 1} is not an object`);
        const names = encodedNames(c, `preprocess.json column ${i + 1}`);
        const name = c.name;
        if (seen.has(name))
            throw new Inconsistent(`preprocess.json lists column "${name}" twice`);
        if (name === pre.target)
            throw new Inconsistent(`the target "${name}" is also an input column`);
        seen.add(name);
        expected.push(...names);
    });
    const features = spec.features;
    if (features.length !== expected.length) {
        throw new Inconsistent(`preprocess.json's columns encode ${expected.length} model features but its "features" lists ${features.length}`);
    }
    for (let i = 0; i < expected.length; i++) {
        if (features[i] !== expected[i])
            throw new Inconsistent(`model feature ${i} is ${show(features[i])} in preprocess.json's "features", but its columns encode ${show(expected[i])} there`);
    }
    let nClasses = 0;
    if (pre.task === 'classification') {
        const classes = pre.classes;
        if (!Array.isArray(classes) || classes.length < 2 || !classes.every((c) => typeof c === 'string'))
            throw new Inconsistent(`a classification bundle needs at least two class labels in preprocess.json "classes", found ${show(classes)}`);
        if (new Set(classes).size !== classes.length)
            throw new Inconsistent('preprocess.json "classes" lists a class twice');
        nClasses = classes.length;
    }
    else if (pre.classes !== undefined)
        throw new Inconsistent('a regression bundle has "classes" in preprocess.json');
    return { task: pre.task, features: expected, nClasses };
}
function checkTree(tree, where, task, nFeatures, features, nClasses) {
    if (!isObj(tree))
        throw new Inconsistent(`${where} is not an ml-cart model`);
    const name = tree.name;
    const treeTask = name === 'DTClassifier' ? 'classification' : name === 'DTRegression' ? 'regression' : undefined;
    if (!treeTask)
        throw new Inconsistent(`${where} has name ${show(name)}; expected DTClassifier or DTRegression`);
    if (treeTask !== task)
        throw new Inconsistent(`${where} is a ${treeTask} tree (${name}) but preprocess.json says the task is ${task}`);
    const stack = [[tree.root, 'root']];
    let nodes = 0;
    while (stack.length > 0) {
        const [nd, path] = stack.pop();
        if (++nodes > 10_000_000)
            throw new Inconsistent(`${where} has more than 10 million nodes`);
        if (!isObj(nd))
            throw new Inconsistent(`${where} node ${path} is not an object`);
        const n = nd;
        if (n.distribution !== undefined) {
            if (task === 'classification') {
                const d = n.distribution;
                if (!Array.isArray(d) || !Array.isArray(d[0]) || d[0].length === 0 || !d[0].every((x) => typeof x === 'number' && Number.isFinite(x)))
                    throw new Inconsistent(`${where} leaf ${path} has distribution ${show(d)}; expected [[p0, p1, \u2026]]`);
                if (d[0].length > nClasses)
                    throw new Inconsistent(`${where} leaf ${path} gives ${d[0].length} class probabilities but the bundle has ${nClasses} classes`);
            }
            else if (typeof n.distribution !== 'number' || !Number.isFinite(n.distribution))
                throw new Inconsistent(`${where} leaf ${path} has value ${show(n.distribution)}; expected a finite number`);
            continue;
        }
        const f = n.splitColumn;
        if (typeof f !== 'number' || !Number.isInteger(f) || f < 0 || f >= nFeatures) {
            throw new Inconsistent(`${where} node ${path} splits on feature ${show(f)}, but the model has ${nFeatures} features (0\u2013${nFeatures - 1}: ${features.slice(0, 5).join(', ')}${nFeatures > 5 ? ', \u2026' : ''})`);
        }
        if (typeof n.splitValue !== 'number' || !Number.isFinite(n.splitValue))
            throw new Inconsistent(`${where} node ${path} has threshold ${show(n.splitValue)}; expected a finite number`);
        stack.push([n.right, `${path}.right`], [n.left, `${path}.left`]);
    }
}
/** params.json records the raw input columns and model features the tree was grown on: they must be preprocess.json's. */
function checkParams(params, pre, features) {
    const columns = pre.preprocess.columns.map((c) => c.name);
    const same = (a, b) => Array.isArray(a) && a.length === b.length && a.every((x, i) => x === b[i]);
    const raw = params.features;
    if (raw !== undefined && !same(raw, columns))
        throw new Inconsistent(`params.json trained on the input columns ${show(raw)}, but preprocess.json has ${show(columns)}`);
    const mf = params['model-features'];
    if (mf !== undefined && !same(mf, features)) {
        const list = Array.isArray(mf) ? mf : [];
        let at = 0;
        while (at < list.length && at < features.length && list[at] === features[at])
            at++;
        throw new Inconsistent(`params.json grew the tree on ${list.length} model features, preprocess.json encodes ${features.length}; they differ at feature ${at} (${show(list[at])} vs ${show(features[at])})`);
    }
    if (params.target !== undefined && params.target !== pre.target)
        throw new Inconsistent(`params.json's target is ${show(params.target)} but preprocess.json's is ${show(pre.target)}`);
}
/**
 * Check that preprocess.json, params.json and model.json agree (see the file comment). Throws a UsageError
 * "model bundle DIR is inconsistent: \u2026" on the first disagreement.
 */
function checkBundleConsistency(dir, preprocess, model, params) {
    try {
        if (!isObj(preprocess))
            throw new Inconsistent('preprocess.json is not an object');
        const { task, features, nClasses } = checkPreprocess(preprocess);
        if (isObj(params))
            checkParams(params, preprocess, features);
        if (isObj(model) && model.name === 'cd4ml-forest') {
            if (!Array.isArray(model.trees) || model.trees.length === 0)
                throw new Inconsistent('model.json is a forest without trees');
            model.trees.forEach((t, i) => checkTree(t, `model.json tree ${i + 1}`, task, features.length, features, nClasses));
        }
        else
            checkTree(model, 'model.json', task, features.length, features, nClasses);
    }
    catch (problem) {
        if (!(problem instanceof Inconsistent))
            throw problem;
        throw new errors.UsageError(`model bundle ${dir} is inconsistent: ${problem.message}. Its files disagree with each other (edited after training?); retrain it with "cd4ml train" or restore the original files`);
    }
}

// EXTERNAL MODULE: ./src/data/table.js + 5 modules
var data_table = __webpack_require__(37254);
// EXTERNAL MODULE: ./src/io/json.js
var json = __webpack_require__(85074);
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









const BUNDLE_FILES = ['model.json', 'preprocess.json', 'schema.yml', 'metrics.json', 'params.json', 'lineage.json', 'holdout.jsonl', 'MODEL_CARD.md'];
function sha256(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/**
 * The bundle's holdout file from rows `idx` of a table: holdout.jsonl, one JSON object a line with
 * every column's raw value as readTable gave it (CSV/TSV text as strings, JSON/Parquet numbers as
 * numbers, missing as null). The one place the holdout is encoded (predict-cols owns the format).
 * `data` yields the file about 1 MiB at a time, encoded as it is written into one reused buffer:
 * each chunk is valid until the next is asked for (writeDirAtomic writes it before asking). At 1M
 * rows the file is 70 MB that train no longer holds, and no string is built per row.
 * `sha256()` is the file's hash once `data` has been read through.
 */
function encodeHoldout(table, idx) {
    const textual = table.format === 'csv' || table.format === 'tsv';
    const utf8 = (t) => Buffer.from(t, 'utf8');
    const keys = table.names.map((n, j) => utf8((j === 0 ? '{' : ',') + JSON.stringify(n) + ':'));
    const cols = table.columns;
    // Each dictionary entry encoded once (up to 65,536 entries a column; past that, per cell).
    const dictJson = cols.map((c) => (c.kind === 'text' && c.dict.length <= 65536 ? new Array(c.dict.length) : undefined));
    const NULL = utf8('null');
    const END = utf8(keys.length ? '}\n' : '{}\n');
    const FLUSH = 1 << 20;
    let buf = Buffer.allocUnsafe(FLUSH + (1 << 16));
    let pos = 0;
    const room = (k) => {
        if (pos + k <= buf.length)
            return;
        const bigger = Buffer.allocUnsafe(Math.max(buf.length * 2, pos + k));
        buf.copy(bigger, 0, 0, pos);
        buf = bigger;
    };
    const putBytes = (b) => {
        room(b.length);
        for (let i = 0; i < b.length; i++)
            buf[pos++] = b[i];
    };
    const putAscii = (t) => {
        room(t.length);
        for (let i = 0; i < t.length; i++)
            buf[pos++] = t.charCodeAt(i);
    };
    const putText = (t) => {
        room(t.length * 3);
        pos += buf.write(t, pos, 'utf8');
    };
    const QUOTE = 0x22;
    // String(x) for a finite x, written without making the string when writeNumberText can.
    const putNumber = (x) => {
        const end = writeNumberText(x, buf, pos);
        if (end >= 0)
            pos = end;
        else
            putAscii(String(x));
    };
    const putCell = (j, r) => {
        const c = cols[j];
        if (c.kind === 'text') {
            const k = c.codes[r];
            if (k < 0)
                return putBytes(NULL);
            const cache = dictJson[j];
            if (!cache)
                return putText(JSON.stringify(c.dict[k]));
            return putBytes((cache[k] ??= utf8(JSON.stringify(c.dict[k]))));
        }
        const x = c.values[r];
        const t = c.other.size > 0 ? c.other.get(r) : undefined;
        if (t !== undefined)
            return putText(JSON.stringify(t));
        if (x !== x)
            return putBytes(NULL);
        if (textual) {
            room(20);
            buf[pos++] = QUOTE;
            putNumber(x);
            room(1);
            buf[pos++] = QUOTE;
            return;
        }
        if (Number.isFinite(x)) {
            room(18);
            return putNumber(x);
        }
        return putText(JSON.stringify((0,data_table/* cellText */.Ie)(c, r)));
    };
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let digest;
    let read = false;
    function* chunks() {
        if (read)
            throw new Error('encodeHoldout: the data can be read once');
        read = true;
        for (let i = 0; i < idx.length; i++) {
            const r = idx[i];
            for (let j = 0; j < keys.length; j++) {
                putBytes(keys[j]);
                putCell(j, r);
            }
            putBytes(END);
            if (pos >= FLUSH) {
                const out = buf.subarray(0, pos);
                hash.update(out);
                yield out;
                pos = 0;
            }
        }
        if (idx.length === 0)
            putAscii('\n');
        if (pos > 0) {
            const out = buf.subarray(0, pos);
            hash.update(out);
            yield out;
        }
        digest = hash.digest('hex');
    }
    return {
        name: 'holdout.jsonl',
        data: { [Symbol.iterator]: chunks },
        sha256() {
            if (digest === undefined)
                throw new Error('encodeHoldout: sha256() before the data was written');
            return digest;
        },
    };
}
/** JSON with object keys sorted at every level, 2-space indented, trailing newline (src/io/json.ts). */


/** Compile model.json (single ml-cart tree or a forest of them). */
function compileModel(json, nClasses) {
    if (json.name === 'cd4ml-forest') {
        const trees = json.trees.map((t) => (0,mlcart/* compileMlCart */.zZ)(t, nClasses));
        return { task: trees[0].task, nClasses: trees[0].nClasses, trees };
    }
    const t = (0,mlcart/* compileMlCart */.zZ)(json, nClasses);
    return { task: t.task, nClasses: t.nClasses, trees: [t] };
}
async function readText(dir, name) {
    try {
        return await (0,promises_.readFile)((0,external_node_path_.join)(dir, name));
    }
    catch (err) {
        throw new errors.UsageError(`model bundle ${dir}: ${name} cannot be read (${err.code ?? 'error'}); pass the directory written by "cd4ml train"`);
    }
}
function parseJson(dir, name, buf) {
    try {
        return JSON.parse(buf.toString('utf8'));
    }
    catch (err) {
        throw new errors.UsageError(`model bundle ${dir}: ${name} is not valid JSON (${err.message})`);
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
        throw new errors.UsageError(`model bundle ${dir}: manifest.json has no "files" map`);
    const bufs = new Map();
    for (const name of ['model.json', 'preprocess.json', 'metrics.json', 'params.json']) {
        if (!(name in manifest.files))
            throw new errors.UsageError(`model bundle ${dir}: manifest.json does not list ${name}`);
    }
    for (const [name, hash] of Object.entries(manifest.files)) {
        if (!verify && !['model.json', 'preprocess.json', 'metrics.json', 'params.json'].includes(name))
            continue;
        const buf = await readText(dir, name);
        if (verify && sha256(buf) !== hash) {
            throw new errors.UsageError(`model bundle ${dir}: ${name} does not match its sha256 in manifest.json (the file was modified after training); retrain or restore the file`);
        }
        bufs.set(name, buf);
    }
    const pre = parseJson(dir, 'preprocess.json', bufs.get('preprocess.json'));
    const modelJson = parseJson(dir, 'model.json', bufs.get('model.json'));
    // Files that match the manifest can still disagree with each other (edited, then re-hashed).
    checkBundleConsistency(dir, pre, modelJson, parseJson(dir, 'params.json', bufs.get('params.json')));
    let model;
    try {
        model = compileModel(modelJson, pre.classes?.length);
    }
    catch (err) {
        throw new errors.UsageError(`model bundle ${dir}: model.json is not an ml-cart model (${err.message})`);
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
    (0,mlcart/* leavesOfColumns */.hv)(t, columns, n, out);
}
/**
 * Columnar fast path for scoring many rows (the gate re-scores 1M rows with it): `raw[j]` holds the
 * values of raw input column `bundle.features[j]` for `n` rows, as read (CSV strings, JSON values).
 * Preprocesses column by column into Float64Arrays and walks the compiled tree(s) once per row.
 * Rows that fail preprocessing are listed in `errors` and get prediction NaN (no probabilities).
 */
function scoreColumns(bundle, raw, n) {
    const { columns, errors } = (0,preprocess/* transformColumns */.Y)(bundle.preprocess, raw, n);
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
 * Score raw records (objects keyed by column name): preprocessing \u2192 compiled tree(s).
 * Predictions are class labels (classification) or numbers; a row that fails preprocessing
 * throws a UsageError naming the row, column and value.
 */
function scoreRecords(bundle, records) {
    const n = records.length;
    const raw = bundle.features.map((name) => records.map((r) => r[name]));
    const scored = scoreColumns(bundle, raw, n);
    if (scored.errors.length > 0) {
        const e = scored.errors[0];
        throw new errors.UsageError(`record ${e.row + 1}: column "${e.column}" is ${JSON.stringify(e.value)}, expected ${e.expected}`);
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
/**
 * Add one entry to lineage.json after training (e.g. `mlflow`: the run and model version the
 * bundle was logged as) and re-seal manifest.json; `created` is kept. Each file is written to a
 * temp file and renamed. Returns the new digest.
 */
async function amendLineage(dir, key, value) {
    const manifest = parseJson(dir, 'manifest.json', await readText(dir, 'manifest.json'));
    const lineageBuf = await readText(dir, 'lineage.json');
    if (manifest.files['lineage.json'] !== sha256(lineageBuf))
        throw new errors.UsageError(`model bundle ${dir}: lineage.json does not match its sha256 in manifest.json; retrain or restore the file`);
    const lineage = { ...parseJson(dir, 'lineage.json', lineageBuf), [key]: value };
    const text = (0,json/* stableJson */._)(lineage);
    const manifestText = (0,json/* stableJson */._)({ ...manifest, files: { ...manifest.files, 'lineage.json': sha256(text) } });
    const swap = async (name, content) => {
        const tmp = (0,external_node_path_.join)(dir, `.${name}.tmp-${process.pid}`);
        await (0,promises_.writeFile)(tmp, content);
        await (0,promises_.rename)(tmp, (0,external_node_path_.join)(dir, name));
    };
    await swap('lineage.json', text);
    await swap('manifest.json', manifestText);
    return sha256(manifestText);
}
/** holdout.jsonl's bytes, checked against manifest.json. */
async function holdoutBytes(bundle) {
    const buf = await readText(bundle.dir, 'holdout.jsonl');
    const expected = bundle.manifest.files['holdout.jsonl'];
    if (expected && sha256(buf) !== expected)
        throw new errors.UsageError(`model bundle ${bundle.dir}: holdout.jsonl does not match its sha256 in manifest.json`);
    return buf;
}
/**
 * The evaluation rows saved at training as the in-memory columnar table (the byte-level JSON
 * Lines reader of src/data/table.ts; the format is unchanged, so bundles written by any version
 * read the same). `text`: columns to keep as text (the non-numeric features, the target of a
 * classifier, slice columns). Rows: `n` (0 for an empty holdout).
 */
async function readHoldoutTable(bundle, opts = {}) {
    const buf = await holdoutBytes(bundle);
    const path = (0,external_node_path_.join)(bundle.dir, 'holdout.jsonl');
    if (buf.toString('utf8').trim() === '')
        return { file: path, format: 'jsonl', names: [], columns: [], n: 0, lines: new Int32Array(0), positions: [] };
    return (0,data_table/* readColumns */.Ej)(path, { format: 'jsonl', ...(opts.text ? { text: opts.text } : {}) });
}
/** The evaluation rows saved at training (raw values, with the target), from holdout.jsonl. */
async function readHoldout(bundle) {
    const buf = await holdoutBytes(bundle);
    const records = buf
        .toString('utf8')
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l));
    return { records };
}


/***/ }),

/***/ 89932:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ leavesOfRows),
/* harmony export */   GE: () => (/* binding */ toMlCartModel),
/* harmony export */   hv: () => (/* binding */ leavesOfColumns),
/* harmony export */   zZ: () => (/* binding */ compileMlCart)
/* harmony export */ });
/* unused harmony exports leafOf, predictOne */
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
 * A split node's child is after it (child \u2212 o > 0); a leaf's is o \u2212 1, so the four walks are done
 * when all four (child \u2212 o) are \u22121, i.e. their bitwise AND is \u22121.
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


/***/ })

};
