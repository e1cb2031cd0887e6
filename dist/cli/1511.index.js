export const id = 1511;
export const ids = [1511];
export const modules = {

/***/ 17779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   E1: () => (/* binding */ parseList),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   nL: () => (/* binding */ parseEnum),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
/**
 * Strict parsing of scalar option values shared by the CLI (flags) and the actions (inputs).
 * `label` is how the caller names the value in messages, e.g. `--max-depth` or `input "max-depth"`.
 */

function rangeText(r) {
    const kind = r.integer ? 'an integer' : 'a number';
    if (r.min !== undefined && r.max !== undefined)
        return `${kind} in [${r.min}, ${r.max}]`;
    if (r.min !== undefined)
        return `${kind} >= ${r.min}`;
    if (r.max !== undefined)
        return `${kind} <= ${r.max}`;
    return kind;
}
/** Parse a number strictly: "0.9x", "", "NaN" and out-of-range values are errors. */
function parseNumber(label, raw, range = {}) {
    const text = raw.trim();
    const value = text === '' ? Number.NaN : Number(text);
    const ok = Number.isFinite(value) &&
        (!range.integer || Number.isInteger(value)) &&
        (range.min === undefined || value >= range.min) &&
        (range.max === undefined || value <= range.max);
    if (!ok)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} must be ${rangeText(range)}, got "${raw}"`);
    return value;
}
/** Parse one of a fixed set of values. */
function parseEnum(label, raw, allowed) {
    const text = raw.trim();
    if (allowed.includes(text))
        return text;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got "${raw}"`);
}
/** Parse a YAML-1.2 core boolean the way the Actions toolkit's getBooleanInput does. */
function parseBoolean(label, raw) {
    const text = raw.trim();
    if (['true', 'True', 'TRUE'].includes(text))
        return true;
    if (['false', 'False', 'FALSE'].includes(text))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} must be true or false, got "${raw}"`);
}
/** Parse a comma- or newline-separated list; empty items are dropped. */
function parseList(raw) {
    return raw
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** Parse a duration such as "90s", "2m", "500ms" or a bare number of seconds, into milliseconds. */
function parseDuration(label, raw) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(raw);
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} must be a duration like "30s", "2m" or "500ms", got "${raw}"`);
    const n = Number(m[1]);
    const unit = m[2] ?? 's';
    const factor = unit === 'ms' ? 1 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : 3_600_000;
    return n * factor;
}


/***/ }),

/***/ 71511:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveMonitorSettings: () => (/* binding */ resolveMonitorSettings)
/* harmony export */ });
/* unused harmony exports DEFAULT_WINDOW_MS, parseWindow */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
/* harmony import */ var _config_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17779);
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38581);
/* harmony import */ var _triggers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35799);
/**
 * Resolve the monitor settings from cd4ml.yml's `monitor:` section and the CLI flags / action
 * inputs (same kebab-case names; flags and inputs win). Strings from flags and inputs are parsed
 * strictly; `label(name)` says how the caller names an option ("--window" or 'input "window"').
 */




const DEFAULT_WINDOW_MS = 24 * 3_600_000;
/** parseDuration plus days ("7d"). */
function parseWindow(label, raw) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*d\s*$/.exec(raw);
    const ms = m ? Number(m[1]) * 86_400_000 : (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDuration */ .E9)(label, raw);
    if (!(ms > 0))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} must be longer than 0, got "${raw}"`);
    return ms;
}
function resolveMonitorSettings(section, o, label) {
    const c = section ?? {};
    const str = (k) => o[k] ?? (typeof c[k] === 'string' ? c[k] : undefined);
    const num = (k, range) => {
        if (o[k] !== undefined)
            return (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseNumber */ .$J)(label(k), o[k], range);
        const v = c[k];
        return typeof v === 'number' ? v : undefined;
    };
    const bool = (k) => {
        if (o[k] !== undefined)
            return (0,_config_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoolean */ .yG)(label(k), o[k]);
        const v = c[k];
        return typeof v === 'boolean' ? v : undefined;
    };
    const dur = (k) => {
        if (o[k] !== undefined)
            return o[k] === '0' ? 0 : parseWindow(label(k), o[k]);
        const v = c[k];
        if (typeof v === 'number')
            return v * 1000;
        if (typeof v === 'string')
            return v.trim() === '0' ? 0 : parseWindow(`monitor.${k} in cd4ml.yml`, v);
        return undefined;
    };
    const bundle = str('bundle');
    const environment = str('environment');
    if (bundle && environment)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`give either ${label('bundle')} (a model bundle folder) or ${label('environment')} (monitor what is deployed there), not both`);
    if (!bundle && !environment)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`no model to monitor: give ${label('bundle')} (a model bundle folder) or ${label('environment')} (the environment deploy-canary deployed to, e.g. production)`);
    if (environment && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(environment))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label('environment')} must be letters, digits, ".", "_" or "-", got "${environment}"`);
    const data = str('data');
    const samples = str('samples');
    const prometheus = str('prometheus');
    const given = [data && 'data', samples && 'samples', prometheus && 'prometheus'].filter(Boolean);
    if (given.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`no production data: give one of ${label('data')} (a data file), ${label('samples')} (the server's request-sample folder) or ${label('prometheus')} (a Prometheus URL scraping the server)`);
    if (given.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`give one production source, not ${given.map((g) => label(g)).join(' and ')}`);
    const labels = str('labels');
    if (labels && !data)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label('labels')} names a column of ${label('data')}; the request sample and Prometheus carry no labels`);
    let source;
    if (data)
        source = { kind: 'data', path: data, ...(labels ? { labels } : {}) };
    else if (samples)
        source = { kind: 'samples', dir: samples };
    else {
        let u;
        try {
            u = new URL(prometheus);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label('prometheus')} must be a URL such as http://prometheus:9090, got "${prometheus}"`);
        }
        if (u.protocol !== 'http:' && u.protocol !== 'https:')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label('prometheus')} must be an http(s) URL, got "${prometheus}"`);
        const selector = str('prometheus-selector');
        if (selector !== undefined && /[{}]/.test(selector))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label('prometheus-selector')} is label matchers without braces, e.g. job="churn-model", got "${selector}"`);
        source = { kind: 'prometheus', url: prometheus, ...(selector ? { selector } : {}) };
    }
    const settings = {
        target: bundle ? { kind: 'bundle', dir: bundle } : { kind: 'environment', name: environment },
        source,
        windowMs: dur('window') ?? DEFAULT_WINDOW_MS,
        options: {
            driftShare: num('drift-share', { min: 0, max: 1 }) ?? _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .MONITOR_DEFAULTS */ .Wc.driftShare,
            predictionDrift: bool('prediction-drift') ?? _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .MONITOR_DEFAULTS */ .Wc.predictionDrift,
            maxMetricDrop: num('max-metric-drop', { min: 0 }) ?? _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .MONITOR_DEFAULTS */ .Wc.maxMetricDrop,
            minRows: num('min-rows', { min: 1, integer: true }) ?? _evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .MONITOR_DEFAULTS */ .Wc.minRows,
        },
        issue: bool('issue') ?? true,
        issueLabel: str('issue-label') ?? _triggers_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_ISSUE_LABEL */ .PA,
        retrainWorkflow: str('retrain-workflow'),
        retrainEvent: str('retrain-event'),
        retrainRef: str('retrain-ref'),
        coolDownMs: dur('cool-down') ?? _triggers_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_COOL_DOWN_MS */ .S0,
        failOnDrift: bool('fail-on-drift') ?? false,
        report: str('report'),
    };
    if (settings.windowMs === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label('window')} must be longer than 0`);
    if (!/^[^,]{1,50}$/.test(settings.issueLabel))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label('issue-label')} must be 1\u201350 characters without commas, got "${settings.issueLabel}"`);
    (0,_triggers_js__WEBPACK_IMPORTED_MODULE_3__/* .checkTriggerOptions */ .xQ)({ issue: settings.issue, retrainWorkflow: settings.retrainWorkflow, retrainEvent: settings.retrainEvent, coolDownMs: settings.coolDownMs });
    return settings;
}


/***/ })

};
