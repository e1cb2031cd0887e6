export const id = 5799;
export const ids = [5799];
export const modules = {

/***/ 3089:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JJ: () => (/* binding */ DEFAULT_THRESHOLDS),
/* harmony export */   ad: () => (/* binding */ compareColumn),
/* harmony export */   eV: () => (/* binding */ summarizeDataset),
/* harmony export */   pT: () => (/* binding */ compareDrift)
/* harmony export */ });
/* unused harmony export chooseTest */
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8385);

const DEFAULT_THRESHOLDS = { ks: 0.05, chisquare: 0.05, z: 0.05, wasserstein: 0.1, jensenshannon: 0.1, psi: 0.1 };
const P_VALUE_TESTS = new Set(['ks', 'chisquare', 'z']);
/** Reduce a profile to the serializable summary used for drift. `kinds` overrides the inferred kind per column. */
function summarizeDataset(profile, kinds = {}) {
    const columns = [];
    for (const p of profile.profilers) {
        const type = p.inferType();
        const kind = kinds[p.name] ?? (type === 'int' || type === 'float' ? 'numeric' : type === 'datetime' ? 'skip' : 'categorical');
        if (kind === 'skip')
            continue;
        const s = { name: p.name, kind, count: p.nonMissing, missing: p.missing };
        if (kind === 'numeric') {
            const vc = p.numCount === p.nonMissing ? p.valueCounts() : null;
            if (vc !== null)
                s.counts = Object.fromEntries(vc);
            if (p.reservoir) {
                s.sample = p.reservoir.values.subarray(0, p.reservoir.size);
                s.sampleExact = p.reservoir.exact && p.numCount === p.nonMissing;
            }
            else {
                s.sample = [];
                s.sampleExact = true;
            }
        }
        else {
            const vc = p.valueCounts();
            if (vc !== null)
                s.counts = Object.fromEntries(vc);
        }
        columns.push(s);
    }
    const summary = { kind: 'cd4ml.dataset-summary', version: 1, rows: profile.rows, sampleSize: profile.sampleSize, seed: profile.seed, columns };
    // Samples are typed-array views in memory; JSON gets plain arrays (the summary stays serializable).
    Object.defineProperty(summary, 'toJSON', {
        enumerable: false,
        value: () => ({ ...summary, columns: columns.map((c) => (c.sample instanceof Float64Array ? { ...c, sample: Array.from(c.sample) } : c)) }),
    });
    return summary;
}
function unionKeys(a, b, numeric) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return numeric ? keys.sort((x, y) => Number(x) - Number(y)) : keys.sort();
}
/** Distinct values over both sides, or Infinity when a side has more than the counted cap. */
function distinctUnion(r, c) {
    if (!r.counts || !c.counts)
        return Number.POSITIVE_INFINITY;
    return new Set([...Object.keys(r.counts), ...Object.keys(c.counts)]).size;
}
/** Evidently's default test for a column. */
function chooseTest(kind, referenceCount, nValues) {
    if (referenceCount <= 1000) {
        if (kind === 'numeric' && nValues > 5)
            return 'ks';
        return nValues > 2 ? 'chisquare' : 'z';
    }
    return kind === 'numeric' && nValues > 5 ? 'wasserstein' : 'jensenshannon';
}
/** Shares per bin for JS/PSI: by value when the reference has ≤ 20 values (or the column is categorical), else Sturges bins. */
function binnedShares(r, c) {
    const refDistinct = r.counts ? Object.keys(r.counts).length : Number.POSITIVE_INFINITY;
    if (r.kind === 'numeric' && refDistinct > 20) {
        if (!r.sample || !c.sample || r.sample.length === 0 || c.sample.length === 0)
            return undefined;
        const h = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .sturgesShares */ .Ee)((0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedCopy */ .TZ)(r.sample), (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedCopy */ .TZ)(c.sample));
        return { ref: h.ref, cur: h.cur };
    }
    if (!r.counts || !c.counts)
        return undefined;
    const keys = unionKeys(r.counts, c.counts, r.kind === 'numeric');
    return { ref: keys.map((k) => (r.counts[k] ?? 0) / r.count), cur: keys.map((k) => (c.counts[k] ?? 0) / c.count) };
}
/** Compare one column; undefined with a reason when the test cannot run. */
function compareColumn(r, c, opts = {}) {
    if (r.kind !== c.kind)
        return `the column is ${r.kind} in the reference and ${c.kind} in the current data`;
    if (r.count === 0 || c.count === 0)
        return `no non-missing values in the ${r.count === 0 ? 'reference' : 'current data'}`;
    const nValues = distinctUnion(r, c);
    const auto = opts.defaultTest && opts.defaultTest !== 'auto' ? opts.defaultTest : chooseTest(r.kind, r.count, nValues);
    const test = (opts.test && opts.test !== 'none' ? opts.test : auto);
    const threshold = opts.threshold ?? DEFAULT_THRESHOLDS[test];
    const sampledNum = r.kind === 'numeric' && (!r.sampleExact || !c.sampleExact);
    let statistic;
    let pValue;
    let distance;
    let sampled = false;
    switch (test) {
        case 'ks':
        case 'wasserstein': {
            if (r.kind !== 'numeric' || !r.sample || !c.sample)
                return `${test} needs a numeric column`;
            const a = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedCopy */ .TZ)(r.sample);
            const b = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedCopy */ .TZ)(c.sample);
            sampled = sampledNum;
            if (test === 'ks')
                ({ statistic, pValue } = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .ks2Sample */ .V_)(a, b));
            else
                statistic = distance = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .wassersteinNormed */ .w8)(a, b);
            break;
        }
        case 'chisquare':
        case 'z': {
            if (!r.counts || !c.counts)
                return `${test} needs at most 1000 distinct values; use wasserstein or jensenshannon for this column`;
            const keys = unionKeys(r.counts, c.counts, r.kind === 'numeric');
            if (test === 'chisquare') {
                const k = c.count / r.count;
                ({ statistic, pValue } = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .chiSquare */ .U_)(keys.map((key) => c.counts[key] ?? 0), keys.map((key) => (r.counts[key] ?? 0) * k)));
            }
            else {
                if (keys.length === 1) {
                    statistic = 0;
                    pValue = 1;
                }
                else {
                    const first = keys[0];
                    // Evidently codes the first sorted value as 0 and everything else as 1.
                    ({ statistic, pValue } = (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .zTestProportions */ .o9)(r.count - (r.counts[first] ?? 0), r.count, c.count - (c.counts[first] ?? 0), c.count));
                }
            }
            break;
        }
        case 'jensenshannon':
        case 'psi': {
            const shares = binnedShares(r, c);
            if (!shares)
                return `${test} needs value counts or samples on both sides`;
            sampled = r.kind === 'numeric' && sampledNum && !(r.counts && Object.keys(r.counts).length <= 20);
            statistic = distance = test === 'jensenshannon' ? (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .jensenShannon */ .fy)(shares.ref, shares.cur, 2) : (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .psi */ .js)((0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .fillZeros */ .Lc)(shares.ref), (0,_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .fillZeros */ .Lc)(shares.cur));
            break;
        }
    }
    const isP = P_VALUE_TESTS.has(test);
    const score = isP ? pValue : distance;
    return {
        column: r.name,
        kind: r.kind,
        test,
        statistic: statistic,
        ...(isP ? { pValue } : { distance }),
        score,
        threshold,
        rule: isP ? `p < ${threshold}` : `distance ≥ ${threshold}`,
        drifted: isP ? score < threshold : score >= threshold,
        referenceCount: r.count,
        currentCount: c.count,
        sampled,
    };
}
/** Compare every column present in both summaries. */
function compareDrift(reference, current, opts = {}) {
    const curByName = new Map(current.columns.map((c) => [c.name, c]));
    const columns = [];
    const skipped = [];
    for (const r of reference.columns) {
        const c = curByName.get(r.name);
        const o = opts.columns?.[r.name] ?? {};
        if (o.test === 'none') {
            skipped.push({ column: r.name, reason: 'drift test turned off for this column' });
            continue;
        }
        if (!c) {
            skipped.push({ column: r.name, reason: 'not in the current data' });
            continue;
        }
        const res = compareColumn(r, c, { ...o, defaultTest: opts.test });
        if (typeof res === 'string')
            skipped.push({ column: r.name, reason: res });
        else
            columns.push(res);
    }
    const driftedColumns = columns.filter((c) => c.drifted).map((c) => c.column);
    const shareThreshold = opts.share ?? 0.5;
    const share = columns.length === 0 ? 0 : driftedColumns.length / columns.length;
    return { columns, skipped, driftedColumns, share, shareThreshold, datasetDrift: columns.length > 0 && share >= shareThreshold };
}


/***/ }),

/***/ 5698:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   Pe: () => (/* binding */ withMarker),
/* harmony export */   _Z: () => (/* binding */ markerFor)
/* harmony export */ });
/* unused harmony export isPermissionDenied */
/**
 * The GitHub port: the small set of GitHub operations the stages need, behind one interface so
 * the core and the adapters never talk to Octokit directly. The implementation over
 * @actions/github's Octokit is in ./octokit.ts; tests run it against the OpenAPI-validated
 * server in tests/helpers/github-server.ts.
 *
 * Errors: every failed call throws GitHubApiError (status, operation, and whether it was a
 * permission problem — e.g. the read-only token of a fork PR — or a rate limit).
 */
/** Every failure of a GitHub call. */
class GitHubApiError extends Error {
    status;
    operation;
    permissionDenied;
    rateLimited;
    constructor(message, status, operation, 
    /** 403/404 on a write that the token may not do: the read-only GITHUB_TOKEN of a fork PR. */
    permissionDenied, rateLimited) {
        super(message);
        this.status = status;
        this.operation = operation;
        this.permissionDenied = permissionDenied;
        this.rateLimited = rateLimited;
        this.name = 'GitHubApiError';
    }
}
function isPermissionDenied(err) {
    return err instanceof GitHubApiError && err.permissionDenied;
}
/** A hidden Markdown marker, e.g. markerFor("gate") = "<!-- cd4ml:gate -->". */
function markerFor(name) {
    if (!/^[a-z0-9][a-z0-9:/_-]*$/.test(name))
        throw new Error(`marker name "${name}" must be lower-case letters, digits, ":", "/", "_" or "-"`);
    return `<!-- cd4ml:${name} -->`;
}
/** `body` with `marker` as its first line (added when missing). */
function withMarker(marker, body) {
    return body.startsWith(marker) ? body : `${marker}\n${body}`;
}


/***/ }),

/***/ 7066:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F4: () => (/* binding */ meanStd),
/* harmony export */   iM: () => (/* binding */ computeRegressionMetrics),
/* harmony export */   lD: () => (/* binding */ computeClassificationMetrics)
/* harmony export */ });
/* unused harmony export binaryAuc */
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


/***/ }),

/***/ 8581:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ describeSource),
/* harmony export */   Wc: () => (/* binding */ MONITOR_DEFAULTS),
/* harmony export */   Wg: () => (/* binding */ evaluateMonitor)
/* harmony export */ });
/* unused harmony exports binReference, chiSquareHomogeneity, compareLiveMetrics */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6986);
/* harmony import */ var _data_drift_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3089);
/* harmony import */ var _data_stats_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8385);
/* harmony import */ var _model_metrics_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7066);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6333);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1776);
/**
 * The monitor's judgement: a production window against the training reference.
 *
 * - Feature drift: validate-data's engine (src/data/drift.ts, Evidently's defaults: KS / chi-square
 *   / Z below 1000 reference values, normalized Wasserstein / Jensen–Shannon above; dataset drift
 *   when the share of drifted features ≥ drift-share, 0.5).
 * - Prediction drift: the same engine on the model's predictions (class labels or values).
 * - Concept drift, when labels are supplied: the live metrics against the training (holdout)
 *   metrics; a metric decays when it is worse by more than `maxMetricDrop` (relative, 0.05 = 5 %).
 *
 * Binned windows (the server's /metrics read through Prometheus) compare per-bin counts: the
 * reference is put into the same bins (training deciles, categories) and compared as a
 * categorical column by the same engine.
 */






const MONITOR_DEFAULTS = { driftShare: 0.5, predictionDrift: true, maxMetricDrop: 0.05, minRows: 30 };
const HIGHER_IS_BETTER = new Set(['accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_weighted', 'recall_weighted', 'f1_weighted', 'roc_auc', 'r2']);
const CLASSIFICATION_METRICS = ['accuracy', 'balanced_accuracy', 'precision_macro', 'recall_macro', 'f1_macro'];
const REGRESSION_METRICS = ['rmse', 'mae', 'r2'];
/** Put reference values into the bins of a binned window (server rule: first bin whose upper edge ≥ v). */
function binReference(ref, cur) {
    const counts = {};
    for (const b of Object.keys(cur.counts))
        counts[b] = 0;
    if (cur.upper) {
        if (ref.kind !== 'numeric' || !ref.sample)
            return 'the reference has no numeric values for this feature';
        const bins = Object.entries(cur.upper).sort((a, b) => a[1] - b[1]);
        // A uniform sample (when not exact) estimates the reference's bin shares: scale to its count.
        const scale = ref.sample.length === 0 ? 0 : ref.count / ref.sample.length;
        for (const v of ref.sample) {
            const hit = bins.find(([, up]) => v <= up) ?? bins[bins.length - 1];
            counts[hit[0]] = (counts[hit[0]] ?? 0) + scale;
        }
    }
    else {
        if (!ref.counts)
            return 'the reference has more than 1000 distinct values for this feature';
        const known = new Set(Object.keys(cur.counts).filter((b) => b !== '__other__'));
        for (const [v, n] of Object.entries(ref.counts)) {
            const bin = known.has(v) ? v : '__other__';
            counts[bin] = (counts[bin] ?? 0) + n;
        }
    }
    return { name: ref.name, kind: 'categorical', count: ref.count, missing: ref.missing, counts };
}
function binnedSummary(cur) {
    const total = Object.values(cur.counts).reduce((a, b) => a + b, 0);
    return { name: cur.name, kind: 'categorical', count: total, missing: cur.missing ?? 0, counts: { ...cur.counts } };
}
/**
 * Pearson's chi-square test of homogeneity of two binned samples (scipy.stats.chi2_contingency on
 * the 2 × k table, no continuity correction): unlike the goodness-of-fit form, it counts the
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
    return { statistic: stat, pValue: (0,_data_stats_js__WEBPACK_IMPORTED_MODULE_2__/* .gammaQ */ .BS)((k - 1) / 2, stat / 2) };
}
function compareBinned(ref, cur) {
    const r = binReference(ref, cur);
    if (typeof r === 'string')
        return r;
    const c = binnedSummary(cur);
    // Bins empty on both sides (e.g. an unseen "__other__") carry no information.
    for (const k of Object.keys(r.counts))
        if ((r.counts[k] ?? 0) === 0 && (c.counts[k] ?? 0) === 0)
            delete r.counts[k], delete c.counts[k];
    // Above 1000 reference values the engine's distance (Jensen–Shannon on the bin shares) applies as is.
    if (r.count > 1000)
        return (0,_data_drift_js__WEBPACK_IMPORTED_MODULE_1__/* .compareColumn */ .ad)(r, c);
    const keys = Object.keys(r.counts);
    const { statistic, pValue } = chiSquareHomogeneity(keys.map((k) => r.counts[k]), keys.map((k) => c.counts[k] ?? 0));
    const threshold = _data_drift_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_THRESHOLDS */ .JJ.chisquare;
    return { column: ref.name, kind: ref.kind, test: 'chisquare', statistic, pValue, score: pValue, threshold, rule: `p < ${threshold}`, drifted: pValue < threshold, referenceCount: r.count, currentCount: c.count, sampled: false };
}
function labelIndex(classes) {
    return new Map(classes.map((c, i) => [c, i]));
}
/** Live metrics of a labelled window against the training metrics. */
function compareLiveMetrics(reference, window, maxDrop) {
    const warnings = [];
    if (!window.labels)
        return { metrics: [], labelled: 0, warnings };
    const live = {};
    let labelled = 0;
    if (reference.task === 'classification') {
        const classes = reference.classes ?? [];
        const idx = labelIndex(classes);
        const yTrue = [];
        const yPred = [];
        const proba = [];
        let unknown = 0;
        let withProba = true;
        for (let i = 0; i < window.labels.length; i++) {
            const l = window.labels[i];
            const p = window.predictions[i];
            if (l === null || l === undefined || l === '' || p === null)
                continue;
            const t = idx.get(String(l));
            const q = idx.get(String(p));
            if (t === undefined || q === undefined) {
                unknown++;
                continue;
            }
            yTrue.push(t);
            yPred.push(q);
            const pr = window.probabilities?.[i];
            if (pr && pr.length === classes.length)
                proba.push(...pr);
            else
                withProba = false;
        }
        if (unknown > 0)
            warnings.push(`${unknown} labelled row(s) have a label the model does not know (classes: ${classes.join(', ')}); they are left out of the live metrics`);
        labelled = yTrue.length;
        if (labelled > 0) {
            const m = (0,_model_metrics_js__WEBPACK_IMPORTED_MODULE_5__/* .computeClassificationMetrics */ .lD)({ yTrue, yPred, ...(withProba ? { proba } : {}), classes });
            for (const name of CLASSIFICATION_METRICS)
                live[name] = m[name];
        }
    }
    else {
        const yTrue = [];
        const yPred = [];
        for (let i = 0; i < window.labels.length; i++) {
            const l = window.labels[i];
            const p = window.predictions[i];
            const y = typeof l === 'number' ? l : typeof l === 'string' && l.trim() !== '' ? Number(l) : Number.NaN;
            if (!Number.isFinite(y) || typeof p !== 'number' || !Number.isFinite(p))
                continue;
            yTrue.push(y);
            yPred.push(p);
        }
        labelled = yTrue.length;
        if (labelled > 0) {
            const m = (0,_model_metrics_js__WEBPACK_IMPORTED_MODULE_5__/* .computeRegressionMetrics */ .iM)(yTrue, yPred);
            for (const name of REGRESSION_METRICS)
                live[name] = m[name];
        }
    }
    const names = reference.task === 'classification' ? CLASSIFICATION_METRICS : REGRESSION_METRICS;
    const ordered = [reference.headlineMetric, ...names.filter((n) => n !== reference.headlineMetric)];
    const metrics = [];
    for (const metric of ordered) {
        const training = reference.metrics[metric];
        const value = live[metric];
        if (typeof training !== 'number' || typeof value !== 'number' || !Number.isFinite(value))
            continue;
        const higher = HIGHER_IS_BETTER.has(metric);
        const worse = higher ? training - value : value - training;
        const drop = worse / Math.max(Math.abs(training), 1e-12);
        metrics.push({ metric, training, live: value, drop, threshold: maxDrop, decayed: drop > maxDrop });
    }
    return { metrics, labelled, warnings };
}
/** Compare a production window with the reference. Throws UsageError when the window cannot be judged (too few rows). */
function evaluateMonitor(reference, window, ctx, options = {}) {
    const o = { ...MONITOR_DEFAULTS, ...options };
    const warnings = [];
    const where = describeSource(window.source);
    const rows = window.kind === 'records' ? window.records.length : window.rows;
    if (rows === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`no production rows in ${where}: the window is empty, so drift cannot be judged (this is not a "no drift" result); check that the service receives traffic and that sampling is on, or widen the window`);
    }
    if (rows < o.minRows) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`only ${rows} production row(s) in ${where}, fewer than min-rows ${o.minRows}: too few to judge drift (this is not a "no drift" result); widen the window or lower min-rows`);
    }
    const featureNames = reference.features.columns.map((c) => c.name);
    let features;
    let prediction;
    let live = [];
    let labelled = 0;
    if (window.kind === 'records') {
        const present = new Set(window.records.flatMap((r) => Object.keys(r)));
        const missingCols = featureNames.filter((n) => !present.has(n));
        if (missingCols.length === featureNames.length) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${where}: none of the model's features (${featureNames.join(', ')}) is in the production data; point monitor at the model's inputs`);
        }
        const current = (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .summarizeRecords */ .em)(window.records, featureNames, (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .featureKindsOf */ .$b)(reference));
        features = (0,_data_drift_js__WEBPACK_IMPORTED_MODULE_1__/* .compareDrift */ .pT)(reference.features, current, { share: o.driftShare });
        const preds = window.predictions.filter((p) => p !== null).map((p) => ({ [_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .PREDICTION_COLUMN */ .vs]: p }));
        const unscored = window.predictions.length - preds.length;
        if (unscored > 0)
            warnings.push(`${unscored} production row(s) could not be scored by the model (bad or missing values); they are left out of prediction drift`);
        const curPred = (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .summarizeRecords */ .em)(preds, [_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .PREDICTION_COLUMN */ .vs], { [_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .PREDICTION_COLUMN */ .vs]: reference.predictions.kind }).columns[0];
        const pd = (0,_data_drift_js__WEBPACK_IMPORTED_MODULE_1__/* .compareColumn */ .ad)(reference.predictions, curPred);
        prediction = typeof pd === 'string' ? { skipped: pd } : pd;
        const lm = compareLiveMetrics(reference, window, o.maxMetricDrop);
        live = lm.metrics;
        labelled = lm.labelled;
        warnings.push(...lm.warnings);
        if (window.labels && labelled < o.minRows) {
            warnings.push(`only ${labelled} labelled row(s), fewer than min-rows ${o.minRows}: live metrics are shown but not judged`);
            live = live.map((m) => ({ ...m, decayed: false }));
        }
    }
    else {
        const byName = new Map(window.features.map((f) => [f.name, f]));
        const columns = [];
        const skipped = [];
        for (const ref of reference.features.columns) {
            const cur = byName.get(ref.name);
            if (!cur || Object.values(cur.counts).reduce((a, b) => a + b, 0) === 0) {
                skipped.push({ column: ref.name, reason: cur ? 'no non-missing values in the window' : 'the server exports no bins for this feature' });
                continue;
            }
            const res = compareBinned(ref, cur);
            if (typeof res === 'string')
                skipped.push({ column: ref.name, reason: res });
            else
                columns.push({ ...res, kind: ref.kind });
        }
        const driftedColumns = columns.filter((c) => c.drifted).map((c) => c.column);
        const share = columns.length === 0 ? 0 : driftedColumns.length / columns.length;
        features = { columns, skipped, driftedColumns, share, shareThreshold: o.driftShare, datasetDrift: columns.length > 0 && share >= o.driftShare };
        if (window.predictions && Object.values(window.predictions.counts).some((n) => n > 0)) {
            const pd = compareBinned(reference.predictions, window.predictions);
            prediction = typeof pd === 'string' ? { skipped: pd } : { ...pd, kind: reference.predictions.kind };
        }
        else
            prediction = { skipped: 'the server exported no predictions in the window' };
        const bare = (d) => d.replace(/^sha256:/, '');
        if (window.servedDigests && window.servedDigests.length > 0 && !window.servedDigests.map(bare).includes(bare(ctx.bundle.digest))) {
            warnings.push(`the served model (digest ${window.servedDigests.join(', ')}) is not the bundle monitored (${ctx.bundle.digest}); compare against the bundle that is in production`);
        }
    }
    if (features.columns.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${where}: no feature could be compared (${features.skipped.map((s) => `${s.column}: ${s.reason}`).join('; ') || 'no features'}); drift cannot be judged`);
    }
    const reasons = [];
    if (features.datasetDrift) {
        reasons.push(`feature drift: ${features.driftedColumns.length} of ${features.columns.length} features drifted (share ${round(features.share)} ≥ ${features.shareThreshold}): ${features.driftedColumns.join(', ')}`);
    }
    if (o.predictionDrift && 'drifted' in prediction && prediction.drifted) {
        reasons.push(`prediction drift: ${prediction.test} ${prediction.pValue !== undefined ? `p = ${round(prediction.score)}` : `distance = ${round(prediction.score)}`} (${prediction.rule})`);
    }
    for (const m of live)
        if (m.decayed)
            reasons.push(`concept drift: ${m.metric} ${round(m.live)} live vs ${round(m.training)} at training (${round(m.drop * 100)} % worse > ${round(m.threshold * 100)} %)`);
    return {
        kind: 'cd4ml.monitor-report',
        version: 1,
        source: window.source,
        bundle: ctx.bundle,
        reference: { source: ctx.referenceSource, rows: reference.rows },
        rows,
        drifted: reasons.length > 0,
        'drift-share': features.share,
        'drift-share-threshold': features.shareThreshold,
        'drifted-columns': features.driftedColumns,
        reasons,
        columns: features.columns,
        skipped: features.skipped,
        prediction,
        'live-metrics': live,
        labelled,
        warnings,
    };
}
function round(x) {
    return Number(x.toPrecision(3));
}
function describeSource(s) {
    const what = s.kind === 'samples' ? `request samples in ${s.location}` : s.kind === 'prometheus' ? `Prometheus ${s.location}` : s.location;
    return s.start && s.end ? `${what} between ${s.start} and ${s.end}` : what;
}


/***/ }),

/***/ 5747:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ renderMonitorMarkdown)
/* harmony export */ });
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(231);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8581);
/**
 * The monitor report as Markdown: the job summary and the body of the drift issue. Everything
 * that came from data (column names, classes, paths) is escaped (src/report/markdown.ts).
 */


function score(c) {
    return c.pValue !== undefined ? `p = ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.pValue)}` : `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(c.distance)}`;
}
function renderMonitorMarkdown(report, trigger, opts = {}) {
    const out = [];
    const verdict = report.drifted ? '⚠️ drift detected' : '✅ no drift';
    out.push(`${opts.heading ?? '## cd4ml monitor'}: ${verdict}`, '');
    out.push(`Production: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)((0,_evaluate_js__WEBPACK_IMPORTED_MODULE_1__/* .describeSource */ .B6)(report.source), 300)} — **${report.rows}** rows. Model ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(report.bundle.digest.slice(0, 12))}, reference from ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(report.reference.source)} (${report.reference.rows} rows).`, '');
    out.push(`Drift share: **${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(report['drift-share'])}** (${report['drifted-columns'].length} of ${report.columns.length} features drifted; dataset drift at ≥ ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(report['drift-share-threshold'])}).`, '');
    if (report.reasons.length > 0) {
        out.push('Why:', '');
        for (const r of report.reasons)
            out.push(`- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r, 400)}`);
        out.push('');
    }
    out.push('### Feature drift', '');
    out.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['feature', 'kind', 'test', 'score', 'rule', 'reference rows', 'production rows', 'drifted'], report.columns.map((c) => [(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(c.column), c.kind, c.test, score(c), (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(c.rule), String(c.referenceCount), String(c.currentCount), c.drifted ? '⚠️ yes' : 'no']), ['left', 'left', 'left', 'right', 'left', 'right', 'right', 'left']));
    if (report.skipped.length > 0) {
        out.push('Not compared:', '');
        for (const s of report.skipped)
            out.push(`- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(s.column)}: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(s.reason, 300)}`);
        out.push('');
    }
    const distances = report.columns.filter((c) => c.distance !== undefined);
    const pvalues = report.columns.filter((c) => c.pValue !== undefined);
    if (pvalues.length > 0) {
        out.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidBarChart */ .lj)({ title: 'Drift per feature: 1 − p-value (drift when p < threshold)', labels: pvalues.map((c) => c.column), values: pvalues.map((c) => 1 - (c.pValue ?? 1)), yLabel: '1 − p', yMax: 1 }));
    }
    if (distances.length > 0) {
        out.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mermaidBarChart */ .lj)({ title: 'Drift per feature: distance', labels: distances.map((c) => c.column), values: distances.map((c) => c.distance ?? 0), yLabel: 'distance' }));
    }
    out.push('### Prediction drift', '');
    const p = report.prediction;
    if ('skipped' in p)
        out.push(`Not compared: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(p.skipped, 300)}`, '');
    else
        out.push(`${p.test}: ${score(p)} (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(p.rule)}) on ${p.currentCount} predictions — ${p.drifted ? '⚠️ drifted' : 'no drift'}.`, '');
    if (report['live-metrics'].length > 0) {
        out.push(`### Live metrics (${report.labelled} labelled rows)`, '');
        out.push((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['metric', 'training', 'live', 'worse by', 'allowed', 'decayed'], report['live-metrics'].map((m) => [m.metric, (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(m.training), (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(m.live), `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(m.drop * 100)} %`, `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(m.threshold * 100)} %`, m.decayed ? '⚠️ yes' : 'no']), ['left', 'right', 'right', 'right', 'right', 'left']));
    }
    if (report.warnings.length > 0) {
        out.push('Warnings:', '');
        for (const w of report.warnings)
            out.push(`- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(w, 400)}`);
        out.push('');
    }
    if (trigger) {
        out.push('### Actions', '');
        out.push(`- Issue: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(trigger.issue.detail, 300)}`);
        out.push(`- Retraining: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(trigger.retrain.detail, 300)}`);
        out.push('');
    }
    if (opts.runUrl)
        out.push(`[Monitoring run](${encodeURI(opts.runUrl)})`, '');
    return out.join('\n');
}


/***/ }),

/***/ 6333:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qu: () => (/* binding */ loadReference),
/* harmony export */   vs: () => (/* binding */ PREDICTION_COLUMN)
/* harmony export */ });
/* unused harmony exports numericMetrics, buildReference */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6986);
/* harmony import */ var _model_bundle_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6011);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1776);
/**
 * The training reference monitor compares production with: summaries of the bundle's features and
 * of the model's predictions on its evaluation rows, plus the training metrics. It is computed
 * once (serializable JSON, `reference.json` in the bundle when the bundle carries it) and
 * otherwise rebuilt from the bundle's holdout rows (`holdout.jsonl`).
 */





/** Name of the prediction column in prediction summaries. */
const PREDICTION_COLUMN = 'prediction';
/** Flat numeric metrics of metrics.json (holdout metrics; nested objects such as cv are left out). */
function numericMetrics(metrics) {
    const out = {};
    const holdout = (metrics.holdout && typeof metrics.holdout === 'object' ? metrics.holdout : metrics);
    for (const [k, v] of Object.entries(holdout))
        if (typeof v === 'number' && Number.isFinite(v) && k !== 'n')
            out[k] = v;
    return out;
}
/** Build the reference from records with the target (the holdout rows). */
function buildReference(bundle, records) {
    if (records.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`model bundle ${bundle.dir}: holdout.jsonl has no rows, so there is no training reference to compare production with; retrain with a holdout split`);
    const kinds = (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .featureKinds */ .aS)(bundle);
    const features = (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .summarizeRecords */ .em)(records, bundle.features, kinds);
    const scored = (0,_model_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .scoreRecords */ .$J)(bundle, records);
    const predRecords = scored.predictions.map((p) => ({ [PREDICTION_COLUMN]: p }));
    const predictions = (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .summarizeRecords */ .em)(predRecords, [PREDICTION_COLUMN], { [PREDICTION_COLUMN]: bundle.task === 'classification' ? 'categorical' : 'numeric' }).columns[0];
    return {
        kind: 'cd4ml.monitor-reference',
        version: 1,
        digest: bundle.digest,
        task: bundle.task,
        target: bundle.target,
        ...(bundle.classes ? { classes: bundle.classes } : {}),
        rows: records.length,
        features,
        predictions,
        metrics: numericMetrics(bundle.metrics),
        headlineMetric: bundle.headlineMetric,
    };
}
function checkReference(dir, value) {
    const r = value;
    if (!r || r.kind !== 'cd4ml.monitor-reference' || r.version !== 1 || !r.features || !r.predictions) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`model bundle ${dir}: reference.json is not a cd4ml monitor reference (kind "cd4ml.monitor-reference", version 1); retrain with this version of cd4ml`);
    }
    return r;
}
/**
 * The reference of a bundle: reference.json when the manifest lists it (checked against its
 * sha256), else computed from holdout.jsonl.
 */
async function loadReference(bundle) {
    const expected = bundle.manifest.files['reference.json'];
    if (expected) {
        const buf = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(bundle.dir, 'reference.json')).catch((err) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`model bundle ${bundle.dir}: reference.json cannot be read (${err.code ?? 'error'}) although manifest.json lists it`);
        });
        if ((0,_model_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256 */ .sc)(buf) !== expected)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`model bundle ${bundle.dir}: reference.json does not match its sha256 in manifest.json (modified after training); retrain or restore the file`);
        let parsed;
        try {
            parsed = JSON.parse(buf.toString('utf8'));
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`model bundle ${bundle.dir}: reference.json is not valid JSON (${err.message})`);
        }
        return { reference: checkReference(bundle.dir, parsed), source: 'reference.json' };
    }
    const { records } = await (0,_model_bundle_js__WEBPACK_IMPORTED_MODULE_3__/* .readHoldout */ .Su)(bundle);
    return { reference: buildReference(bundle, records), source: 'holdout.jsonl' };
}


/***/ }),

/***/ 1776:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ featureKindsOf),
/* harmony export */   aS: () => (/* binding */ featureKinds),
/* harmony export */   em: () => (/* binding */ summarizeRecords)
/* harmony export */ });
/* unused harmony exports SUMMARY_SAMPLE_SIZE, SUMMARY_SEED, columnOf */
/* harmony import */ var _data_profile_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7739);
/* harmony import */ var _data_drift_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3089);
/**
 * Dataset summaries of in-memory records (production samples, a scored file, the bundle's
 * holdout rows) built with validate-data's streaming column profiler, so that monitor compares
 * exactly what validate-data compares (src/data/drift.ts: summarizeDataset / compareDrift).
 */


/** Sample size and seed of the numeric reservoirs (validate-data's defaults). */
const SUMMARY_SAMPLE_SIZE = 50_000;
const SUMMARY_SEED = 1;
/** How each raw feature of a bundle is compared: numeric, categorical, or skipped (datetime). */
function featureKinds(bundle) {
    const kinds = {};
    for (const c of bundle.preprocess.columns)
        kinds[c.name] = c.kind === 'numeric' ? 'numeric' : c.kind === 'datetime' ? 'skip' : 'categorical';
    return kinds;
}
/** The kinds the reference summary fixed for each feature (so a window is read the same way). */
function featureKindsOf(reference) {
    return Object.fromEntries(reference.features.columns.map((c) => [c.name, c.kind]));
}
/** Summarize `columns` of `records` (objects keyed by column name); values go through the profiler exactly as JSON values. */
function summarizeRecords(records, columns, kinds) {
    const profilers = columns.map((name) => new _data_profile_js__WEBPACK_IMPORTED_MODULE_0__/* .ColumnProfiler */ .kW(name, undefined, SUMMARY_SAMPLE_SIZE, SUMMARY_SEED, 0, false));
    for (let r = 0; r < records.length; r++) {
        const rec = records[r];
        for (let c = 0; c < profilers.length; c++)
            profilers[c].addValue(rec[columns[c]], r + 1);
    }
    const profile = {
        path: '(records)',
        format: 'jsonl',
        linesAreRecords: true,
        rows: records.length,
        columns: [...columns],
        profilers,
        sampleSize: SUMMARY_SAMPLE_SIZE,
        seed: SUMMARY_SEED,
    };
    // A column whose kind the bundle fixes keeps it even if this window's values look otherwise.
    const fixed = {};
    for (const name of columns)
        if (kinds[name] !== undefined)
            fixed[name] = kinds[name];
    const summary = (0,_data_drift_js__WEBPACK_IMPORTED_MODULE_1__/* .summarizeDataset */ .eV)(profile, fixed);
    return summary;
}
/** One column's summary by name. */
function columnOf(summary, name) {
    return summary.columns.find((c) => c.name === name);
}


/***/ }),

/***/ 5799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PA: () => (/* binding */ DEFAULT_ISSUE_LABEL),
/* harmony export */   QY: () => (/* binding */ applyTriggers),
/* harmony export */   S0: () => (/* binding */ DEFAULT_COOL_DOWN_MS),
/* harmony export */   xQ: () => (/* binding */ checkTriggerOptions)
/* harmony export */ });
/* unused harmony exports DRIFT_ISSUE_MARKER, RETRAIN_MARKER, parseLastTrigger, issueTitle */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6986);
/* harmony import */ var _github_port_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5698);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5747);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(231);
/**
 * What monitor does on GitHub when a window drifted (nothing at all when it did not):
 *
 * 1. opens or updates the one drift issue (hidden marker `<!-- cd4ml:monitor-drift -->`, label
 *    `cd4ml-drift` by default) with this run's numbers — never a second issue;
 * 2. triggers retraining with a workflow_dispatch of the training workflow (or a
 *    repository_dispatch), passing the window that drifted — unless the last trigger is younger
 *    than the cool-down. The last trigger is read from GitHub: a marked comment on the drift issue
 *    (`<!-- cd4ml:monitor-retrain -->`, rewritten at each trigger with its time), so every runner
 *    sees the same state and no local file is trusted.
 */




const DRIFT_ISSUE_MARKER = (0,_github_port_js__WEBPACK_IMPORTED_MODULE_1__/* .markerFor */ ._Z)('monitor-drift');
const RETRAIN_MARKER = (0,_github_port_js__WEBPACK_IMPORTED_MODULE_1__/* .markerFor */ ._Z)('monitor-retrain');
const DEFAULT_ISSUE_LABEL = 'cd4ml-drift';
/** Default cool-down between two retraining triggers. */
const DEFAULT_COOL_DOWN_MS = 24 * 3_600_000;
/** Refuse combinations that cannot work before any data is read. */
function checkTriggerOptions(o) {
    if (o.retrainWorkflow && o.retrainEvent) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('retrain-workflow and retrain-event are both set; choose one way to trigger retraining (workflow_dispatch or repository_dispatch)');
    }
    if ((o.retrainWorkflow || o.retrainEvent) && o.coolDownMs > 0 && !o.issue) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('a retraining cool-down needs the drift issue (its comment records the last trigger on GitHub); set issue: true, or cool-down: 0 to retrain on every drifted run');
    }
}
/** The time written in the retrain comment, or undefined. */
function parseLastTrigger(body) {
    if (!body)
        return undefined;
    const m = /retrain-triggered-at:\s*(\d{4}-\d{2}-\d{2}T[\d:.]+Z)/.exec(body);
    if (!m)
        return undefined;
    const t = Date.parse(m[1]);
    return Number.isFinite(t) ? t : undefined;
}
function windowText(report) {
    const s = report.source;
    return s.start && s.end ? `${s.start}/${s.end}` : s.location;
}
function formatDuration(ms) {
    if (ms >= 3_600_000)
        return `${Number((ms / 3_600_000).toPrecision(3))} h`;
    if (ms >= 60_000)
        return `${Number((ms / 60_000).toPrecision(3))} min`;
    return `${Math.round(ms / 1000)} s`;
}
function issueTitle(report) {
    const parts = [];
    if (report['drifted-columns'].length > 0)
        parts.push(`${report['drifted-columns'].length} of ${report.columns.length} features drifted`);
    const decayed = report['live-metrics'].filter((m) => m.decayed).map((m) => m.metric);
    if (decayed.length > 0)
        parts.push(`${decayed.join(', ')} decayed`);
    if ('drifted' in report.prediction && report.prediction.drifted)
        parts.push('predictions drifted');
    return `Model drift in production: ${parts.join('; ') || 'drift detected'}`;
}
async function applyTriggers(github, report, o) {
    checkTriggerOptions(o);
    const retrainOn = Boolean(o.retrainWorkflow || o.retrainEvent);
    if (!report.drifted) {
        return {
            issue: { action: o.issue ? 'not-needed' : 'off', detail: o.issue ? 'no drift: the issue is left as it is' : 'off' },
            retrain: { action: retrainOn ? 'not-needed' : 'off', detail: retrainOn ? 'no drift: nothing triggered' : 'off (set retrain-workflow or retrain-event)' },
        };
    }
    const result = { issue: { action: 'off', detail: 'off' }, retrain: { action: 'off', detail: 'off (set retrain-workflow or retrain-event)' } };
    if (o.issue) {
        const body = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .renderMonitorMarkdown */ .Q)(report, undefined, { heading: '## cd4ml monitor', runUrl: o.runUrl });
        const ref = await github.upsertIssue({ marker: DRIFT_ISSUE_MARKER, title: issueTitle(report), body, labels: [o.label] });
        result.issue = { action: ref.action, number: ref.number, url: ref.url, detail: `${ref.action} #${ref.number} (${ref.url})` };
    }
    if (!retrainOn)
        return result;
    const now = o.now();
    if (o.coolDownMs > 0 && result.issue.number !== undefined) {
        const comment = await github.findComment(result.issue.number, RETRAIN_MARKER);
        const last = parseLastTrigger(comment?.body);
        if (last !== undefined && now - last < o.coolDownMs) {
            const lastIso = new Date(last).toISOString();
            result.retrain = {
                action: 'cool-down',
                lastTrigger: lastIso,
                detail: `not triggered: retraining was triggered at ${lastIso}, ${formatDuration(now - last)} ago, within the cool-down of ${formatDuration(o.coolDownMs)}`,
            };
            return result;
        }
    }
    const window = windowText(report);
    const reason = report.reasons.join('; ').slice(0, 1000);
    const inputs = { 'drift-window': window, 'drift-reason': reason };
    if (o.retrainWorkflow) {
        await github.dispatchWorkflow(o.retrainWorkflow, o.ref, inputs);
    }
    else {
        await github.dispatchRepositoryEvent(o.retrainEvent, {
            window: { source: report.source.kind, location: report.source.location, start: report.source.start ?? null, end: report.source.end ?? null },
            'drift-share': report['drift-share'],
            'drifted-columns': report['drifted-columns'],
            reasons: report.reasons,
            digest: report.bundle.digest,
            ...(result.issue.url ? { issue: result.issue.url } : {}),
        });
    }
    const nowIso = new Date(now).toISOString();
    const how = o.retrainWorkflow ? `workflow_dispatch of ${o.retrainWorkflow} on ${o.ref}` : `repository_dispatch "${o.retrainEvent}"`;
    if (result.issue.number !== undefined) {
        await github.upsertComment(result.issue.number, RETRAIN_MARKER, [`Retraining triggered (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeInline */ .VV)(how)}) for the window ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeInline */ .VV)(window)}.`, '', `<!-- retrain-triggered-at: ${nowIso} -->`, `Reasons: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeInline */ .VV)(reason, 1000)}`, ...(o.runUrl ? ['', `Run: ${o.runUrl}`] : [])].join('\n'));
    }
    result.retrain = { action: 'dispatched', lastTrigger: nowIso, inputs, detail: `triggered at ${nowIso}: ${how}` };
    return result;
}


/***/ }),

/***/ 231:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   kq: () => (/* binding */ escapeCell),
/* harmony export */   lj: () => (/* binding */ mermaidBarChart),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* unused harmony export mermaidLabel */
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
    const top = opts.yMax ?? Math.max(1, ...opts.values.filter(Number.isFinite));
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


/***/ })

};
