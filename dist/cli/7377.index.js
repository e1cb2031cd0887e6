export const id = 7377;
export const ids = [7377];
export const modules = {

/***/ 7377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ formatModelRef),
/* harmony export */   isMlflowRef: () => (/* binding */ isMlflowRef),
/* harmony export */   parseModelRef: () => (/* binding */ parseModelRef)
/* harmony export */ });
/* unused harmony export MLFLOW_PREFIX */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
/**
 * Model references in MLflow's own notation, prefixed with `mlflow:` where cd4ml also accepts
 * paths: `mlflow:models:/<name>@<alias>` (the version an alias points to) and
 * `mlflow:models:/<name>/<version>`.
 */

const MLFLOW_PREFIX = 'mlflow:';
/** True for a value meant as an MLflow model reference. */
function isMlflowRef(value) {
    return value !== undefined && value.startsWith(MLFLOW_PREFIX);
}
/**
 * Parse `mlflow:models:/<name>@<alias>` or `mlflow:models:/<name>/<version>`; `label` names the
 * option in messages.
 *
 *   parseModelRef('mlflow:models:/churn@production', 'baseline') \u2192 { name: 'churn', alias: 'production' }
 *   parseModelRef('mlflow:models:/churn/3', 'baseline')          \u2192 { name: 'churn', version: '3' }
 */
function parseModelRef(value, label) {
    const expected = `expected mlflow:models:/<registered model>@<alias> or mlflow:models:/<registered model>/<version>, e.g. mlflow:models:/churn@production`;
    const m = /^mlflow:models:\/(.+)$/.exec(value.trim());
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} "${value}" is not an MLflow model reference; ${expected}`);
    const rest = m[1];
    const at = rest.lastIndexOf('@');
    if (at > 0) {
        const name = rest.slice(0, at);
        const alias = rest.slice(at + 1);
        if (alias === '' || name.includes('/'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} "${value}": ${expected}`);
        return { name, alias };
    }
    const slash = rest.lastIndexOf('/');
    if (slash > 0) {
        const name = rest.slice(0, slash);
        const version = rest.slice(slash + 1);
        if (!/^[1-9]\d*$/.test(version))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} "${value}": the version must be a positive whole number, got "${version}"; ${expected}`);
        return { name, version };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.UsageError(`${label} "${value}" names no alias or version; ${expected}`);
}
/** Back to text, e.g. for labels: models:/churn@production. */
function formatModelRef(ref) {
    return ref.alias !== undefined ? `models:/${ref.name}@${ref.alias}` : `models:/${ref.name}/${ref.version}`;
}


/***/ })

};
