export const id = 1701;
export const ids = [1701];
export const modules = {

/***/ 11701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18805);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16986);
/* harmony import */ var _config_sections_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30799);
/**
 * `cd4ml validate` — check a dataset against a data contract and for drift. Same option names as
 * the validate-data action's inputs and the `validate:` section of cd4ml.yml (flags win).
 */



const command = {
    name: 'validate',
    summary: 'check a dataset against a data contract and for drift',
    stage: _config_sections_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validateStage */ .P,
    details: [
        'Exit codes: 0 all checks passed at the --fail-on level, 1 a check failed, 2 bad usage or bad input',
        '(unreadable or empty file, wrong delimiter, ragged rows, bad quoting, invalid UTF-8, bad schema).',
        'Schema format: see actions/validate-data/README.md.',
    ].join('\n'),
    async run(opts, io) {
        const { settings: merged } = await (0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .stageSettings */ .o7)(_config_sections_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validateStage */ .P, opts, io);
        if (!merged.data)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.UsageError('no data file: pass --data FILE or set validate.data in cd4ml.yml');
        const { refuseOverwritingInputs } = await __webpack_require__.e(/* import() */ 1217).then(__webpack_require__.bind(__webpack_require__, 41217));
        await refuseOverwritingInputs(['report', merged.report], [['data', merged.data], ['schema', merged.schema], ['reference', merged.reference]]);
        const { validateData } = await Promise.all(/* import() */[__webpack_require__.e(8116), __webpack_require__.e(5989), __webpack_require__.e(1284), __webpack_require__.e(7739), __webpack_require__.e(3984)]).then(__webpack_require__.bind(__webpack_require__, 98019));
        const { renderText } = await __webpack_require__.e(/* import() */ 4606).then(__webpack_require__.bind(__webpack_require__, 94606));
        const report = await validateData({
            data: merged.data,
            format: merged.format,
            schema: merged.schema,
            reference: merged.reference,
            infer: merged.infer,
            failOn: merged['fail-on'],
        });
        if (merged.report) {
            const { writeText } = await __webpack_require__.e(/* import() */ 2907).then(__webpack_require__.bind(__webpack_require__, 92907));
            await writeText(merged.report, JSON.stringify(report, null, 2) + '\n');
        }
        if ((0,_command_js__WEBPACK_IMPORTED_MODULE_0__/* .boolOpt */ .Ig)(opts, 'json'))
            io.stdout(JSON.stringify(report, null, 2) + '\n');
        else
            io.stdout(renderText(report));
        return report.passed ? 0 : 1;
    },
};


/***/ })

};
