export const id = 6098;
export const ids = [6098];
export const modules = {

/***/ 86098:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inferSchemaYaml: () => (/* binding */ inferSchemaYaml),
/* harmony export */   resolveTrainSettings: () => (/* binding */ resolveTrainSettings)
/* harmony export */ });
/* unused harmony export TRAIN_DEFAULTS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16986);
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
        splitSearch: t['split-search'] ?? 'auto',
        minNumSamples: t['min-num-samples'] ?? TRAIN_DEFAULTS.minNumSamples,
        gainThreshold: t['gain-threshold'],
        nTrees: t['n-trees'] ?? TRAIN_DEFAULTS.nTrees,
        maxFeatures: t['max-features'] ?? TRAIN_DEFAULTS.maxFeatures,
        seed: t.seed ?? TRAIN_DEFAULTS.seed,
        testSize: t['test-size'] ?? TRAIN_DEFAULTS.testSize,
        cvFolds: t['cv-folds'] ?? TRAIN_DEFAULTS.cvFolds,
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
    };
}
/** schema.yml of the training data, inferred exactly as `cd4ml validate --infer` does. */
async function inferSchemaYaml(path, format, categorical = []) {
    const { profileDataset } = await Promise.all(/* import() */[__webpack_require__.e(8116), __webpack_require__.e(5989), __webpack_require__.e(1284), __webpack_require__.e(7739), __webpack_require__.e(5288)]).then(__webpack_require__.bind(__webpack_require__, 87739));
    const { inferSchema, nearlyNumericColumns } = await Promise.all(/* import() */[__webpack_require__.e(8116), __webpack_require__.e(5989), __webpack_require__.e(1284), __webpack_require__.e(7739), __webpack_require__.e(8019)]).then(__webpack_require__.bind(__webpack_require__, 98019));
    const { stringifyDataSchema } = await __webpack_require__.e(/* import() */ 6587).then(__webpack_require__.bind(__webpack_require__, 36587));
    const profile = await profileDataset(path, { format, inferUnique: true });
    const schema = inferSchema(profile);
    // A column listed under train.categorical whose values are mostly numbers is text to the model:
    // the contract must accept its text values too (serving validates requests against it).
    for (const c of nearlyNumericColumns(profile)) {
        const rule = schema.columns[c.column];
        if (categorical.includes(c.column) && rule)
            schema.columns[c.column] = { type: 'string', nullable: rule.nullable, ...(rule.distinct !== undefined ? { distinct: rule.distinct } : {}) };
    }
    return stringifyDataSchema(schema, [`inferred by cd4ml train from ${path}`]);
}


/***/ })

};
