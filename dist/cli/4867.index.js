export const id = 4867;
export const ids = [4867];
export const modules = {

/***/ 64867:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gy: () => (/* binding */ describeSchemaDiff),
  DR: () => (/* binding */ evaluateGate),
  Ps: () => (/* binding */ metricsOf)
});

// EXTERNAL MODULE: ./src/model/rng.js
var model_rng = __webpack_require__(4258);
;// CONCATENATED MODULE: ./src/gate/stats.js
const LOG_FACT_TABLE = (() => {
    const t = new Float64Array(256);
    for (let i = 2; i < 256; i++)
        t[i] = t[i - 1] + Math.log(i);
    return t;
})();
/** ln(k!) \u2014 exact table below 256, Stirling series above (error < 1e-15 relative). */
function logFactorial(k) {
    if (k < 256)
        return LOG_FACT_TABLE[k];
    const x = k + 1;
    const ix = 1 / x;
    const ix2 = ix * ix;
    // ln \u0393(x) = (x \u2212 \u00bd) ln x \u2212 x + \u00bd ln 2\u03c0 + 1/(12x) \u2212 1/(360x\u00b3) + 1/(1260x\u2075)
    return (x - 0.5) * Math.log(x) - x + 0.9189385332046728 + ix * (1 / 12 - ix2 * (1 / 360 - ix2 / 1260));
}
/**
 * One draw from Binomial(n, p). Inversion when n\u00b7min(p, 1\u2212p) < 10, otherwise H\u00f6rmann's BTRS
 * (transformed rejection with squeeze, "The generation of binomial random variates", 1993) \u2014
 * exact in distribution, O(1) expected time for any n.
 */
function sampleBinomial(n, p, rng) {
    if (n <= 0 || p <= 0)
        return 0;
    if (p >= 1)
        return n;
    if (p > 0.5)
        return n - sampleBinomial(n, 1 - p, rng);
    const q = 1 - p;
    if (n * p < 10) {
        const s = p / q;
        let r = Math.exp(n * Math.log1p(-p));
        let u = rng.next();
        let x = 0;
        while (u > r && x < n) {
            u -= r;
            x++;
            r *= (s * (n + 1 - x)) / x;
            if (r <= 0)
                break;
        }
        return x;
    }
    const spq = Math.sqrt(n * p * q);
    const b = 1.15 + 2.53 * spq;
    const a = -0.0873 + 0.0248 * b + 0.01 * p;
    const c = n * p + 0.5;
    const vr = 0.92 - 4.2 / b;
    const alpha = (2.83 + 5.1 / b) * spq;
    const lpq = Math.log(p / q);
    const m = Math.floor((n + 1) * p);
    const h = logFactorial(m) + logFactorial(n - m);
    for (;;) {
        const u = rng.next() - 0.5;
        let v = rng.next();
        const us = 0.5 - Math.abs(u);
        const k = Math.floor(((2 * a) / us + b) * u + c);
        if (k < 0 || k > n)
            continue;
        if (us >= 0.07 && v <= vr)
            return k;
        v = Math.log((v * alpha) / (a / (us * us) + b));
        if (v <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq)
            return k;
    }
}
/**
 * Draw category counts of `n` rows resampled with replacement from `counts` (a multinomial with
 * probabilities counts/n), into `out`. Sequential conditional binomials; O(categories).
 */
function sampleMultinomial(counts, n, rng, out) {
    let remainingRows = n;
    let remainingMass = 0;
    for (let i = 0; i < counts.length; i++)
        remainingMass += counts[i];
    for (let i = 0; i < counts.length; i++) {
        const c = counts[i];
        if (remainingRows <= 0 || c <= 0) {
            out[i] = 0;
        }
        else if (c >= remainingMass) {
            out[i] = remainingRows;
            remainingRows = 0;
        }
        else {
            const x = sampleBinomial(remainingRows, c / remainingMass, rng);
            out[i] = x;
            remainingRows -= x;
        }
        remainingMass -= c;
    }
}
/** McNemar's exact test on the discordant pairs. */
function mcnemarExact(baselineOnly, candidateOnly) {
    const n = baselineOnly + candidateOnly;
    const k = Math.min(baselineOnly, candidateOnly);
    if (n === 0)
        return { baselineOnly, candidateOnly, pValue: 1 };
    // log P(X = i) = ln C(n, i) \u2212 n ln 2; sum i = 0..k with log-sum-exp from the largest term (i = k).
    const base = logFactorial(n) - n * Math.LN2;
    const logTerm = (i) => base - logFactorial(i) - logFactorial(n - i);
    const top = logTerm(k);
    let sum = 0;
    for (let i = k; i >= 0; i--) {
        const t = Math.exp(logTerm(i) - top);
        sum += t;
        if (t < 1e-17 * sum)
            break;
    }
    const logCdf = top + Math.log(sum);
    return { baselineOnly, candidateOnly, pValue: Math.min(1, 2 * Math.exp(logCdf)) };
}
/** Linear-interpolated quantile (numpy's default "linear") of an ascending-sorted array. */
function quantileSorted(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const pos = (n - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.min(n - 1, lo + 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

;// CONCATENATED MODULE: ./src/gate/bootstrap.js

/** Percentile interval of `values` (sorted in place). */
function percentileInterval(values, confidence) {
    const finite = values.filter((v) => Number.isFinite(v)).sort();
    const alpha = (1 - confidence) / 2;
    return { lower: quantileSorted(finite, alpha), upper: quantileSorted(finite, 1 - alpha) };
}
// ---------------------------------------------------------------------------------------------
// Classification
const CLASSIFICATION_METRICS = ['accuracy', 'balanced-accuracy', 'precision-macro', 'recall-macro', 'f1-macro'];
function countTriples(p) {
    const { k } = p;
    const n = p.truth.length;
    const index = new Map();
    const t = [];
    const b = [];
    const c = [];
    const counts = [];
    for (let i = 0; i < n; i++) {
        const code = (p.truth[i] * k + p.baseline[i]) * k + p.candidate[i];
        let at = index.get(code);
        if (at === undefined) {
            at = counts.length;
            index.set(code, at);
            t.push(p.truth[i]);
            b.push(p.baseline[i]);
            c.push(p.candidate[i]);
            counts.push(0);
        }
        counts[at]++;
    }
    return { k, truth: Int32Array.from(t), baseline: Int32Array.from(b), candidate: Int32Array.from(c), counts: Float64Array.from(counts), n };
}
/** Confusion matrix (row = true class, column = predicted), k\u00d7k, row-major. */
function confusionFromTriples(tc, which, weights = tc.counts, out = new Float64Array(tc.k * tc.k)) {
    out.fill(0);
    const pred = which === 'baseline' ? tc.baseline : tc.candidate;
    for (let i = 0; i < weights.length; i++)
        out[tc.truth[i] * tc.k + pred[i]] += weights[i];
    return out;
}
/** Metrics from a k\u00d7k confusion matrix. Precision/recall/F1: macro over classes present in truth or predictions (sklearn average='macro'), or of class `positive` when given. */
function metricsFromConfusion(cm, k, positive) {
    let total = 0;
    let correct = 0;
    for (let i = 0; i < k; i++) {
        for (let j = 0; j < k; j++)
            total += cm[i * k + j];
        correct += cm[i * k + i];
    }
    const classStats = (c) => {
        let rowSum = 0;
        let colSum = 0;
        for (let j = 0; j < k; j++) {
            rowSum += cm[c * k + j];
            colSum += cm[j * k + c];
        }
        const tp = cm[c * k + c];
        const precision = colSum === 0 ? 0 : tp / colSum;
        const recall = rowSum === 0 ? 0 : tp / rowSum;
        const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
        return { rowSum, colSum, precision, recall, f1 };
    };
    let recallSum = 0;
    let present = 0;
    let pSum = 0;
    let rSum = 0;
    let fSum = 0;
    let seen = 0;
    for (let c = 0; c < k; c++) {
        const s = classStats(c);
        if (s.rowSum > 0) {
            recallSum += s.recall;
            present++;
        }
        if (s.rowSum > 0 || s.colSum > 0) {
            pSum += s.precision;
            rSum += s.recall;
            fSum += s.f1;
            seen++;
        }
    }
    const pos = positive === undefined ? undefined : classStats(positive);
    return {
        accuracy: total === 0 ? Number.NaN : correct / total,
        'balanced-accuracy': present === 0 ? Number.NaN : recallSum / present,
        'precision-macro': pos ? pos.precision : seen === 0 ? Number.NaN : pSum / seen,
        'recall-macro': pos ? pos.recall : seen === 0 ? Number.NaN : rSum / seen,
        'f1-macro': pos ? pos.f1 : seen === 0 ? Number.NaN : fSum / seen,
    };
}
/** Observed metrics of both models and the bootstrap CI of each delta. */
function bootstrapClassification(p, opts) {
    const tc = countTriples(p);
    const { k } = p;
    const cmA = confusionFromTriples(tc, 'baseline');
    const cmB = confusionFromTriples(tc, 'candidate');
    const obsA = metricsFromConfusion(cmA, k, p.positive);
    const obsB = metricsFromConfusion(cmB, k, p.positive);
    const draws = CLASSIFICATION_METRICS.map(() => new Float64Array(opts.resamples));
    const w = new Float64Array(tc.counts.length);
    const ra = new Float64Array(k * k);
    const rb = new Float64Array(k * k);
    for (let r = 0; r < opts.resamples; r++) {
        sampleMultinomial(tc.counts, tc.n, opts.rng, w);
        confusionFromTriples(tc, 'baseline', w, ra);
        confusionFromTriples(tc, 'candidate', w, rb);
        const ma = metricsFromConfusion(ra, k, p.positive);
        const mb = metricsFromConfusion(rb, k, p.positive);
        CLASSIFICATION_METRICS.forEach((m, i) => (draws[i][r] = mb[m] - ma[m]));
    }
    const deltas = CLASSIFICATION_METRICS.map((metric, i) => ({
        metric,
        baseline: obsA[metric],
        candidate: obsB[metric],
        delta: obsB[metric] - obsA[metric],
        ci: percentileInterval(draws[i], opts.confidence),
    }));
    return { deltas, triples: tc };
}
// ---------------------------------------------------------------------------------------------
// Regression
const REGRESSION_METRICS = ['rmse', 'mae', 'mse', 'r2'];
function regressionMetrics(s, which) {
    const sq = which === 'A' ? s.sqA : s.sqB;
    const abs = which === 'A' ? s.absA : s.absB;
    const mse = sq / s.n;
    const sst = s.y2 - (s.y * s.y) / s.n;
    return { rmse: Math.sqrt(mse), mae: abs / s.n, mse, r2: sst <= 0 ? Number.NaN : 1 - sq / sst };
}
function bootstrapRegression(p, opts) {
    const n = p.truth.length;
    // Interleaved per-row values: |eA|, |eB|, eA\u00b2, eB\u00b2, y, y\u00b2 \u2014 one cache line per drawn row.
    const rows = new Float64Array(n * 6);
    const all = { n, absA: 0, absB: 0, sqA: 0, sqB: 0, y: 0, y2: 0 };
    for (let i = 0; i < n; i++) {
        const y = p.truth[i];
        const ea = p.baseline[i] - y;
        const eb = p.candidate[i] - y;
        const o = i * 6;
        rows[o] = Math.abs(ea);
        rows[o + 1] = Math.abs(eb);
        rows[o + 2] = ea * ea;
        rows[o + 3] = eb * eb;
        rows[o + 4] = y;
        rows[o + 5] = y * y;
        all.absA += rows[o];
        all.absB += rows[o + 1];
        all.sqA += rows[o + 2];
        all.sqB += rows[o + 3];
        all.y += y;
        all.y2 += y * y;
    }
    const obsA = regressionMetrics(all, 'A');
    const obsB = regressionMetrics(all, 'B');
    const draws = REGRESSION_METRICS.map(() => new Float64Array(opts.resamples));
    const s = { n, absA: 0, absB: 0, sqA: 0, sqB: 0, y: 0, y2: 0 };
    const rng = opts.rng;
    for (let r = 0; r < opts.resamples; r++) {
        let absA = 0;
        let absB = 0;
        let sqA = 0;
        let sqB = 0;
        let sy = 0;
        let sy2 = 0;
        for (let i = 0; i < n; i++) {
            const o = Math.floor(rng.next() * n) * 6;
            absA += rows[o];
            absB += rows[o + 1];
            sqA += rows[o + 2];
            sqB += rows[o + 3];
            sy += rows[o + 4];
            sy2 += rows[o + 5];
        }
        s.absA = absA;
        s.absB = absB;
        s.sqA = sqA;
        s.sqB = sqB;
        s.y = sy;
        s.y2 = sy2;
        const ma = regressionMetrics(s, 'A');
        const mb = regressionMetrics(s, 'B');
        REGRESSION_METRICS.forEach((m, i) => (draws[i][r] = mb[m] - ma[m]));
    }
    return {
        deltas: REGRESSION_METRICS.map((metric, i) => ({
            metric,
            baseline: obsA[metric],
            candidate: obsB[metric],
            delta: obsB[metric] - obsA[metric],
            ci: percentileInterval(draws[i], opts.confidence),
        })),
    };
}

// EXTERNAL MODULE: ./src/gate/rules.js
var rules = __webpack_require__(2918);
;// CONCATENATED MODULE: ./src/gate/slices.js
/**
 * Per-slice metrics of the candidate (and baseline) and the disparity between slices of a column
 * (largest minus smallest value among slices with enough rows), for fairness checks.
 */

function metricOf(p, rows, which, metric) {
    if (p.kind === 'classification') {
        const pred = which === 'candidate' ? p.candidate : p.baseline;
        const cm = new Float64Array(p.k * p.k);
        for (const i of rows)
            cm[p.truth[i] * p.k + pred[i]]++;
        return metricsFromConfusion(cm, p.k, p.positive)[metric];
    }
    const pred = which === 'candidate' ? p.candidate : p.baseline;
    let abs = 0;
    let sq = 0;
    let sy = 0;
    let sy2 = 0;
    for (const i of rows) {
        const e = pred[i] - p.truth[i];
        abs += Math.abs(e);
        sq += e * e;
        sy += p.truth[i];
        sy2 += p.truth[i] * p.truth[i];
    }
    const n = rows.length;
    const sst = sy2 - (sy * sy) / n;
    const all = { rmse: Math.sqrt(sq / n), mae: abs / n, mse: sq / n, r2: sst <= 0 ? Number.NaN : 1 - sq / sst };
    return all[metric];
}
function evaluateSlices(p, columns, opts) {
    return Object.entries(columns).map(([column, values]) => {
        const groups = new Map();
        for (let i = 0; i < values.length; i++) {
            const v = values[i];
            let g = groups.get(v);
            if (!g)
                groups.set(v, (g = []));
            g.push(i);
        }
        const slices = [...groups.entries()]
            .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
            .map(([value, rows]) => ({
            value,
            rows: rows.length,
            candidate: metricOf(p, rows, 'candidate', opts.metric),
            ...(p.baseline ? { baseline: metricOf(p, rows, 'baseline', opts.metric) } : {}),
            judged: rows.length >= opts.minRows,
        }));
        const judged = slices.filter((s) => s.judged && Number.isFinite(s.candidate));
        const disparity = judged.length < 2 ? Number.NaN : Math.max(...judged.map((s) => s.candidate)) - Math.min(...judged.map((s) => s.candidate));
        const limit = opts.maxDisparity;
        const passed = limit === undefined || !Number.isFinite(disparity) || disparity <= limit;
        let message;
        if (limit !== undefined && !passed) {
            const hi = judged.reduce((a, b) => (b.candidate > a.candidate ? b : a));
            const lo = judged.reduce((a, b) => (b.candidate < a.candidate ? b : a));
            message = `${opts.metric} differs by ${disparity.toPrecision(3)} between slices of ${column} ("${hi.value}" ${hi.candidate.toPrecision(3)} vs "${lo.value}" ${lo.candidate.toPrecision(3)}), above max-disparity ${limit}`;
        }
        return { column, metric: opts.metric, slices, disparity, ...(limit !== undefined ? { maxDisparity: limit } : {}), passed, ...(message ? { message } : {}) };
    });
}

;// CONCATENATED MODULE: ./src/gate/evaluate.js
/**
 * evaluateGate: given the true values and both models' predictions on the same evaluation rows,
 * compute every metric's delta with a paired bootstrap CI, McNemar's exact test, the per-slice
 * table, judge the rules and return the whole report. Pure: randomness from the seed.
 */





function metricsOf(task) {
    return task === 'classification' ? CLASSIFICATION_METRICS : REGRESSION_METRICS;
}
function matrix(flat, k) {
    return Array.from({ length: k }, (_, i) => Array.from(flat.subarray(i * k, (i + 1) * k)));
}
function regressionObserved(truth, pred) {
    const n = truth.length;
    let abs = 0;
    let sq = 0;
    let sy = 0;
    let sy2 = 0;
    for (let i = 0; i < n; i++) {
        const e = pred[i] - truth[i];
        abs += Math.abs(e);
        sq += e * e;
        sy += truth[i];
        sy2 += truth[i] * truth[i];
    }
    const sst = sy2 - (sy * sy) / n;
    return { rmse: Math.sqrt(sq / n), mae: abs / n, mse: sq / n, r2: sst <= 0 ? Number.NaN : 1 - sq / sst };
}
function evaluateGate(input, rng = (0,model_rng/* createRng */.S)(input.seed)) {
    const n = input.truth.length;
    const compared = input.baselineState.kind === 'compared' && input.baseline !== undefined;
    const failures = [];
    const warnings = [];
    const notes = [];
    let deltas;
    let mcnemar;
    let confusion;
    if (input.task === 'classification') {
        const k = Math.max(1, input.classes?.length ?? 0);
        const truth = input.truth;
        const cand = input.candidate;
        const base = compared ? input.baseline : cand;
        const labels = input.classes ?? Array.from({ length: k }, (_, i) => String(i));
        if (compared) {
            const { deltas: d, triples } = bootstrapClassification({ k, truth, baseline: base, candidate: cand, positive: input.positive }, { resamples: input.resamples, confidence: input.confidence, rng });
            deltas = d;
            let baselineOnly = 0;
            let candidateOnly = 0;
            for (let i = 0; i < triples.counts.length; i++) {
                const bOk = triples.baseline[i] === triples.truth[i];
                const cOk = triples.candidate[i] === triples.truth[i];
                if (bOk && !cOk)
                    baselineOnly += triples.counts[i];
                if (!bOk && cOk)
                    candidateOnly += triples.counts[i];
            }
            mcnemar = mcnemarExact(baselineOnly, candidateOnly);
            confusion = { labels, baseline: matrix(confusionFromTriples(triples, 'baseline'), k), candidate: matrix(confusionFromTriples(triples, 'candidate'), k) };
        }
        else {
            const triples = countTriples({ k, truth, baseline: cand, candidate: cand });
            const cm = confusionFromTriples(triples, 'candidate');
            const m = metricsFromConfusion(cm, k, input.positive);
            deltas = CLASSIFICATION_METRICS.map((metric) => ({ metric, candidate: m[metric] }));
            confusion = { labels, candidate: matrix(cm, k) };
        }
    }
    else {
        const truth = input.truth;
        const cand = input.candidate;
        if (compared) {
            deltas = bootstrapRegression({ truth, baseline: input.baseline, candidate: cand }, { resamples: input.resamples, confidence: input.confidence, rng }).deltas;
        }
        else {
            const m = regressionObserved(truth, cand);
            deltas = REGRESSION_METRICS.map((metric) => ({ metric, candidate: m[metric] }));
        }
    }
    const metrics = (0,rules/* judgeMetrics */.lO)(deltas, input.rules);
    for (const v of metrics)
        for (const c of v.checks)
            if (!c.passed)
                failures.push(c.message);
    for (const r of input.rules) {
        if (!compared && (r.maxDrop !== undefined || r.maxDropRelative !== undefined))
            notes.push(`${r.metric}: drop rules not applied (no baseline to compare with)`);
    }
    const state = input.baselineState;
    if (state.kind === 'first-model')
        notes.push(`first model: ${state.message}`);
    if (state.kind === 'unavailable')
        (state.policy === 'fail' ? failures : warnings).push(`baseline unavailable: ${state.message}`);
    if (state.kind === 'schema-changed')
        (state.policy === 'fail' ? failures : warnings).push(`baseline not comparable: ${state.message}`);
    if (state.kind === 'compared' && state.schema && (state.schema.added.length + state.schema.removed.length + state.schema.changed.length > 0)) {
        warnings.push(`schema changed between baseline and candidate: ${describeSchemaDiff(state.schema)}`);
    }
    let slices = [];
    if (input.slices && Object.keys(input.slices).length > 0) {
        const preds = input.task === 'classification'
            ? { kind: 'classification', k: Math.max(1, input.classes?.length ?? 0), truth: input.truth, candidate: input.candidate, ...(compared ? { baseline: input.baseline } : {}), positive: input.positive }
            : { kind: 'regression', truth: input.truth, candidate: input.candidate, ...(compared ? { baseline: input.baseline } : {}) };
        slices = evaluateSlices(preds, input.slices, { metric: input.sliceMetric ?? input.headline, maxDisparity: input.maxDisparity, minRows: input.minSliceRows ?? 30 });
        for (const s of slices)
            if (!s.passed && s.message)
                failures.push(s.message);
    }
    return {
        version: 1,
        passed: failures.length === 0,
        task: input.task,
        headline: input.headline,
        rows: n,
        candidate: input.candidateSource,
        evaluation: input.evaluationSource,
        baseline: state,
        rulesFromDefaults: input.rules.some((r) => r.source === 'default'),
        bootstrap: {
            resamples: input.resamples,
            confidence: input.confidence,
            seed: input.seed,
            method: input.task === 'classification' ? 'paired bootstrap (multinomial over (truth, baseline, candidate) counts), percentile interval' : 'paired bootstrap (row indices), percentile interval',
        },
        metrics,
        ...(mcnemar ? { mcnemar } : {}),
        ...(confusion ? { confusion } : {}),
        slices,
        failures,
        warnings,
        notes,
    };
}
function describeSchemaDiff(s) {
    const parts = [];
    if (s.added.length)
        parts.push(`added ${s.added.join(', ')}`);
    if (s.removed.length)
        parts.push(`removed ${s.removed.join(', ')}`);
    if (s.changed.length)
        parts.push(`changed ${s.changed.join(', ')}`);
    return parts.join('; ') || 'no column changes';
}


/***/ }),

/***/ 2918:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SJ: () => (/* binding */ resolveRules),
/* harmony export */   lO: () => (/* binding */ judgeMetrics),
/* harmony export */   qj: () => (/* binding */ defaultHeadline)
/* harmony export */ });
/* unused harmony exports inferDirection, DEFAULT_MAX_DROP, judgeMetric */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
/**
 * Gate rules: which metric may move how far. Direction inference, the defaults used when
 * `gate.metrics` is absent, and judging one metric's delta (with its confidence interval).
 */

const LOWER_IS_BETTER = new Set(['loss', 'error', 'mae', 'mse', 'rmse']);
/** loss, error, mae, mse, rmse (also as a suffix: log-loss, mean-error) are lower-is-better; everything else higher. */
function inferDirection(metric) {
    const last = metric.split(/[-_]/).at(-1) ?? metric;
    return LOWER_IS_BETTER.has(metric) || LOWER_IS_BETTER.has(last) ? 'lower-is-better' : 'higher-is-better';
}
const DEFAULT_MAX_DROP = 0.01;
function defaultHeadline(task) {
    return task === 'classification' ? 'accuracy' : 'rmse';
}
/**
 * Rules from `gate.metrics`, or \u2014 when absent \u2014 the default: the headline metric may not drop
 * by more than 0.01 absolute, judged with its confidence interval. `known` lists the metrics this
 * task reports; a rule on any other metric is a usage error.
 */
function resolveRules(section, headline, known) {
    const metrics = section?.metrics;
    if (metrics === undefined) {
        if (!known.includes(headline))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`train.headline-metric "${headline}" is not a metric of this model; use one of ${known.join(', ')}`);
        return [{ metric: headline, direction: inferDirection(headline), maxDrop: DEFAULT_MAX_DROP, requireSignificance: true, source: 'default' }];
    }
    return Object.entries(metrics).map(([metric, r]) => {
        if (!known.includes(metric))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`cd4ml.yml gate.metrics.${metric}: unknown metric for this model; use one of ${known.join(', ')}`);
        if (r.min !== undefined && r.max !== undefined && r.min > r.max)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`cd4ml.yml gate.metrics.${metric}: min ${r.min} is above max ${r.max}`);
        if (r.min === undefined && r.max === undefined && r['max-drop'] === undefined && r['max-drop-relative'] === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`cd4ml.yml gate.metrics.${metric}: no rule; give at least one of min, max, max-drop, max-drop-relative`);
        }
        return {
            metric,
            direction: r.direction ?? inferDirection(metric),
            ...(r.min !== undefined ? { min: r.min } : {}),
            ...(r.max !== undefined ? { max: r.max } : {}),
            ...(r['max-drop'] !== undefined ? { maxDrop: r['max-drop'] } : {}),
            ...(r['max-drop-relative'] !== undefined ? { maxDropRelative: r['max-drop-relative'] } : {}),
            requireSignificance: r['require-significance'] ?? false,
            source: 'config',
        };
    });
}
const fmt = (x) => (Number.isFinite(x) ? Number(x.toPrecision(4)).toString() : String(x));
/** Judge one metric. Without a baseline (`d.baseline` undefined) only min/max apply. */
function judgeMetric(d, rule) {
    const direction = rule?.direction ?? inferDirection(d.metric);
    const out = { metric: d.metric, direction, candidate: d.candidate, checks: [], status: 'report-only' };
    if (d.baseline !== undefined && d.delta !== undefined) {
        out.baseline = d.baseline;
        out.delta = d.delta;
        out.drop = direction === 'higher-is-better' ? -d.delta : d.delta;
        if (d.ci) {
            out.ci = d.ci;
            out.dropCi = direction === 'higher-is-better' ? { lower: -d.ci.upper, upper: -d.ci.lower } : { lower: d.ci.lower, upper: d.ci.upper };
        }
    }
    if (!rule)
        return out;
    out.rule = rule;
    const m = d.metric;
    if (rule.min !== undefined) {
        const passed = d.candidate >= rule.min;
        out.checks.push({ kind: 'min', threshold: rule.min, judged: d.candidate, passed, message: `${m} ${fmt(d.candidate)} ${passed ? '\u2265' : 'is below the minimum'} ${fmt(rule.min)}` });
    }
    if (rule.max !== undefined) {
        const passed = d.candidate <= rule.max;
        out.checks.push({ kind: 'max', threshold: rule.max, judged: d.candidate, passed, message: `${m} ${fmt(d.candidate)} ${passed ? '\u2264' : 'is above the maximum'} ${fmt(rule.max)}` });
    }
    if (out.drop !== undefined && out.baseline !== undefined) {
        const sig = rule.requireSignificance && out.dropCi !== undefined;
        const judgedDrop = sig ? out.dropCi.lower : out.drop;
        const how = sig ? `the whole ${'CI'} of the drop [${fmt(out.dropCi.lower)}, ${fmt(out.dropCi.upper)}]` : `drop ${fmt(out.drop)}`;
        if (rule.maxDrop !== undefined) {
            const passed = judgedDrop <= rule.maxDrop;
            out.checks.push({
                kind: 'max-drop',
                threshold: rule.maxDrop,
                judged: judgedDrop,
                passed,
                message: `${m} ${fmt(out.baseline)} \u2192 ${fmt(d.candidate)}: ${how} ${passed ? 'within' : sig ? 'lies beyond' : 'exceeds'} max-drop ${fmt(rule.maxDrop)}`,
            });
        }
        if (rule.maxDropRelative !== undefined) {
            const scale = Math.abs(out.baseline);
            if (scale > 0) {
                const rel = judgedDrop / scale;
                const passed = rel <= rule.maxDropRelative;
                out.checks.push({
                    kind: 'max-drop-relative',
                    threshold: rule.maxDropRelative,
                    judged: rel,
                    passed,
                    message: `${m} ${fmt(out.baseline)} \u2192 ${fmt(d.candidate)}: relative ${sig ? 'drop (CI lower bound)' : 'drop'} ${fmt(rel * 100)}% ${passed ? 'within' : 'exceeds'} max-drop-relative ${fmt(rule.maxDropRelative * 100)}%`,
                });
            }
        }
    }
    out.status = out.checks.every((c) => c.passed) ? 'pass' : 'fail';
    return out;
}
/** Judge every reported metric (those without a rule are report-only). */
function judgeMetrics(deltas, rules) {
    const byMetric = new Map(rules.map((r) => [r.metric, r]));
    return deltas.map((d) => judgeMetric(d, byMetric.get(d.metric)));
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


/***/ })

};
